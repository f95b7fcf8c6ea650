import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { BoundedCache } from '../util/bounded-cache';
import { planOf, validInternationalIn, validNationalIn, type NumberingPlan } from './plans/phone-plans';
import { RunScanner, RunShape, currencyBefore, ibanBefore, idWordBefore, isDigit } from './plans/phone-scan';
import { DASH, DOT, NON_ASCII, SPACE, shapeRun } from './shape';
import { NO_CANDIDATES, defineDetector, labelHas, type Candidate } from './types';

/**
 * The candidate pattern, kept for the engine's pattern list (`find` replaces it): a digit run with
 * the separators phone numbers are written with. phone-scan.ts matches it with character loops.
 * Every candidate is then checked against the numbering plan (plans/phone-plans.ts, compiled from
 * libphonenumber-js `min` metadata), after date, time, ZIP+4, price, version and id shapes are pruned.
 */
const RUN =
  /(?<![\w#/.,@+-])(?:(?:\+|00)\d{1,3}[ .\-\u00a0]?)?(?:\(0?\d{1,5}\)[ .\-\u00a0]?)?\d(?:[ .\-\u00a0]?\d){5,15}(?![\w@:]|[.,]\d)/g;

/** National formats tried in order (issue 3): NANP first, then Europe, Australia, India, Brazil. */
const COUNTRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'IN', 'BR', 'CA'];

/**
 * National formats differ in shape: trying the likely plans first saves most plan checks (and keeps
 * the pattern name stable). Every plan is still tried before a candidate is dropped.
 */
function likelyPlans(parenthesised: boolean, run: RunShape, slashed: boolean): readonly NationalTry[] {
  const orders = (tryOrders ??= compileOrders());
  if (slashed) return orders.slashed;
  if (parenthesised && run.digits === 11) return orders.br;
  if (run.digitValues[0] === 0) return orders.trunk;
  if (run.digits === 9) return orders.nine;
  return orders.all;
}
const BY_SHAPE = {
  all: COUNTRIES,
  br: ['BR', ...COUNTRIES.filter((c) => c !== 'BR')],
  trunk: ['GB', 'FR', 'DE', 'NL', 'AU', 'IT', ...COUNTRIES.filter((c) => !['GB', 'FR', 'DE', 'NL', 'AU', 'IT'].includes(c))],
  nine: ['ES', ...COUNTRIES.filter((c) => c !== 'ES')],
  slashed: ['DE', ...COUNTRIES.filter((c) => c !== 'DE')],
} satisfies Record<string, CountryCode[]>;

/** A plan to try and the pattern name a number valid in it gets. */
interface NationalTry {
  plan: NumberingPlan;
  name: string;
}
type TryOrders = Record<keyof typeof BY_SHAPE, readonly NationalTry[]>;
/** The plans in each order, looked up once (compiled on the first candidate, not at load). */
let tryOrders: TryOrders | undefined;
let internationalPlans: readonly NumberingPlan[] | undefined;

function compileOrders(): TryOrders {
  const tries = (countries: readonly CountryCode[]) => countries.map((c) => ({ plan: planOf(c), name: `national-${c.toLowerCase()}` }));
  return {
    all: tries(BY_SHAPE.all),
    br: tries(BY_SHAPE.br),
    trunk: tries(BY_SHAPE.trunk),
    nine: tries(BY_SHAPE.nine),
    slashed: tries(BY_SHAPE.slashed),
  };
}

/**
 * Validates the run `text[start, end)` (described by `run`) against the numbering plans; returns
 * the pattern name or null.
 */
function numberingPlanMatch(text: string, start: number, end: number, run: RunShape, phoneLabel: boolean, slashed: boolean): string | null {
  const first = text.charCodeAt(start);
  const zeroZero = first === 48 && text.charCodeAt(start + 1) === 48;
  if (first === 43 || zeroZero) {
    // Our ten plans are checked on precompiled patterns; any other calling code goes to libphonenumber.
    const plans = (internationalPlans ??= COUNTRIES.map(planOf));
    const known = validInternationalIn(run.digitValues, zeroZero ? 2 : 0, run.digits, plans);
    if (known !== undefined) return known ? 'international' : null;
    const value = text.slice(start, end);
    const parsed = parsePhoneNumberFromString(zeroZero ? `+${value.slice(2)}` : value);
    return parsed?.isValid() ? 'international' : null;
  }
  // A bare digit run with no separators is an id unless the column or the word before says phone.
  if (!phoneLabel && !run.separated && !phoneWordBefore(text, start)) return null;
  for (const { plan, name } of likelyPlans(first === 40, run, slashed)) {
    if (validNationalIn(run.digitValues, 0, run.digits, plan)) return name;
  }
  return null;
}

const PHONE_WORDS = ['phone', 'mobile', 'tel', 'telephone', 'cell', 'sms', 'whatsapp', 'telefon', 'téléphone'];

/** A phone word right before a number in running text: `Phone: 3033068952`, `SMS - 0799861832`, `Mob. 020…`. */
const PHONE_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...PHONE_WORDS, 'mob', 'handy'].join('|')})\\.?\\s*[:-]?\\s*$`, 'iu');

function phoneWordBefore(text: string, start: number): boolean {
  return start > 0 && PHONE_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
/** Labels repeat (a column header per cell): whether one says "phone" is decided once. */
const phoneLabels = new BoundedCache<string, boolean>(500);

let lastLabel = '';
let lastIsPhone = false;

function isPhoneLabel(label: string): boolean {
  // A column's cells come one after another with the same label.
  if (label === lastLabel) return lastIsPhone;
  lastLabel = label;
  lastIsPhone = phoneLabelOf(label);
  return lastIsPhone;
}

function phoneLabelOf(label: string): boolean {
  if (!label) return false;
  return phoneLabels.get(label) ?? phoneLabels.set(label, saysPhone(label));
}

function saysPhone(label: string): boolean {
  return PHONE_WORDS.some((w) => labelHas(label, w));
}

/** Reused for every text (find is not reentrant): no allocation per cell. */
const scanner = new RunScanner();
const run = new RunShape();

function find(text: string, label: string): readonly Candidate[] {
  let out: Candidate[] | null = null;
  scanner.reset(text);
  while (scanner.next()) {
    const { start, end } = scanner;
    const plan = candidatePlan(text, start, end, isPhoneLabel(label));
    if (plan) (out ??= []).push({ start, end, patternName: plan, score: 0.85 });
  }
  if (mayHoldSlashed(text)) out = findSlashed(text, out);
  return out ?? NO_CANDIDATES;
}

/**
 * `0711/1372274`, `089/19805471`: German-speaking countries write the area code and a slash. The
 * run scanner does not take a slash inside a number (dates, paths and fractions have them), so this
 * one form is looked for apart: a trunk 0, two to four digits, one slash, four to nine digits.
 */
const SLASHED = /(?<![\w/.,@+-])0\d{2,4}\/\d{4,9}(?![\w/@]|[.,]\d)/g;

/**
 * Whether some `/` has two to five digits before it, the first a 0, and four or more after: a
 * character check per slash, so dates (`05/04/2024`) and paths spare the regex.
 */
function mayHoldSlashed(text: string): boolean {
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    let before = slash;
    while (before > 0 && before > slash - 6 && isDigit(text.charCodeAt(before - 1))) before--;
    if (slash - before < 3 || text.charCodeAt(before) !== 48) continue;
    let after = slash + 1;
    while (after < text.length && after < slash + 5 && isDigit(text.charCodeAt(after))) after++;
    if (after - slash - 1 >= 4) return true;
  }
  return false;
}

function findSlashed(text: string, out: Candidate[] | null): Candidate[] | null {
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(text); m; m = SLASHED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out?.some((c) => c.start < end && start < c.end)) continue;
    const plan = candidatePlan(text, start, end, true, true);
    if (plan) (out ??= []).push({ start, end, patternName: plan, score: 0.85 });
  }
  return out;
}

/** The pattern name of a run that is a phone number, or null for dates, ids, prices, cards. */
function candidatePlan(text: string, start: number, end: number, phoneLabel: boolean, slashed = false): string | null {
  run.read(text, start, end);
  if (run.digits < 7 || run.digits > 15) return null;
  if (run.isDateZipOrRange() || run.hasDate()) return null;
  if ((run.digits === 9 && run.isSsn()) || (run.digits >= 13 && run.isCard())) return null;
  // Words and currency signs before the number (a cell that starts with it has none).
  if (start > 0 && (idWordBefore(text, start) || currencyBefore(text, start) || ibanBefore(text, start))) return null;
  return numberingPlanMatch(text, start, end, run, phoneLabel, slashed);
}

export const phone = defineDetector({
  id: 'phone',
  // Seven digits is the shortest national number of the plans tried.
  gate: { digits: 7 },
  // Every run's core is six digits with at most one separator (space, dot, dash, no-break space)
  // between two: a text without separators needs six digits in a row (dates written 2026/01/11,
  // order numbers of five digits are skipped without being read).
  prefilter: (_text, shape) => shapeRun(shape) >= 6 || (shape & (SPACE | DOT | DASH | NON_ASCII)) !== 0,
  patterns: [{ name: 'digit-run', regex: RUN, score: 0.85 }],
  find,
  context: ['phone', 'mobile', 'tel', 'telephone', 'cell', 'sms', 'whatsapp', 'telefon', 'téléphone', 'contact'],
  // Coordinates (Mailchimp's and Klaviyo's LATITUDE, LONGITUDE) and postal codes (a Brazilian CEP
  // reads as a German number) are digit runs with separators too.
  negativeContext: [
    'order',
    'order #',
    'invoice',
    'ticket',
    'id',
    'sku',
    'tracking',
    'zip',
    'postcode',
    'postal code',
    'plz',
    'latitude',
    'longitude',
    'lat',
    'lng',
    'gmtoff',
    'dstoff',
  ],
  validation: 'numbering-plan',
  minScore: 0.5,
});
