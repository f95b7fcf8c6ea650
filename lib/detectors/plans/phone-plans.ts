import type { CountryCode } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';
import { compileDigitDfa, matchBits, prefixLength, type DigitDfa } from './digit-dfa';

/**
 * Numbering-plan checks for the countries phone.ts tries, compiled once from libphonenumber-js's
 * `min` metadata. `parsePhoneNumberFromString(value, country).isValid()` costs 10-35 µs per call
 * (text extraction, and a `new RegExp` per pattern on every call); the same checks on precompiled
 * patterns cost well under a microsecond, and with every pattern of a plan compiled into one digit
 * automaton (digit-dfa.ts) about as much as reading the digits once. Logic mirrors libphonenumber's `extractNationalNumber`
 * and `isValidNumber`/`getNumberType` for these plans.
 */
interface Plan {
  country: CountryCode;
  callingCode: string;
  /** International dialling prefix (`00`, `011`): a national string starting with it is international. */
  idd: DigitDfa;
  /**
   * The national pattern (bit 0) and the number-type patterns (bit i + 1 for type i) in one
   * automaton (digit-dfa.ts): one pass over the digits answers every pattern of the plan.
   */
  patterns: DigitDfa;
  lengths: readonly number[] | undefined;
  /** National prefix for parsing as an automaton, when it is prefix-free and has no transform. */
  prefixDfa: DigitDfa | undefined;
  /** Otherwise the regex (Brazil: a carrier code captured and moved by `transform`). */
  prefix: RegExp | undefined;
  transform: string | undefined;
  /** False when the metadata has no type patterns (the national pattern alone decides). */
  hasTypes: boolean;
  /** Type bits whose lengths allow a national number of this length (index: length). */
  typeBitsByLength: Uint32Array;
  /** Type bits of types that allow every length. */
  typeBitsAnyLength: number;
  /** The main country's plan when this one shares its calling code (Canada: the US). */
  main: Plan | undefined;
  /** One country alone uses this calling code (libphonenumber then checks that plan only). */
  sole: boolean;
}

/** A compiled numbering plan (`planOf`), for callers that check many numbers against a few plans. */
export type NumberingPlan = Plan;

type PlanJson = [
  string,
  string,
  string,
  number[]?,
  unknown?,
  string?,
  unknown?,
  string?,
  string?,
  unknown?,
  unknown?,
  ([string, number[]?] | 0)[]?,
];

/** Longer than any national number (libphonenumber's limit is 17 digits). */
const MAX_LENGTH = 32;

function compile(country: CountryCode): Plan {
  const json = (metadata as unknown as { countries: Record<string, PlanJson> }).countries[country];
  if (!json) throw new Error(`no numbering plan for ${country}`);
  const [callingCode, idd, national, lengths, , nationalPrefix, , prefixForParsing, transform, , , types] = json;
  const prefix = prefixForParsing || nationalPrefix;
  // Type order and "empty pattern = same as fixed line" as in getNumberType; an empty pattern adds
  // nothing, and which type matches does not matter here (any valid type makes the number valid).
  const typeList = types?.flatMap((t) => (t && t[0] ? [{ source: t[0], lengths: t[1] ?? lengths }] : [])) ?? [];
  const typeBitsByLength = new Uint32Array(MAX_LENGTH + 1);
  let typeBitsAnyLength = 0;
  typeList.forEach((t, i) => {
    const bit = 1 << (i + 1);
    if (!t.lengths) typeBitsAnyLength |= bit;
    else for (const length of t.lengths) typeBitsByLength[length] = (typeBitsByLength[length] as number) | bit;
  });
  const prefixDfa = prefix && !transform ? compileDigitDfa([prefix]) : undefined;
  const iddDfa = compileDigitDfa([idd]);
  if (!iddDfa.prefixFree) throw new Error(`${country}: international prefix is not prefix-free`);
  return {
    country,
    callingCode,
    idd: iddDfa,
    patterns: compileDigitDfa([national, ...typeList.map((t) => t.source)]),
    lengths,
    prefixDfa: prefixDfa?.prefixFree ? prefixDfa : undefined,
    prefix: prefix && !prefixDfa?.prefixFree ? new RegExp(`^(?:${prefix})`) : undefined,
    transform: transform || undefined,
    hasTypes: types !== undefined,
    typeBitsByLength,
    typeBitsAnyLength,
    main: MAIN_COUNTRY[country] ? planOf(MAIN_COUNTRY[country]) : undefined,
    sole: callingCodes[callingCode]?.length === 1,
  };
}

const plans = new Map<CountryCode, Plan>();
/** The plan of `country`, compiled on first use. */
export function planOf(country: CountryCode): NumberingPlan {
  let p = plans.get(country);
  if (!p) plans.set(country, (p = compile(country)));
  return p;
}

/** Our plans that share a calling code with a main country listed before them in the metadata. */
const MAIN_COUNTRY: Partial<Record<CountryCode, CountryCode>> = { CA: 'US' };

const callingCodes = (metadata as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes;

/** libphonenumber's checkNumberLength: too short or a gap length means the prefix was not a prefix. */
function possibleLength(length: number, lengths: readonly number[] | undefined): boolean {
  if (!lengths?.length) return true;
  if (length < (lengths[0] as number)) return false;
  if (length > (lengths[lengths.length - 1] as number)) return true;
  return lengths.includes(length);
}

/**
 * The plan's pattern bits for `digits`. A number is often checked twice in a row (its national
 * pattern while stripping the prefix, then its types): the last answer is kept.
 */
function bitsOf(digits: string, p: Plan): number {
  if (digits !== lastDigits || p !== lastPlan) {
    lastDigits = digits;
    lastPlan = p;
    lastBits = matchBits(p.patterns, digits);
  }
  return lastBits;
}
let lastDigits = '';
let lastPlan: Plan | undefined;
let lastBits = 0;

/** Whether the whole of `digits` matches the plan's national pattern. */
const nationalMatch = (digits: string, p: Plan) => (bitsOf(digits, p) & 1) !== 0;

/** The national significant number: the national prefix (and carrier code) stripped when it is one. */
function nationalNumber(digits: string, p: Plan): string {
  let nsn: string;
  if (p.prefixDfa) {
    const length = prefixLength(p.prefixDfa, digits);
    if (length < 0) return digits;
    nsn = digits.slice(length);
  } else if (p.prefix) {
    const m = p.prefix.exec(digits);
    if (!m) return digits;
    const groups = m.length - 1;
    const captured = groups > 0 && m[groups];
    nsn = p.transform && captured ? digits.replace(p.prefix, p.transform) : digits.slice(m[0].length);
  } else {
    return digits;
  }
  if (nsn === digits) return digits;
  if (!nationalMatch(nsn, p) && nationalMatch(digits, p)) return digits;
  return possibleLength(nsn.length, p.lengths) ? nsn : digits;
}

/** The national pattern and, when the plan has types, one type allowing this length. */
function validNsn(nsn: string, p: Plan): boolean {
  const bits = bitsOf(nsn, p);
  if ((bits & 1) === 0) return false;
  if (!p.hasTypes) return true;
  const byLength = nsn.length <= MAX_LENGTH ? (p.typeBitsByLength[nsn.length] as number) : 0;
  return (bits & (byLength | p.typeBitsAnyLength)) !== 0;
}

/**
 * True when `digits`, written nationally, is a valid number of `country`. Like libphonenumber's
 * parse with a default country, an IDD prefix (`011 44 …`) makes it international, and a leading
 * calling code without `+` (`34 612 …` in Spain) is dropped when only the shorter number fits the plan.
 */
export function validNational(digits: string, country: CountryCode): boolean {
  return validNationalIn(digits, planOf(country));
}

/** `validNational` with the plan looked up once by the caller. */
export function validNationalIn(digits: string, p: NumberingPlan): boolean {
  const idd = prefixLength(p.idd, digits);
  if (idd >= 0 && digits.charCodeAt(idd) !== 48) {
    const rest = digits.slice(idd);
    return rest.startsWith(p.callingCode) && validNsn(nationalNumber(rest.slice(p.callingCode.length), p), p);
  }
  let nsn = nationalNumber(digits, p);
  if (digits.startsWith(p.callingCode)) {
    const shorter = nationalNumber(digits.slice(p.callingCode.length), p);
    if ((!nationalMatch(nsn, p) && nationalMatch(shorter, p)) || tooLong(nsn.length, p.lengths)) nsn = shorter;
  }
  if (!validNsn(nsn, p)) return false;
  // Plans sharing a calling code: libphonenumber gives the number to the main country when that
  // country's plan has it (a 5XX personal number written in Canada is a US number).
  return !(p.main && validNsn(nsn, p.main));
}

const tooLong = (length: number, lengths: readonly number[] | undefined) =>
  lengths !== undefined && lengths.length > 0 && length > (lengths[lengths.length - 1] as number);

/**
 * For digits written after `+`: true when valid in one of `countries` (by their calling codes),
 * false when the calling code belongs to one of them alone (+49 is Germany only, so a number
 * Germany's plan refuses is invalid), undefined otherwise: other calling codes, and numbers of a
 * smaller country sharing a code (+44 1534: Jersey), are left to libphonenumber's full metadata.
 */
export function validInternational(digits: string, countries: readonly CountryCode[]): boolean | undefined {
  return validInternationalIn(digits, countries.map(planOf));
}

/** `validInternational` with the plans looked up once by the caller. */
export function validInternationalIn(digits: string, plansTried: readonly NumberingPlan[]): boolean | undefined {
  let sole = false;
  for (const p of plansTried) {
    if (!digits.startsWith(p.callingCode)) continue;
    if (validNsn(nationalNumber(digits.slice(p.callingCode.length), p), p)) return true;
    sole ||= p.sole;
  }
  return sole ? false : undefined;
}
