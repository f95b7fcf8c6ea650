import { describe, expect, it } from 'vitest';
import { ADAPTER_LIST, ESP_ADAPTERS, identifyPage, type SelfHostedSite } from './index';
import { ESP_MATCHES } from './matches';

/** Example URLs of self-hosted adapters run on whatever host the user granted; grant theirs here. */
const SITES: SelfHostedSite[] = ADAPTER_LIST.filter((a) => a.selfHosted).flatMap((a) =>
  a.pages.flatMap((p) => p.examples.map((href) => ({ origin: new URL(href).origin, esp: a.id as SelfHostedSite['esp'] }))),
);

describe.each(ADAPTER_LIST.map((a) => [a.id, a] as const))('%s adapter', (_id, adapter) => {
  const cases = adapter.pages.flatMap((page) => page.examples.map((href) => [page.kind, href] as const));

  it.each(cases)('recognises a %s page at %s', (kind, href) => {
    const page = identifyPage(href, SITES);
    expect(page?.adapter.id, `No adapter claims ${href}: fix matches or the example`).toBe(adapter.id);
    expect(page?.pageKind, `${href} should be a ${kind} page: fix the predicate order or regex`).toBe(kind);
  });

  it('declares every page kind a marketer meets, with a confidence and examples', () => {
    expect(adapter.pages.map((p) => p.kind)).toContain('audience');
    expect(adapter.pages.map((p) => p.kind)).toContain('campaign-editor');
    for (const page of adapter.pages) {
      expect(page.examples.length).toBeGreaterThan(0);
      expect(['C', 'R', 'G']).toContain(page.confidence);
    }
  });

  it('declares export data that compiles (hints) and fits declarativeNetRequest (RE2: no look-arounds, no back-references)', () => {
    for (const hint of adapter.exports.optedOutHints) expect(() => new RegExp(hint, 'i')).not.toThrow();
    for (const endpoint of adapter.exports.endpoints) {
      expect(() => new RegExp(endpoint.path)).not.toThrow();
      expect(endpoint.path).not.toMatch(/\(\?[=!<]|\\[1-9]/);
    }
    expect(adapter.mergeTagDialect).toMatch(/^[a-z-]+$/);
  });

  it('matches only its own hosts, or none when self-hosted', () => {
    if (adapter.selfHosted) expect(adapter.matches).toEqual([]);
    else for (const pattern of adapter.matches) expect(ESP_MATCHES).toContain(pattern);
  });
});

describe('pages that must not be claimed, or must be another kind', () => {
  it.each([
    ['https://mailchimp.com/lists/members?id=1', null, null], // marketing site, not the app
    ['https://us6.admin.mailchimp.com.evil.example/lists/members', null, null],
    ['https://us6.admin.mailchimp.com/reports/summary?id=1', 'mailchimp', 'other'],
    ['https://us6.admin.mailchimp.com/lists/members/view?id=445566', 'mailchimp', 'contact'],
    ['https://www.klaviyo.com/dashboard', 'klaviyo', 'other'],
    ['https://www.klaviyo.com/list/XyZ123/export', 'klaviyo', 'export'],
    ['https://app.hubspot.com/reports-dashboard/4455667', 'hubspot', 'other'],
    ['https://app.brevo.com/settings', 'brevo', 'other'],
    ['https://mc.sendgrid.com/single-sends', 'sendgrid', 'other'],
    ['https://app.constantcontact.com/pages/contacts/ui#contact/1a2b3c', 'constant-contact', 'contact'],
    ['https://acme.activehosted.com/app/contacts/42', 'activecampaign', 'contact'],
    ['https://acme.createsend.com/campaigns/reports/1', 'campaign-monitor', 'other'],
    ['https://dashboard.mailerlite.com/subscribers/98765', 'mailerlite', 'contact'],
    ['https://app.kit.com/campaigns/9911/reports', 'kit', 'other'],
    ['https://app.mailjet.com/stats', 'mailjet', 'other'],
    ['https://app.omnisend.com/audience/contacts/65ab12cd', 'omnisend', 'contact'],
    ['https://mc.s7.exacttarget.com/cloud/#app/Journey%20Builder', 'sfmc', 'other'],
    ['https://news.example.net/admin/subscribers', null, null], // a listmonk path on a host nobody granted
    ['https://other.example.org/s/contacts', null, null], // Mautic path on a host nobody granted
  ])('%s → %s / %s', (href, esp, kind) => {
    const page = identifyPage(href, SITES);
    expect(page?.adapter.id ?? null).toBe(esp);
    expect(page?.pageKind ?? null).toBe(kind);
  });

  it('registers all fifteen ESPs', () => {
    expect(Object.keys(ESP_ADAPTERS)).toHaveLength(15);
  });
});
