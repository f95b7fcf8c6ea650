import { describe, expect, test } from 'vitest';
import { scanText } from './index';
import { compileCustomPattern, compileCustomPatterns } from './custom';

describe('policy custom patterns', () => {
  test.each([
    ['(a+)+$', 'nested quantifiers'],
    ['(\\w*x)*', 'nested quantifiers'],
    ['(a|aa)+$', 'quantified alternatives'],
    ['(a)\\1', 'backreferences'],
    ['(?<=x)\\d+', 'lookarounds'],
    ['x'.repeat(201), '1-200 characters'],
    ['[unclosed', 'not a valid pattern'],
  ])('refuses %s (%s)', (source, reason) => {
    const result = compileCustomPattern('p', source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  test('accepts a bounded id pattern and finds it, reported as custom with its id', () => {
    const { compiled, rejected } = compileCustomPatterns([
      { id: 'member-id', pattern: 'ACME-\\d{6}' },
      { id: 'bad', pattern: '(a+)+' },
    ]);
    expect(rejected).toEqual([{ id: 'bad', reason: 'nested quantifiers are not allowed' }]);
    const found = scanText('Member ACME-123456 wrote from ava@example.org', { custom: compiled });
    expect(found.map((f) => [f.type, f.detectorId])).toEqual([
      ['custom', 'custom:member-id'],
      ['email', 'email'],
    ]);
  });

  test('a refused pattern is never compiled, so a hostile one cannot stall a scan', () => {
    const t0 = performance.now();
    const { compiled } = compileCustomPatterns([{ id: 'evil', pattern: '(a|aa)+$' }]);
    scanText('a'.repeat(5000) + '!', { custom: compiled });
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('policy exclusions', () => {
  test("the organisation's own domains and listed test addresses are not flagged", () => {
    const exclusions = { domains: ['acme.example'], addresses: ['seed@example.org'] };
    const text = 'ops@acme.example, a@mail.acme.example, seed@example.org, ava@example.org';
    expect(scanText(text, { exclusions }).map((f) => text.slice(f.start, f.end))).toEqual(['ava@example.org']);
  });
});
