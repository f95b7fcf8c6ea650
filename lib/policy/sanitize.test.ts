import { describe, expect, it } from 'vitest';
import { sanitizeManaged, sanitizeUser } from './sanitize';

describe('layer sanitising', () => {
  it('keeps good keys and names the bad ones', () => {
    const { value, problems } = sanitizeManaged({
      exports: { action: 'block' },
      copyGuard: 'explode',
      detection: { customPatterns: [{ id: 'bad-one', label: 'x', pattern: '(x+)+' }] },
      mystery: 1,
    });
    expect(value).toEqual({ exports: { action: 'block' } });
    expect(problems.join('\n')).toMatch(/copyGuard/);
    expect(problems.join('\n')).toMatch(/detection\.customPatterns\.0\.pattern: Unsafe pattern/);
    expect(problems.join('\n')).toMatch(/mystery: not a policy setting/);
    // The offending value is never echoed: it may be personal (an excluded address).
    const bad = sanitizeManaged({ detection: { exclusions: { addresses: ['not-an-address jane.doe'] } } });
    expect(bad.problems).toEqual(['detection.exclusions.addresses.0: Invalid email']);
  });

  it('accepts the partial userPolicy shape other features write', () => {
    expect(sanitizeUser({ exports: { action: 'block' } })).toEqual({ value: { exports: { action: 'block' } }, problems: [] });
    expect(sanitizeUser({ id: 'x' }).problems).toEqual(['id: not a policy setting']);
    expect(sanitizeUser(null).value).toEqual({});
  });
});
