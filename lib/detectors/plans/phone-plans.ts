import type { CountryCode } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';

/**
 * Numbering-plan checks for the countries phone.ts tries, compiled once from libphonenumber-js's
 * `min` metadata. `parsePhoneNumberFromString(value, country).isValid()` costs 10-35 µs per call
 * (text extraction, and a `new RegExp` per pattern on every call); the same checks on precompiled
 * patterns cost well under a microsecond. Logic mirrors libphonenumber's `extractNationalNumber`
 * and `isValidNumber`/`getNumberType` for these plans.
 */
interface Plan {
  country: CountryCode;
  callingCode: string;
  /** International dialling prefix (`00`, `011`): a national string starting with it is international. */
  idd: RegExp;
  national: RegExp;
  lengths: readonly number[] | undefined;
  prefix: RegExp | undefined;
  transform: string | undefined;
  /** Number-type patterns with their lengths; undefined when the metadata has none (pattern only). */
  types: { re: RegExp; lengths: readonly number[] | undefined }[] | undefined;
  /**
   * Every length some type allows, or undefined when a type has no lengths: a national number of
   * another length is refused before any pattern runs (most wrong-country tries end here).
   */
  typeLengths: ReadonlySet<number> | undefined;
}

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

const whole = (source: string) => new RegExp(`^(?:${source})$`);

function compile(country: CountryCode): Plan {
  const json = (metadata as unknown as { countries: Record<string, PlanJson> }).countries[country];
  if (!json) throw new Error(`no numbering plan for ${country}`);
  const [callingCode, idd, national, lengths, , nationalPrefix, , prefixForParsing, transform, , , types] = json;
  const prefix = prefixForParsing || nationalPrefix;
  // Which type matches does not matter here (any valid type makes the number valid), so the short
  // patterns go first: a mobile number is then never tried against a long fixed-line pattern.
  const typeList = types
    ?.flatMap((t) => (t && t[0] ? [{ source: t[0], re: whole(t[0]), lengths: t[1] ?? lengths }] : []))
    .sort((x, y) => x.source.length - y.source.length)
    .map(({ re, lengths: l }) => ({ re, lengths: l }));
  const typeLengths = typeList?.every((t) => t.lengths) ? new Set(typeList.flatMap((t) => t.lengths ?? [])) : undefined;
  return {
    country,
    callingCode,
    idd: new RegExp(`^(?:${idd})`),
    national: whole(national),
    lengths,
    prefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    transform: transform || undefined,
    // Type order and "empty pattern = same as fixed line" as in getNumberType; an empty pattern adds nothing.
    types: typeList,
    typeLengths,
  };
}

const plans = new Map<CountryCode, Plan>();
function plan(country: CountryCode): Plan {
  let p = plans.get(country);
  if (!p) plans.set(country, (p = compile(country)));
  return p;
}

/** libphonenumber's checkNumberLength: too short or a gap length means the prefix was not a prefix. */
function possibleLength(length: number, lengths: readonly number[] | undefined): boolean {
  if (!lengths?.length) return true;
  if (length < (lengths[0] as number)) return false;
  if (length > (lengths[lengths.length - 1] as number)) return true;
  return lengths.includes(length);
}

/** The national significant number: the national prefix (and carrier code) stripped when it is one. */
function nationalNumber(digits: string, p: Plan): string {
  if (!p.prefix) return digits;
  const m = p.prefix.exec(digits);
  if (!m) return digits;
  const groups = m.length - 1;
  const captured = groups > 0 && m[groups];
  const nsn = p.transform && captured ? digits.replace(p.prefix, p.transform) : digits.slice(m[0].length);
  if (nsn === digits) return digits;
  if (p.national.test(digits) && !p.national.test(nsn)) return digits;
  return possibleLength(nsn.length, p.lengths) ? nsn : digits;
}

function validNsn(nsn: string, p: Plan): boolean {
  if (p.typeLengths && !p.typeLengths.has(nsn.length)) return false;
  if (!p.national.test(nsn)) return false;
  if (!p.types) return true;
  for (const t of p.types) {
    if (t.lengths && !t.lengths.includes(nsn.length)) continue;
    if (t.re.test(nsn)) return true;
  }
  return false;
}

/**
 * True when `digits`, written nationally, is a valid number of `country`. Like libphonenumber's
 * parse with a default country, an IDD prefix (`011 44 …`) makes it international, and a leading
 * calling code without `+` (`34 612 …` in Spain) is dropped when only the shorter number fits the plan.
 */
export function validNational(digits: string, country: CountryCode): boolean {
  const p = plan(country);
  const idd = p.idd.exec(digits);
  if (idd && digits.charCodeAt(idd[0].length) !== 48) {
    const rest = digits.slice(idd[0].length);
    return rest.startsWith(p.callingCode) && validNsn(nationalNumber(rest.slice(p.callingCode.length), p), p);
  }
  let nsn = nationalNumber(digits, p);
  if (digits.startsWith(p.callingCode)) {
    const shorter = nationalNumber(digits.slice(p.callingCode.length), p);
    if ((!p.national.test(nsn) && p.national.test(shorter)) || tooLong(nsn.length, p.lengths)) nsn = shorter;
  }
  if (!validNsn(nsn, p)) return false;
  // Plans sharing a calling code: libphonenumber gives the number to the main country when that
  // country's plan has it (a 5XX personal number written in Canada is a US number).
  const main = MAIN_COUNTRY[country];
  return !(main && validNsn(nsn, plan(main)));
}

/** Our plans that share a calling code with a main country listed before them in the metadata. */
const MAIN_COUNTRY: Partial<Record<CountryCode, CountryCode>> = { CA: 'US' };

const tooLong = (length: number, lengths: readonly number[] | undefined) =>
  lengths !== undefined && lengths.length > 0 && length > (lengths[lengths.length - 1] as number);

/**
 * For digits written after `+`: true when valid in one of `countries` (by their calling codes),
 * false when the calling code belongs to one of them alone (+49 is Germany only, so a number
 * Germany's plan refuses is invalid), undefined otherwise: other calling codes, and numbers of a
 * smaller country sharing a code (+44 1534: Jersey), are left to libphonenumber's full metadata.
 */
export function validInternational(digits: string, countries: readonly CountryCode[]): boolean | undefined {
  let sole = false;
  for (const country of countries) {
    const p = plan(country);
    if (!digits.startsWith(p.callingCode)) continue;
    if (validNsn(nationalNumber(digits.slice(p.callingCode.length), p), p)) return true;
    sole ||= soleCountry(p.callingCode);
  }
  return sole ? false : undefined;
}

const callingCodes = (metadata as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes;
/** True when one country alone uses this calling code (libphonenumber then checks that plan only). */
const soleCountry = (callingCode: string) => callingCodes[callingCode]?.length === 1;
