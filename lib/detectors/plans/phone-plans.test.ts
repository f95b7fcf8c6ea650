import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { describe, expect, test } from 'vitest';
import { Rng } from '../../../tests/corpus/prng';
import { validInternational, validNational } from './phone-plans';

const COUNTRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'IN', 'BR', 'CA'];

/** Random digit strings shaped like national numbers: with and without trunk prefixes, 7-13 digits. */
function samples(seed: number, n: number): string[] {
  const r = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const lead = r.pick(['', '0', '1', '9', '6', '3', '7', '02', '04', '01', '09', '00']);
    out.push(lead + r.digits(r.int(6, 12)));
  }
  return out;
}

describe('numbering plans agree with libphonenumber', () => {
  test.each(COUNTRIES.map((c) => [c]))('%s national numbers', (country) => {
    const mismatches: string[] = [];
    for (const digits of samples(country.charCodeAt(0) * 31 + country.charCodeAt(1), 4000)) {
      const parsed = parsePhoneNumberFromString(digits, country);
      const theirs = Boolean(parsed?.isValid() && parsed.country === country);
      if (validNational(digits, country) !== theirs) mismatches.push(digits);
    }
    expect(mismatches).toEqual([]);
  });

  test('international numbers of our calling codes', () => {
    const mismatches: string[] = [];
    for (const cc of ['1', '44', '49', '33', '34', '39', '31', '61', '91', '55']) {
      for (const rest of samples(Number(cc), 2000)) {
        const theirs = Boolean(parsePhoneNumberFromString(`+${cc}${rest}`)?.isValid());
        // Ours may defer (undefined) to libphonenumber; when it answers, the answer is libphonenumber's.
        const ours = validInternational(cc + rest, COUNTRIES);
        if (ours !== undefined && ours !== theirs) mismatches.push(`+${cc}${rest}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
