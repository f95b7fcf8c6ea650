import { describe, expect, test } from 'vitest';
import { checkCampaign } from '../check';
import { page, result } from '../test-helpers';

const sender = (html: string, options = {}) => result(html, 'sender-identity', options);

describe('sender identity', () => {
  test('an org tag plus a web address passes (CASL)', () => {
    expect(sender(page('*|LIST:COMPANY|* <a href="https://www.example.com/">Visit us</a>'), { esp: 'mailchimp' }).status).toBe('pass');
  });
  test('a company name with a phone number passes', () => {
    expect(sender(page('<p>© 2026 Example Widgets Ltd · Call (212) 555-0123</p>')).status).toBe('pass');
  });
  test('named but unreachable: CASL wants a phone, email or web address', () => {
    const r = sender(page('<p>Example Widgets Inc</p>'));
    expect(r.status).toBe('warn');
    expect(r.reason).toBe('no-contact');
  });
  test('nobody named', () => {
    const r = sender(page('<p>Big sale this week</p>'), { esp: 'hubspot' });
    expect(r.reason).toBe('no-organisation');
    expect(r.fix?.snippet).toBe('{{ site_settings.company_name }}');
  });
  test("the policy's organisation name counts", () => {
    expect(
      sender(page('<p>Sent by Northwind Traders. Questions: help@example.org</p>'), { organisation: 'Northwind Traders' }).status,
    ).toBe('pass');
  });
});

describe('policy on checks', () => {
  const empty = page('<p>Sale</p>');
  test('off drops a check, block turns its warn into a fail, observe caps a fail at warn', () => {
    const report = checkCampaign(empty, {
      esp: 'listmonk',
      checks: { 'privacy-link': 'off', 'sender-identity': 'block', 'unsubscribe-link': 'observe' },
    });
    expect(report.results.map((r) => r.id)).not.toContain('privacy-link');
    expect(report.results.find((r) => r.id === 'sender-identity')?.status).toBe('fail');
    expect(report.results.find((r) => r.id === 'unsubscribe-link')?.status).toBe('warn');
  });
  test('the advertisement notice is checked only when policy asks', () => {
    expect(checkCampaign(empty).results.map((r) => r.id)).not.toContain('ad-notice');
    const asked = checkCampaign(empty, { checks: { 'ad-notice': 'warn' } }).results.find((r) => r.id === 'ad-notice');
    expect(asked?.status).toBe('warn');
    expect(
      checkCampaign(page('<p>Advertisement</p>'), { checks: { 'ad-notice': 'warn' } }).results.find((r) => r.id === 'ad-notice')?.status,
    ).toBe('pass');
  });
  test('privacy link: tip-level warn when missing', () => {
    expect(result(empty, 'privacy-link').status).toBe('warn');
    expect(result(page('<a href="https://example.com/legal">Privacy policy</a>'), 'privacy-link').status).toBe('pass');
  });
});
