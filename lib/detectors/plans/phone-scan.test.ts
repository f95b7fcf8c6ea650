import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { describe, expect, test } from 'vitest';
import { Rng } from '../../../tests/corpus/prng';
import { generateCorpus, HELD_OUT_SEED, TUNING_SEED } from '../../../tests/corpus/generate';
import { phone } from '../phone';
import { shapeOf } from '../shape';
import { validInternational, validNational } from './phone-plans';
import { RunScanner, RunShape, currencyBefore, ibanBefore, idWordBefore } from './phone-scan';

/**
 * The regexes phone-scan.ts replaces, and the phone detector's `find` as it was written with them:
 * the character loops must find exactly what these found.
 */
const RUN =
  /(?<![\w#/.,@+-])(?:(?:\+|00)\d{1,3}[ .\-\u00a0]?)?(?:\(0?\d{1,5}\)[ .\-\u00a0]?)?\d(?:[ .\-\u00a0]?\d){5,15}(?![\w@:]|[.,]\d)/g;
const DATE_OR_ZIP = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{5}-\d{4}|\d{5}-\d{3}|\d{1,3}(?:\.\d{1,3}){3})$/;
const DATE_RANGE = /^\d{4}\s?[-/]\s?\d{4}$/;
const DATE_INSIDE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/;
/** Five pairs, one separator throughout (`01.23.45.67.89`): a French number, not a date. */
const PAIRS = /^\d\d([ .\-/\u00a0])\d\d\1\d\d\1\d\d\1\d\d$/;
const HAS_DATE = { test: (value: string) => !PAIRS.test(value) && DATE_INSIDE.test(value) };
const PHONE_BEFORE = /(?:^|[^\p{L}])(?:phone|mobile|mob|tel|telephone|cell|sms|whatsapp|telefon|téléphone|handy)\.?\s*[:-]?\s*$/iu;
/** The German area-code-and-slash form the detector looks for apart (phone.ts SLASHED). */
const SLASHED = /(?<![\w/.,@+-])0\d{2,4}\/\d{4,9}(?![\w/@]|[.,]\d)/g;
const CARD_SHAPE = /^\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}$|^\d{4}[ -]\d{6}[ -]\d{5}$/;
const IBAN_BEFORE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$/;
const SSN_SHAPE = /^\d{3}[- ]\d{2}[- ]\d{4}$/;
const ID_BEFORE =
  /(?:order|invoice|ticket|ref|reference|id|no\.?|sku|tracking|case|account|acct|zip|postcode|plz|v|version|build|#)\s*[:#]?\s*$/i;
const CURRENCY_BEFORE = /[$€£¥₹]\s?$|(?:usd|eur|gbp|aud|cad|brl|inr)\s?$/i;
const SEPARATED = /[ ().\-/\u00a0]/;
const NON_DIGIT = /\D/g;
const COUNTRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'IN', 'BR', 'CA'];
const PHONE_WORDS = ['phone', 'mobile', 'tel', 'telephone', 'cell', 'sms', 'whatsapp', 'telefon', 'téléphone'];

function referencePlan(value: string, phoneLabel: boolean): string | null {
  if (value.startsWith('+') || value.startsWith('00')) {
    const digits = value.replace(NON_DIGIT, '');
    const known = validInternational(value.startsWith('00') ? digits.slice(2) : digits, COUNTRIES);
    if (known !== undefined) return known ? 'international' : null;
    const parsed = parsePhoneNumberFromString(value.startsWith('00') ? `+${value.slice(2)}` : value);
    return parsed?.isValid() ? 'international' : null;
  }
  if (!phoneLabel && !SEPARATED.test(value)) return null;
  const digits = value.replace(NON_DIGIT, '');
  // Every plan is tried; which one answers first is the detector's order, compared separately.
  const hit = COUNTRIES.some((c) => validNational(digits, c));
  return hit ? 'national' : null;
}

function referenceFind(text: string, label: string): string[] {
  const out: string[] = [];
  const spans: [number, number][] = [];
  const phoneLabel = PHONE_WORDS.some((w) => new RegExp(`(^|[^a-z0-9])${w}($|[^a-z0-9])`).test(label));
  const consider = (value: string, start: number, labelled: boolean) => {
    const digits = value.replace(NON_DIGIT, '').length;
    if (digits < 7 || digits > 15) return;
    if (HAS_DATE.test(value) || DATE_OR_ZIP.test(value) || DATE_RANGE.test(value)) return;
    if ((digits === 9 && SSN_SHAPE.test(value)) || (digits >= 13 && CARD_SHAPE.test(value))) return;
    if (start > 0) {
      const before = text.slice(Math.max(0, start - 14), start);
      if (ID_BEFORE.test(before) || CURRENCY_BEFORE.test(before)) return;
      if (IBAN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
    }
    const plan = referencePlan(value, labelled || PHONE_BEFORE.test(text.slice(Math.max(0, start - 16), start)));
    if (plan) {
      out.push(`${start}-${start + value.length} ${plan}`);
      spans.push([start, start + value.length]);
    }
  };
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) consider(m[0], m.index, phoneLabel);
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(text); m; m = SLASHED.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!spans.some(([a, b]) => a < end && start < b)) consider(m[0], start, true);
  }
  return out;
}

function scannerRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  const scanner = new RunScanner();
  scanner.reset(text);
  while (scanner.next()) out.push([scanner.start, scanner.end]);
  return out;
}

function regexRuns(text: string): [number, number][] {
  return [...text.matchAll(RUN)].map((m) => [m.index, m.index + m[0].length]);
}

/** Text made of the pieces phone-like and phone-adjacent strings are made of. */
function adversarial(r: Rng): string {
  const pieces = [
    ...'0123456789'.split(''),
    ...'0123456789'.split(''),
    ' ',
    ' ',
    '.',
    '-',
    '-',
    '\u00a0',
    '+',
    '(',
    ')',
    '/',
    ',',
    ':',
    '@',
    '#',
    '_',
    '$',
    '€',
    '£',
    '\t',
    '\u2003',
    'x',
    'A',
    'é',
    '00',
    '+44 ',
    '+1 ',
    '(0)',
    '(0',
    '0)',
    'order ',
    'Order #',
    'ref:',
    'no. ',
    'NO ',
    'v',
    'V ',
    'id',
    'build ',
    'zip',
    'usd ',
    'EUR',
    'NL91 ',
    'ABNA ',
    'GB29',
    'NWBK ',
    'DE89 ',
    '2026-01-11',
    '12.05.',
    '10/',
    'tel ',
    '555 ',
    '0171 ',
    '1.2.3.4',
  ];
  let s = '';
  const n = r.int(1, 30);
  for (let i = 0; i < n; i++) {
    const roll = r.float();
    s += roll < 0.25 ? r.digits(r.int(1, 12)) : roll < 0.4 ? groupedDigits(r) : r.pick(pieces);
  }
  return s;
}

/** Digit groups joined by separators: dates, SSNs, cards, ZIP+4, dotted quads and phones come out of it. */
function groupedDigits(r: Rng): string {
  let s = r.pick(['', '', '', '+', '00', '(0', '(']);
  if (s.startsWith('(')) s += `${r.digits(r.int(1, 5))})${r.pick(['', ' ', '-'])}`;
  const groups = r.int(2, 5);
  const sep = r.pick([' ', '-', '.', '\u00a0', '/']);
  for (let g = 0; g < groups; g++) {
    if (g > 0) s += r.chance(0.8) ? sep : r.pick([' ', '-', '.', '/', '']);
    s += r.digits(r.pick([1, 2, 2, 3, 4, 4, 4, 5, 6]));
  }
  return s;
}

function corpusTexts(): string[] {
  const out: string[] = [];
  for (const seed of [TUNING_SEED, HELD_OUT_SEED]) {
    for (const doc of generateCorpus(seed, 100_000)) out.push(...doc.content.split(/[\n,]/).filter((t) => t.length > 6));
  }
  return out;
}

// Tens of thousands of texts against regexes and libphonenumber: more than the default 5 s on a busy machine.
describe('phone scanner agrees with the regexes it replaces', { timeout: 60_000 }, () => {
  const r = new Rng(20261130);
  const texts = [
    ...Array.from({ length: 20_000 }, () => adversarial(r)),
    // Longer texts: runs far apart, several per text.
    ...Array.from({ length: 3_000 }, () => adversarial(r) + adversarial(r) + adversarial(r)),
    // Prefixes as long as they get, before the core and before a stretch of digits.
    '00123 (012345) 6789012',
    'x 00123 (012345) 6789012',
    '+123-(12345)-1234567',
    '+44 (0) 20 7946 0958, +44 (0)20 7946 0959',
    '1234567890123456789 123 456 7890',
    '(12) 345678 (0123456) 345678',
  ];

  test('runs (the RUN regex)', () => {
    const mismatches = texts.filter((t) => JSON.stringify(scannerRuns(t)) !== JSON.stringify(regexRuns(t)));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test('shapes of every run found', () => {
    const shape = new RunShape();
    const mismatches: string[] = [];
    for (const text of texts) {
      for (const [start, end] of regexRuns(text)) {
        const value = text.slice(start, end);
        shape.read(text, start, end);
        const expected = [
          DATE_OR_ZIP.test(value) || DATE_RANGE.test(value),
          HAS_DATE.test(value),
          SSN_SHAPE.test(value),
          CARD_SHAPE.test(value),
        ];
        const got = [shape.isDateZipOrRange(), shape.hasDate(), shape.isSsn(), shape.isCard()];
        if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push(value);
        if (
          shape.digits !== value.replace(NON_DIGIT, '').length ||
          shape.digitValues.slice(0, shape.digits).join('') !== value.replace(NON_DIGIT, '')
        ) {
          mismatches.push(`digits ${value}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test('words before a run', () => {
    const mismatches: string[] = [];
    for (const text of texts) {
      for (let start = 1; start <= text.length; start++) {
        const before = text.slice(Math.max(0, start - 14), start);
        if (idWordBefore(text, start) !== ID_BEFORE.test(before)) mismatches.push(`id ${JSON.stringify(before)}`);
        if (currencyBefore(text, start) !== CURRENCY_BEFORE.test(before)) mismatches.push(`currency ${JSON.stringify(before)}`);
        // The scanner's IBAN check assumes what every run start has: no word character before it.
        if (/\w/.test(text.charAt(start - 1))) continue;
        if (ibanBefore(text, start) !== IBAN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) {
          mismatches.push(`iban ${JSON.stringify(text.slice(0, start))}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test("the detector's prefilter lets every text with a run through", () => {
    const prefilter = phone.prefilter;
    if (!prefilter) throw new Error('the phone detector has a prefilter');
    const withRuns = [...texts, ...corpusTexts()].filter((t) => regexRuns(t).length > 0);
    expect(withRuns.length).toBeGreaterThan(1000);
    expect(withRuns.filter((t) => !prefilter(t, shapeOf(t))).slice(0, 5)).toEqual([]);
  });

  test('find: random text and corpus cells, with and without a phone label', () => {
    const find = phone.find;
    if (!find) throw new Error('the phone detector has a find');
    const mismatches: string[] = [];
    for (const text of [...texts, ...corpusTexts()]) {
      for (const label of ['', 'phone', 'notes']) {
        const ours = find(text, label).map(
          (c) => `${c.start}-${c.end} ${c.patternName.startsWith('national') ? 'national' : c.patternName}`,
        );
        if (JSON.stringify(ours) !== JSON.stringify(referenceFind(text, label))) mismatches.push(`${label}: ${text}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
