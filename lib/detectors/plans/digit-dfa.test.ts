import metadata from 'libphonenumber-js/min/metadata';
import { describe, expect, test } from 'vitest';
import { Rng } from '../../../tests/corpus/prng';
import { acceptsAPrefix, compileDigitDfa, matchDigits, prefixDigits, type DigitDfa } from './digit-dfa';

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

/**
 * The strings on which `dfa`'s pattern bits differ from the regexes' full matches. One automaton is
 * reused for every string, so later strings run on states earlier ones made (the lazy automaton
 * must agree however it was warmed up).
 */
function mismatchesOf(dfa: DigitDfa, sources: readonly string[], strings: readonly string[]): string[] {
  const regexes = sources.map((s) => new RegExp(`^(?:${s})$`));
  return strings.filter((digits) => {
    const expected = regexes.reduce((bits, re, i) => bits | (re.test(digits) ? 1 << i : 0), 0);
    return matchDigits(dfa, values(digits), 0, digits.length) !== expected;
  });
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

  test.each(PLANS.map((c) => [c]))('%s, each pattern alone', (country) => {
    const { whole, prefixes } = sources(country);
    const strings = digitStrings(country.charCodeAt(1) * 13 + country.charCodeAt(0), 1000);
    for (const source of [...whole, ...prefixes]) {
      expect(mismatchesOf(compileDigitDfa([source]), [source], strings)).toEqual([]);
    }
  });

  test('the comparison catches a wrong automaton', () => {
    const { whole } = sources('GB');
    const strings = digitStrings(1, 3000);
    // Two patterns swapped: every string one of them alone matches gets the wrong bit.
    const swapped = [whole[1] as string, whole[0] as string, ...whole.slice(2)];
    expect(mismatchesOf(compileDigitDfa(swapped), whole, strings).length).toBeGreaterThan(10);
    // One digit of the national pattern changed.
    const national = whole[0] as string;
    const changed = national.replace(/[1-9]/, (d) => String(Number(d) - 1));
    expect(mismatchesOf(compileDigitDfa([changed]), [national], strings).length).toBeGreaterThan(0);
  });

  test('syntax outside the digit subset is refused', () => {
    expect(() => compileDigitDfa(['(?=1)\\d'])).toThrow();
    expect(() => compileDigitDfa(['\\d+?'])).toThrow();
    expect(() => compileDigitDfa(['[^1]'])).toThrow();
    expect(() => compileDigitDfa(['a'])).toThrow();
    expect(() => compileDigitDfa(['1[]'])).toThrow();
  });

  test('prefix-freedom', () => {
    expect(compileDigitDfa(['0|180020']).prefixFree).toBe(true);
    expect(compileDigitDfa(['0|01']).prefixFree).toBe(false);
    expect(compileDigitDfa(['1\\d*']).prefixFree).toBe(false);
    expect(compileDigitDfa(['00|011', '1[2-4]']).prefixFree).toBe(true);
    expect(compileDigitDfa(['12', '1234']).prefixFree).toBe(false);
    // The answer does not depend on which states numbers have made already.
    const warmed = compileDigitDfa(['5|0(?:1|2)?']);
    expect(matchDigits(warmed, values('5'), 0, 1)).toBe(1);
    expect(warmed.prefixFree).toBe(false);
  });
});
