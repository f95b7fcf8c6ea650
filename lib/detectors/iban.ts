import { UPPER } from './shape';
import { defineDetector } from './types';

// Country code, two check digits, then the BBAN in groups of four (printed form) or unbroken.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;

/** IBAN lengths by country (ISO 13616 registry), for the countries ESP customers mostly bank in. */
const LENGTHS: Record<string, number> = {
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  BR: 29,
  TR: 26,
  AE: 23,
  SA: 24,
  IL: 23,
};

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed in chunks so no big integers are needed. */
export function ibanChecksumOk(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const n = c >= 65 ? c - 55 : c - 48;
    remainder = n >= 10 ? (remainder * 100 + n) % 97 : (remainder * 10 + n) % 97;
  }
  return remainder === 1;
}

// Prefilter and check regexes live here, not as literals in the arrow functions: a literal is a
// fresh RegExp object on every call, and these run on every text node and CSV cell.
const COUNTRY_CHECK = /[A-Z]{2}\d{2}/;
/** The shortest IBAN (Norway's) has 15 characters: `validate` refuses any shorter match. */
const SHORTEST = Math.min(...Object.values(LENGTHS));
export const iban = defineDetector({
  id: 'iban',
  // The check digits are two digits in a row.
  gate: { digits: 2, run: 2, all: UPPER },
  prefilter: (text) => text.length >= SHORTEST && COUNTRY_CHECK.test(text),
  patterns: [{ name: 'iban', regex: IBAN, score: 0.85 }],
  context: ['iban', 'bank', 'account', 'sepa', 'kontonummer'],
  validation: 'mod-97',
  validate: (value) => {
    const compact = value.replace(/ /g, '');
    const expected = LENGTHS[compact.slice(0, 2)];
    return expected === compact.length && ibanChecksumOk(compact);
  },
  minScore: 0.5,
});
