import { DASH, SPACE, UPPER } from './shape';
import { defineDetector } from './types';

// US SSN written AAA-GG-SSSS (or with spaces); bare nine digits only count in an SSN column.
const SSN = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g;
const SSN_BARE = /(?<![\d-])\d{9}(?![\d-])/g;
// Or right after its own word in running text: "SSN 380092059", "Tax ID: 528965447".
const SSN_AFTER_WORD = /\b(?:SSN|social security(?: number| no\.?)?|tax id|TIN)\s*[:#]?\s*(\d{9})(?![\d-])/dgi;
// UK National Insurance number: two prefix letters, six digits, suffix A-D.
const NINO = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;

/** SSA structure rules: no area 000, 666 or 900-999; no group 00; no serial 0000. */
export function ssnStructureOk(digits: string): boolean {
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/**
 * The prefilter: two plain scans instead of three patterns with lookarounds. Every match above has three digit pairs in a row, with at most a dash or space between pairs, and then two more
 * digits (SSN, bare) or the NINO suffix letter. Dates, IP addresses, amounts and street addresses
 * have no such run, and this one scan rejects them (the three patterns cost 50-100 ns per such
 * cell); `ID_START` then drops notes whose runs are order numbers, SKUs or ZIP+4 codes.
 */
const ID_DIGITS = /\d\d[- ]?\d\d[- ]?\d\d(?:\d\d| ?[A-D])/;
/** Where an SSN (three digits, a separator), a nine-digit run or a NINO's digits start. */
const ID_START = /(?<!\d)\d\d(?:\d[- ]\d\d[- ]\d{4}|\d{7}(?!\d)| ?\d\d ?\d\d ?[A-D])/;

/** Whether any pattern can match `text` (a superset: the patterns decide). */
export const mayHoldNationalId = (text: string): boolean => ID_DIGITS.test(text) && ID_START.test(text);

/** HMRC never issues these prefixes. */
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

export const nationalId = defineDetector({
  id: 'national-id',
  // A NINO has six digits, an SSN nine.
  gate: { digits: 6 },
  prefilter: mayHoldNationalId,
  patterns: [
    { name: 'us-ssn', regex: SSN, score: 0.8, gate: { digits: 9, run: 3, any: DASH | SPACE } },
    { name: 'us-ssn-bare', regex: SSN_BARE, score: 0.4, gate: { run: 9 } },
    {
      name: 'us-ssn-after-word',
      regex: SSN_AFTER_WORD,
      score: 0.8,
      group: 1,
      gate: { run: 9 },
      requires: ['SSN', 'ssn', 'Social', 'social', 'SOCIAL', 'Tax', 'tax', 'TAX', 'TIN'],
    },
    { name: 'uk-nino', regex: NINO, score: 0.85, gate: { digits: 6, run: 2, all: UPPER } },
  ],
  context: ['ssn', 'social security', 'nino', 'national insurance', 'ni number', 'tax id', 'national id', 'tin'],
  negativeContext: ['order', 'phone', 'zip', 'invoice', 'ticket'],
  validation: 'ssn area/group/serial rules or nino prefix rules',
  validate: (value) => {
    const compact = value.replace(/[ -]/g, '');
    if (/^\d{9}$/.test(compact)) return ssnStructureOk(compact);
    return !NINO_BAD_PREFIX.has(compact.slice(0, 2));
  },
  minScore: 0.5,
});
