import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { validInternational, validNational } from './plans/phone-plans';
import { NO_CANDIDATES, defineDetector, labelHas, type Candidate } from './types';

/**
 * A digit run with the separators phone numbers are written with. This is only the cheap
 * prefilter: every candidate is then checked against the numbering plan (plans/phone-plans.ts,
 * compiled from libphonenumber-js `min` metadata), and date, time, ZIP+4, price, version and id
 * shapes are pruned first.
 */
const RUN =
  /(?<![\w#/.,@+-])(?:(?:\+|00)\d{1,3}[ .\-\u00a0]?)?(?:\(0?\d{1,5}\)[ .\-\u00a0]?)?\d(?:[ .\-\u00a0]?\d){5,15}(?![\w@:]|[.,]\d)/g;

/** National formats tried in order (issue 3): NANP first, then Europe, Australia, India, Brazil. */
const COUNTRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'IN', 'BR', 'CA'];

const DATE_OR_ZIP = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{5}-\d{4}|\d{1,3}(?:\.\d{1,3}){3})$/;
const DATE_RANGE = /^\d{4}\s?[-/]\s?\d{4}$/;
/** A date inside the run (`2026-01-11 10`): a timestamp, not a phone. */
const HAS_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/;
/** Card groupings (4-4-4-4, 4-6-5): a card number, even a Luhn-failing one, is not a phone. */
const CARD_SHAPE = /^\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}$|^\d{4}[ -]\d{6}[ -]\d{5}$/;
/** The tail of an IBAN-shaped string (`NL91 ABNA 0417 1643 00`). */
const IBAN_BEFORE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$/;
/** US SSN shape: the national-id detector owns it. */
const SSN_SHAPE = /^\d{3}[- ]\d{2}[- ]\d{4}$/;
/** Words right before a number that make it an id, not a phone. */
const ID_BEFORE =
  /(?:order|invoice|ticket|ref|reference|id|no\.?|sku|tracking|case|account|acct|zip|postcode|plz|v|version|build|#)\s*[:#]?\s*$/i;
const CURRENCY_BEFORE = /[$€£¥₹]\s?$|(?:usd|eur|gbp|aud|cad|brl|inr)\s?$/i;
const SEPARATED = /[ ().\-/\u00a0]/;
const NON_DIGIT = /\D/g;

/** Dashes, slashes and dots: HAS_DATE needs two of them, most phones have fewer. */
function countDateSeparators(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 45 || c === 47 || c === 46) n++;
  }
  return n;
}

function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * National formats differ in shape: trying the likely plans first saves most plan checks (and keeps
 * the pattern name stable). Every plan is still tried before a candidate is dropped.
 */
function likelyCountries(value: string, digits: string): readonly CountryCode[] {
  if (value.startsWith('(') && digits.length === 11) return BY_SHAPE.br;
  if (digits.startsWith('0')) return BY_SHAPE.trunk;
  if (digits.length === 9) return BY_SHAPE.nine;
  return COUNTRIES;
}
const BY_SHAPE = {
  br: ['BR', ...COUNTRIES.filter((c) => c !== 'BR')],
  trunk: ['GB', 'FR', 'DE', 'NL', 'AU', 'IT', ...COUNTRIES.filter((c) => !['GB', 'FR', 'DE', 'NL', 'AU', 'IT'].includes(c))],
  nine: ['ES', ...COUNTRIES.filter((c) => c !== 'ES')],
} satisfies Record<string, CountryCode[]>;

/** Validates a candidate against the numbering plans; returns the pattern name or null. */
export function numberingPlanMatch(value: string, phoneLabel: boolean): string | null {
  const intl = value.startsWith('+') || value.startsWith('00');
  if (intl) {
    const digits = value.replace(NON_DIGIT, '');
    // Our ten plans are checked on precompiled patterns; any other calling code goes to libphonenumber.
    const known = validInternational(value.startsWith('00') ? digits.slice(2) : digits, COUNTRIES);
    if (known !== undefined) return known ? 'international' : null;
    const parsed = parsePhoneNumberFromString(value.startsWith('00') ? `+${value.slice(2)}` : value);
    return parsed?.isValid() ? 'international' : null;
  }
  // A bare digit run with no separators is an id unless the column says phone.
  if (!phoneLabel && !SEPARATED.test(value)) return null;
  const digits = value.replace(NON_DIGIT, '');
  for (const country of likelyCountries(value, digits)) {
    if (validNational(digits, country)) return `national-${country.toLowerCase()}`;
  }
  return null;
}

const PHONE_WORDS = ['phone', 'mobile', 'tel', 'telephone', 'cell', 'sms', 'whatsapp', 'telefon', 'téléphone'];
/** Labels repeat (a column header per cell): whether one says "phone" is decided once. */
const phoneLabels = new Map<string, boolean>();

function isPhoneLabel(label: string): boolean {
  if (!label) return false;
  let known = phoneLabels.get(label);
  if (known === undefined) {
    known = PHONE_WORDS.some((w) => labelHas(label, w));
    if (phoneLabels.size > 500) phoneLabels.clear();
    phoneLabels.set(label, known);
  }
  return known;
}

function find(text: string, label: string): readonly Candidate[] {
  let out: Candidate[] | null = null;
  const phoneLabel = isPhoneLabel(label);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const value = m[0];
    const start = m.index;
    const end = start + value.length;
    const digits = countDigits(value);
    if (digits < 7 || digits > 15) continue;
    // Each shape test runs only where it can match: dates, ZIP+4 and dotted quads need a `-`, `/`
    // or `.`; an SSN has nine digits, a card thirteen or more.
    const separators = countDateSeparators(value);
    if (separators > 0 && ((separators >= 2 && HAS_DATE.test(value)) || DATE_OR_ZIP.test(value) || DATE_RANGE.test(value))) continue;
    if ((digits === 9 && SSN_SHAPE.test(value)) || (digits >= 13 && CARD_SHAPE.test(value))) continue;
    // Words and currency signs before the number (a cell that starts with it has none).
    if (start > 0) {
      const before = text.slice(Math.max(0, start - 14), start);
      if (ID_BEFORE.test(before) || CURRENCY_BEFORE.test(before)) continue;
      if (IBAN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    }
    const plan = numberingPlanMatch(value, phoneLabel);
    if (plan) (out ??= []).push({ start, end, patternName: plan, score: 0.85 });
  }
  return out ?? NO_CANDIDATES;
}

export const phone = defineDetector({
  id: 'phone',
  // Seven digits is the shortest national number of the plans tried.
  gate: { digits: 7 },
  patterns: [{ name: 'digit-run', regex: RUN, score: 0.85 }],
  find,
  context: ['phone', 'mobile', 'tel', 'telephone', 'cell', 'sms', 'whatsapp', 'telefon', 'téléphone', 'contact'],
  negativeContext: ['order', 'order #', 'invoice', 'ticket', 'id', 'sku', 'tracking', 'zip', 'postcode'],
  validation: 'numbering-plan',
  minScore: 0.5,
});
