import { describe, expect, it } from 'vitest';
import { ADAPTER_LIST } from '../esp/index';
import { DEFAULT_POLICY } from '../policy/defaults';
import { buildEndpointBlockRules, originRegex } from './dnr-rules';

const SITES = [
  { origin: 'https://listmonk.example.org', esp: 'listmonk' as const },
  { origin: 'http://mautic.localhost:8080', esp: 'mautic' as const },
];
const policy = (action: 'warn' | 'block', perEsp: Record<string, 'warn' | 'block'> = {}) => ({
  exports: { ...DEFAULT_POLICY.exports, action, perEsp },
});

describe('network rules for known export endpoints', () => {
  it('adds none unless policy says block', () => expect(buildEndpointBlockRules(ADAPTER_LIST, policy('warn'), SITES)).toEqual([]));

  it('blocks listmonk and Mautic endpoints on the granted hosts only', () => {
    const rules = buildEndpointBlockRules(ADAPTER_LIST, policy('warn', { listmonk: 'block', mautic: 'block' }), SITES);
    const hits = (url: string) => rules.some((r) => new RegExp(r.condition.regexFilter).test(url));
    expect(hits('https://listmonk.example.org/api/subscribers/export?query=')).toBe(true);
    expect(hits('https://listmonk.example.org/listmonk/api/subscribers/17/export')).toBe(true);
    expect(hits('http://mautic.localhost:8080/s/contacts/batchExport?filetype=csv')).toBe(true);
    expect(hits('https://listmonk.example.org/api/subscribers?page=1')).toBe(false);
    expect(hits('https://other.example.org/api/subscribers/export')).toBe(false);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.every((r) => r.condition.resourceTypes.includes('main_frame'))).toBe(true);
  });

  it('turns match patterns into origin prefixes that a path completes', () => {
    const re = new RegExp(`${originRegex('https://*.admin.mailchimp.com/*') ?? '$^'}/`);
    expect(re.test('https://us6.admin.mailchimp.com/lists/exports/download')).toBe(true);
    expect(re.test('https://admin.mailchimp.com.evil.example/')).toBe(false);
  });
});
