import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from './router';
import { DEFAULT_POLICY } from '../policy/defaults';
import { resolvePolicy } from '../policy/resolve';

const ORIGIN = 'chrome-extension://abc/';
const ESP_TAB = { id: 3, url: 'https://us6.admin.mailchimp.com/lists/members?id=1' };

const unused = (): never => {
  throw new Error('not used in these tests');
};

function makeRouter() {
  const seen: string[] = [];
  const handlers: Handlers = {
    'cs:pageReport': (p) => {
      seen.push(`report:${p.counts.email ?? 0}`);
      return { ok: true };
    },
    'cs:getPolicy': () => DEFAULT_POLICY,
    'popup:getTabReport': () => null,
    'popup:getState': () => ({
      report: null,
      masking: DEFAULT_POLICY.masking,
      allowSnooze: true,
      exports: [],
      training: { open: [], reviewsDue: [], passed: 0 },
      snoozed: [],
    }),
    'popup:snooze': () => ({ until: 0 }),
    'options:getPolicy': () => ({ ...resolvePolicy({}), team: null, url: null, keys: [], canPinKeys: true, lastRejection: null, user: {} }),
    'options:importPolicy': unused,
    'options:setPolicyUrl': unused,
    'options:refreshPolicyUrl': unused,
    'options:saveUserPolicy': unused,
    'cs:campaignChecked': () => ({ ok: true, logged: false }),
    'cs:campaignSend': () => ({ ok: true }),
    'cs:exportIntent': () => ({ proceed: true, decision: 'observed' }),
    'options:listSelfHostedSites': () => ({ sites: [], policyHosts: [] }),
    'options:addSelfHostedSite': () => ({ sites: [], policyHosts: [] }),
    'options:removeSelfHostedSite': () => ({ sites: [], policyHosts: [] }),
    'cs:revealed': () => ({ ok: true }),
    'cs:copied': () => ({ ok: true }),
  };
  const route = createRouter(handlers, { extensionOrigin: ORIGIN, isEspTab: (url) => url.includes('mailchimp.com') });
  return { route, seen };
}

describe('message router', () => {
  it('dispatches a valid content-script report from an ESP tab', async () => {
    const { route, seen } = makeRouter();
    const reply = await route(
      { type: 'cs:pageReport', payload: { pageKind: 'audience', counts: { email: 4 } } },
      { tab: ESP_TAB, url: ESP_TAB.url },
    );
    expect(reply).toEqual({ ok: true, result: { ok: true } });
    expect(seen).toEqual(['report:4']);
  });

  it.each([
    ['not an object', 'hello', 'Malformed message'],
    ['unknown type', { type: 'cs:steal', payload: {} }, 'Unknown message type'],
    [
      'bad payload',
      { type: 'cs:pageReport', payload: { pageKind: 'audience', counts: { email: -1 } } },
      'Invalid cs:pageReport payload at counts.email',
    ],
    [
      'extra field',
      { type: 'cs:pageReport', payload: { pageKind: 'audience', counts: {}, values: ['x'] } },
      'Invalid cs:pageReport payload',
    ],
    [
      'unknown PII type',
      { type: 'cs:pageReport', payload: { pageKind: 'audience', counts: { secrets: 1 } } },
      'Invalid cs:pageReport payload',
    ],
  ])('rejects %s with a clear error', async (_name, message, error) => {
    const { route, seen } = makeRouter();
    const reply = await route(message, { tab: ESP_TAB, url: ESP_TAB.url });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toContain(error);
    expect(seen).toEqual([]);
  });

  it('refuses privileged messages from content scripts', async () => {
    const { route } = makeRouter();
    const reply = await route({ type: 'options:getPolicy', payload: {} }, { tab: ESP_TAB, url: ESP_TAB.url });
    expect(reply).toEqual({ ok: false, error: 'options:getPolicy is only accepted from extension pages' });
  });

  it('refuses reports from tabs that are not ESP pages', async () => {
    const { route, seen } = makeRouter();
    const tab = { id: 9, url: 'https://evil.example/' };
    const reply = await route({ type: 'cs:pageReport', payload: { pageKind: 'audience', counts: {} } }, { tab, url: tab.url });
    expect(reply.ok).toBe(false);
    expect(seen).toEqual([]);
  });

  it('accepts privileged messages from extension pages', async () => {
    const { route } = makeRouter();
    const reply = await route({ type: 'options:getPolicy', payload: {} }, { url: `${ORIGIN}options.html` });
    expect(reply.ok).toBe(true);
  });
});
