import metadata from 'libphonenumber-js/min/metadata';
import { describe, expect, test } from 'vitest';
import { Rng } from '../../../tests/corpus/prng';
import { acceptsAPrefix, compileDigitDfa, matchDigits, prefixDigits } from './digit-dfa';

const values = (digits: string) => Uint8Array.from(digits, (c) => c.charCodeAt(0) - 48);

const countries = (metadata as unknown as { countries: Record<string, unknown[]> }).countries;
const PLANS = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'IN', 'BR', 'CA'];

/** Every pattern of a plan the phone detector compiles: national, number types, prefixes. */
function sources(country: string): { whole: string[]; prefixes: string[] } {
  const json = countries[country] as [string, string, string, ...unknown[]];
  const types = (json[11] as ([string] | 0)[] | undefined) ?? [];
  const prefixes = [json[1], json[7], json[5]].filter((s): s is string => typeof s === 'string' && s !== '');
  return { whole: [json[2], ...types.flatMap((t) => (t && t[0] ? [t[0]] : []))], prefixes };
}

function digitStrings(seed: number, n: number): string[] {
  const r = new Rng(seed);
  const out = ['', '0', '00', '011', '1831', '0012'];
  for (let i = 0; i < n; i++) out.push(r.pick(['', '0', '1', '00', '01', '4', '9', '3', '7']) + r.digits(r.int(0, 16)));
  return out;
}

describe('digit automata accept what the regexes accept', () => {
  test.each(PLANS.map((c) => [c]))('%s', (country) => {
    const { whole, prefixes } = sources(country);
    const dfa = compileDigitDfa(whole);
    const regexes = whole.map((s) => new RegExp(`^(?:${s})$`));
    const mismatches: string[] = [];
    let matched = 0;
    for (const digits of digitStrings(country.charCodeAt(0) * 7 + country.charCodeAt(1), 3000)) {
      const expected = regexes.reduce((bits, re, i) => bits | (re.test(digits) ? 1 << i : 0), 0);
      if (expected !== 0) matched++;
      if (matchDigits(dfa, values(digits), 0, digits.length) !== expected) mismatches.push(digits);
      for (const prefix of prefixes) {
        const p = compileDigitDfa([prefix]);
        const m = new RegExp(`^(?:${prefix})`).exec(digits);
        if (acceptsAPrefix(p, values(digits), 0, digits.length) !== Boolean(m)) mismatches.push(`some ${prefix}: ${digits}`);
        if (!p.prefixFree) continue;
        if (prefixDigits(p, values(digits), 0, digits.length) !== (m ? m[0].length : -1)) mismatches.push(`${prefix}: ${digits}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(matched).toBeGreaterThan(10); // the samples reach accepting states, not only dead ends
  });

  test('syntax outside the digit subset is refused', () => {
    expect(() => compileDigitDfa(['(?=1)\\d'])).toThrow();
    expect(() => compileDigitDfa(['\\d+?'])).toThrow();
    expect(() => compileDigitDfa(['[^1]'])).toThrow();
    expect(() => compileDigitDfa(['a'])).toThrow();
  });

  test('prefix-freedom', () => {
    expect(compileDigitDfa(['0|180020']).prefixFree).toBe(true);
    expect(compileDigitDfa(['0|01']).prefixFree).toBe(false);
  });
});
