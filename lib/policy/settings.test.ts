import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './defaults';
import { SETTINGS, getPath, withUserSetting } from './settings';
import { sanitizeUser } from './sanitize';

describe('settings table', () => {
  it('names only paths that exist in the effective policy', () => {
    for (const s of SETTINGS) {
      const value = getPath(DEFAULT_POLICY, s.path);
      expect(value === null || value !== undefined, s.path).toBe(true);
    }
  });

  it('writes user settings in the policy-file shape, which the user schema accepts', () => {
    let user = withUserSetting({}, 'exports.action', 'block');
    user = withUserSetting(user, 'exclusions.domains', ['acme.com']);
    user = withUserSetting(user, 'masking.email', 'full');
    expect(user).toEqual({
      exports: { action: 'block' },
      detection: { exclusions: { domains: ['acme.com'] } },
      masking: { email: 'full' },
    });
    expect(sanitizeUser(user).problems).toEqual([]);
    expect(withUserSetting(user, 'masking.email', undefined)).toEqual({ ...user, masking: {} });
  });
});
