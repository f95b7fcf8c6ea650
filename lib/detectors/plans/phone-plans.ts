import type { CountryCode } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';
import { acceptsAPrefix, compileDigitDfa, matchDigits, prefixDigits, type DigitDfa } from './digit-dfa';

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
  /** The calling code's digit values. */
  code: Uint8Array;
  /** International dialling prefix (`00`, `011`): a national string starting with it is international. */
  idd: DigitDfa;
  /**
   * The national pattern (bit 0) and the number-type patterns (bit i + 1 for type i) in one
   * automaton (digit-dfa.ts): one pass over the digits answers every pattern of the plan. Compiled
   * by `patternsOf` when a number first needs them: phone.ts looks every plan up on its first
   * candidate, and parsing all of them at once would cost several milliseconds of one time slice.
   */
  patterns: DigitDfa | undefined;
  patternSources: readonly string[];
  lengths: readonly number[] | undefined;
  /** National prefix for parsing as an automaton, when it is prefix-free and has no transform. */
  prefixDfa: DigitDfa | undefined;
  /** Otherwise the regex (Brazil: a carrier code captured and moved by `transform`)… */
  prefix: RegExp | undefined;
  /** …run only when its automaton says some prefix of the number matches (Brazil: `0` or `90`). */
  prefixGuard: DigitDfa | undefined;
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
    code: Uint8Array.from(callingCode, (c) => c.charCodeAt(0) - 48),
    idd: iddDfa,
    patterns: undefined,
    patternSources: [national, ...typeList.map((t) => t.source)],
    lengths,
    prefixDfa: prefixDfa?.prefixFree ? prefixDfa : undefined,
    prefix: prefix && !prefixDfa?.prefixFree ? new RegExp(`^(?:${prefix})`) : undefined,
    prefixGuard: prefix && !prefixDfa?.prefixFree ? compileDigitDfa([prefix]) : undefined,
    transform: transform || undefined,
    hasTypes: types !== undefined,
    typeBitsByLength,
    typeBitsAnyLength,
    main: MAIN_COUNTRY[country] ? planOf(MAIN_COUNTRY[country]) : undefined,
    sole: callingCodes[callingCode]?.length === 1,
  };
}

/** The plan's pattern automaton, compiled on first use. */
function patternsOf(p: Plan): DigitDfa {
  return (p.patterns ??= compileDigitDfa(p.patternSources));
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
 * Numbers are checked as digit values (0-9) in a caller's buffer, `digits[from, to)`: stripping a
 * prefix moves `from`, and no digit string is built or sliced per check.
 */
type Digits = Uint8Array;

/** Whether `digits[from, to)` starts with `code` (a calling code's digit values). */
function startsWith(digits: Digits, from: number, to: number, code: Uint8Array): boolean {
  if (to - from < code.length) return false;
  for (let k = 0; k < code.length; k++) if (digits[from + k] !== code[k]) return false;
  return true;
}

/** The digits as a string, for the few plans whose prefix only a regex handles. */
function digitText(digits: Digits, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(48 + (digits[i] as number));
  return out;
}

/** Set by `nationalNumber`: the plan's pattern bits for the number it returned, or -1 when not read yet. */
let nsnBits = -1;

/**
 * Where the national significant number starts: after the national prefix (and carrier code) when
 * it is one, else at `from`.
 */
function nationalNumber(digits: Digits, from: number, to: number, p: Plan): number {
  nsnBits = -1;
  let nsn: number;
  if (p.prefixDfa) {
    const length = prefixDigits(p.prefixDfa, digits, from, to);
    if (length <= 0) return from;
    nsn = from + length;
  } else if (p.prefix) {
    nsn = regexPrefix(digits, from, to, p);
    if (nsn === from) return from;
  } else {
    return from;
  }
  const bits = matchDigits(patternsOf(p), digits, nsn, to);
  if ((bits & 1) === 0 && (matchDigits(patternsOf(p), digits, from, to) & 1) !== 0) return from;
  if (!possibleLength(to - nsn, p.lengths)) return from;
  nsnBits = bits;
  return nsn;
}

/**
 * A prefix only a regex handles (Brazil's `0` or `90` and a carrier code, which `transform` drops):
 * where the number starts after it. The transformed number must be a tail of the digits.
 */
function regexPrefix(digits: Digits, from: number, to: number, p: Plan): number {
  if (p.prefixGuard && !acceptsAPrefix(p.prefixGuard, digits, from, to)) return from;
  const text = digitText(digits, from, to);
  const m = (p.prefix as RegExp).exec(text);
  if (!m) return from;
  const groups = m.length - 1;
  const captured = groups > 0 && m[groups];
  const nsn = p.transform && captured ? text.replace(p.prefix as RegExp, p.transform) : text.slice(m[0].length);
  if (!text.endsWith(nsn)) throw new Error(`${p.country}: a national prefix transform that is not a tail`);
  return to - nsn.length;
}

/** The national pattern and, when the plan has types, one type allowing this length. */
function validNsn(digits: Digits, from: number, to: number, p: Plan, knownBits = -1): boolean {
  const bits = knownBits >= 0 ? knownBits : matchDigits(patternsOf(p), digits, from, to);
  if ((bits & 1) === 0) return false;
  if (!p.hasTypes) return true;
  const length = to - from;
  const byLength = length <= MAX_LENGTH ? (p.typeBitsByLength[length] as number) : 0;
  return (bits & (byLength | p.typeBitsAnyLength)) !== 0;
}

/** Whether `digits[from, to)` matches the national pattern (`bits` when already read). */
function nationalMatch(digits: Digits, from: number, to: number, p: Plan, bits: number): boolean {
  return ((bits >= 0 ? bits : matchDigits(patternsOf(p), digits, from, to)) & 1) !== 0;
}

/** A buffer for the string entry points below. */
const scratch = new Uint8Array(MAX_LENGTH * 2);
function toDigits(digits: string): number {
  if (digits.length > scratch.length) throw new Error('too many digits');
  for (let i = 0; i < digits.length; i++) scratch[i] = digits.charCodeAt(i) - 48;
  return digits.length;
}

/**
 * True when `digits`, written nationally, is a valid number of `country`. Like libphonenumber's
 * parse with a default country, an IDD prefix (`011 44 …`) makes it international, and a leading
 * calling code without `+` (`34 612 …` in Spain) is dropped when only the shorter number fits the plan.
 */
export function validNational(digits: string, country: CountryCode): boolean {
  return validNationalIn(scratch, 0, toDigits(digits), planOf(country));
}

/** `validNational` on digit values `digits[from, to)`, with the plan looked up once by the caller. */
export function validNationalIn(digits: Uint8Array, from: number, to: number, p: NumberingPlan): boolean {
  const idd = prefixDigits(p.idd, digits, from, to);
  if (idd >= 0 && (from + idd >= to || digits[from + idd] !== 0)) {
    const rest = from + idd;
    if (!startsWith(digits, rest, to, p.code)) return false;
    const nsn = nationalNumber(digits, rest + p.code.length, to, p);
    return validNsn(digits, nsn, to, p, nsnBits);
  }
  let nsn = nationalNumber(digits, from, to, p);
  let bits = nsnBits;
  if (startsWith(digits, from, to, p.code)) {
    const shorter = nationalNumber(digits, from + p.code.length, to, p);
    const shorterBits = nsnBits;
    if ((!nationalMatch(digits, nsn, to, p, bits) && nationalMatch(digits, shorter, to, p, shorterBits)) || tooLong(to - nsn, p.lengths)) {
      nsn = shorter;
      bits = shorterBits;
    }
  }
  if (!validNsn(digits, nsn, to, p, bits)) return false;
  // Plans sharing a calling code: libphonenumber gives the number to the main country when that
  // country's plan has it (a 5XX personal number written in Canada is a US number).
  return !(p.main && validNsn(digits, nsn, to, p.main));
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
  return validInternationalIn(scratch, 0, toDigits(digits), countries.map(planOf));
}

/** `validInternational` on digit values `digits[from, to)`, with the plans looked up once by the caller. */
export function validInternationalIn(
  digits: Uint8Array,
  from: number,
  to: number,
  plansTried: readonly NumberingPlan[],
): boolean | undefined {
  let sole = false;
  for (const p of plansTried) {
    if (!startsWith(digits, from, to, p.code)) continue;
    const nsn = nationalNumber(digits, from + p.code.length, to, p);
    if (validNsn(digits, nsn, to, p, nsnBits)) return true;
    sole ||= p.sole;
  }
  return sole ? false : undefined;
}
