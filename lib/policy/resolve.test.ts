import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './defaults';
import { isLocked, resolvePolicy } from './resolve';
import type { Policy } from './schema';

const team: Policy = {
  schema: 'confidant-policy/1',
  id: 'acme-marketing',
  version: 3,
  masking: { email: 'full', phone: 'full' },
  exports: { action: 'justify', perEsp: { klaviyo: 'block' } },
  copyGuard: 'warn',
};

describe('resolvePolicy precedence', () => {
  it('with no layers is the built-in defaults, all from defaults, nothing locked', () => {
    const r = resolvePolicy({});
    expect(r.policy).toEqual(DEFAULT_POLICY);
    expect(r.source).toBe('defaults');
    expect(r.provenance['exports.action']).toBe('defaults');
    expect(r.locked).toEqual([]);
  });

  it('managed beats the team policy, which beats the user, which beats defaults', () => {
    const r = resolvePolicy({
      managed: { exports: { action: 'block' }, masking: { email: 'off' } },
      team: { policy: team, source: 'file' },
      user: { exports: { action: 'observe', dailyLimit: 5 }, masking: { email: 'partial', 'ip-address': 'partial' }, copyGuard: 'off' },
    });
    expect(r.policy.exports.action).toBe('block');
    expect(r.provenance['exports.action']).toBe('managed');
    expect(r.policy.masking.email).toBe('off');
    expect(r.policy.masking.phone).toBe('full');
    expect(r.provenance['masking.phone']).toBe('file');
    // The team policy left these open, so the user's own choice sticks.
    expect(r.policy.masking['ip-address']).toBe('partial');
    expect(r.provenance['masking.ip-address']).toBe('user');
    expect(r.policy.exports.dailyLimit).toBe(5);
    // The team policy set this one: the user's value does not stick.
    expect(r.policy.copyGuard).toBe('warn');
    expect(r.provenance.copyGuard).toBe('file');
    expect(r.policy.masking['postal-address']).toBe('partial');
    expect(r.provenance['masking.postal-address']).toBe('defaults');
    expect(r.source).toBe('managed');
    expect(r.locked).toEqual(['exports.action', 'masking.email']);
    expect(r.policy.id).toBe('acme-marketing');
    expect(r.policy.version).toBe(3);
  });

  it('merges record settings key by key and names the URL layer', () => {
    const r = resolvePolicy({
      managed: { exports: { perEsp: { mailchimp: 'block' } } },
      team: { policy: team, source: 'url' },
    });
    expect(r.policy.exports.perEsp).toEqual({ mailchimp: 'block', klaviyo: 'block' });
    expect(r.provenance['exports.perEsp.klaviyo']).toBe('url');
    expect(r.provenance['exports.perEsp.mailchimp']).toBe('managed');
  });

  it('flattens detection.* into the effective shape and never leaks trusted keys into it', () => {
    const r = resolvePolicy({
      team: {
        policy: {
          ...team,
          detection: {
            exclusions: { domains: ['acme.com'] },
            customPatterns: [{ id: 'cust-id', label: 'Customer id', pattern: 'C-\\d{6}' }],
          },
          trustedKeys: [{ kid: 'k', jwk: { kty: 'OKP', crv: 'Ed25519', x: 'abc' } }],
        },
        source: 'file',
      },
    });
    expect(r.policy.exclusions).toEqual({ domains: ['acme.com'], addresses: [] });
    expect(r.policy.customPatterns).toHaveLength(1);
    expect(r.provenance['exclusions.domains']).toBe('file');
    expect(JSON.stringify(r.policy)).not.toContain('trustedKeys');
  });

  it('does not mutate the defaults and takes identity from managed when there is no team policy', () => {
    const r = resolvePolicy({ managed: { id: 'it-baseline', version: 7, masking: { email: 'full' } } });
    expect(r.policy.id).toBe('it-baseline');
    expect(r.policy.version).toBe(7);
    expect(DEFAULT_POLICY.masking.email).toBe('partial');
  });

  it('reports locks by path, prefix or child', () => {
    const r = resolvePolicy({ managed: { masking: { email: 'full' } } });
    expect(isLocked(r, 'masking.email')).toBe(true);
    expect(isLocked(r, 'masking')).toBe(true);
    expect(isLocked(r, 'masking.phone')).toBe(false);
    expect(isLocked(r, 'exports.action')).toBe(false);
  });
});
