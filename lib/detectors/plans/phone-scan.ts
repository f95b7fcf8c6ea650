/**
 * The phone detector's candidate scanner: character loops instead of regexes.
 *
 * `RunScanner` finds exactly the runs this regex found (global, so tried at every position):
 *
 *   (?<![\w#/.,@+-])(?:(?:\+|00)\d{1,3}S?)?(?:\(0?\d{1,5}\)S?)?\d(?:S?\d){5,15}(?![\w@:]|[.,]\d)
 *
 * with S = [ .\-\u00a0]; `RunShape` then describes a run by its digit groups, and the date, ZIP,
 * card and SSN shapes the detector refuses are read off the group lengths and the separators
 * between them; `idWordBefore`, `currencyBefore` and `ibanBefore` replace the regexes that looked at
 * the text before a run. A phone cell costs a few passes over its characters instead of a dozen
 * regex runs, a date or an address mostly a look at every sixth character. phone-scan.test.ts
 * checks every piece against the regexes, and the detector's `find` against the regex version, on
 * random, adversarial and corpus text.
 */

const DIGIT = 1;
/** `\w`: ASCII letters, digits and `_`. */
const WORD = 2;
/** A separator inside a run: space, `.`, `-`, no-break space. */
const SEP = 4;
/** Not allowed right before a run: `\w` and `#/.,@+-`. */
const NO_START = 8;
/** Not allowed right after a run: `\w`, `@`, `:`. */
const NO_END = 16;
/** What a run starts with: a digit, `+` or `(`. */
const START = 32;
/** What a run holds before its core: digits, separators, `+`, `(`, `)`. */
const PREFIX = 64;

const CLASS = new Uint8Array(256);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT | WORD | NO_START | NO_END | START;
for (let c = 65; c <= 90; c++) CLASS[c] = WORD | NO_START | NO_END;
for (let c = 97; c <= 122; c++) CLASS[c] = WORD | NO_START | NO_END;
CLASS[95] = WORD | NO_START | NO_END; // _
for (const c of '#/,') CLASS[c.charCodeAt(0)] = NO_START;
CLASS[43] = NO_START | START; // +
CLASS[40] = START; // (
CLASS[46] = SEP | NO_START; // .
CLASS[45] = SEP | NO_START; // -
CLASS[32] = SEP;
CLASS[0xa0] = SEP;
CLASS[58] = NO_END; // :
CLASS[64] = NO_START | NO_END; // @
for (const c of '0123456789 .-\u00a0+()') CLASS[c.charCodeAt(0)] = (CLASS[c.charCodeAt(0)] as number) | PREFIX;

const PLUS = 43;
const ZERO = 48;
const OPEN = 40;
const CLOSE = 41;
const DOT = 46;
const COMMA = 44;
const DASH = 45;
const SLASH = 47;
const SPACE = 32;

/** `-1` (no character) is of no kind. */
const is = (c: number, kind: number): boolean => (c & ~255) === 0 && ((CLASS[c] as number) & kind) !== 0;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The character code at `i`, or -1 past the end (charCodeAt's NaN there slows optimised code down). */
const code = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);

/** Six digits, at most one separator between two: the least a run's core holds. */
const CORE_DIGITS = 6;
/** The most a run holds before its core: `00`, three digits, a separator, `(0`, five digits, `)`, a separator. */
const MAX_PREFIX = 15;

/**
 * Finds the runs of a text in order, as the global regex did (the next search starts where a run
 * ended): `next()` moves to the next run and sets `start` and `end`. One instance is reused.
 *
 * Most texts with digits hold no run (dates, prices, addresses), so positions are not tried one by
 * one: a run's core is six digits in a stretch of digits and separators, so looking at every sixth
 * character finds every stretch long enough (as Boyer-Moore skips). Only in such a stretch is every
 * position tried, from the furthest a prefix (`+44 (0) `) can reach back.
 */
export class RunScanner {
  start = 0;
  end = 0;
  private text = '';
  /** A position in the stretch `longChain` found; scanning stops at the stretch's end. */
  private stretchEnd = 0;

  reset(text: string): void {
    this.text = text;
    this.end = 0;
  }

  next(): boolean {
    let from = this.end;
    // A cell that starts with `+` or `(` is most likely one phone number: the regex's first try,
    // made before looking for chained digits (for digits first, dates and addresses, it is not worth it).
    const first = this.text.length > 0 ? this.text.charCodeAt(0) : -1;
    if (from === 0 && (first === PLUS || first === OPEN)) {
      if (this.scan(0, 1)) return true;
      from = this.stretchEnd; // every position before it was tried
    }
    for (;;) {
      const chain = this.longChain(from);
      if (chain < 0) {
        this.end = this.text.length;
        return false;
      }
      if (this.scan(this.prefixStart(chain, from), this.stretchEnd)) return true;
      from = this.stretchEnd;
    }
  }

  /**
   * Where the first six digits at or after `from` written with at most one separator between two
   * begin (or, when a stretch of digits and separators starts at `from`, `from`), or -1;
   * `stretchEnd` is then a position inside that stretch. Every run's core is six such digits, so no
   * run starts before the furthest its prefix reaches back from there.
   */
  private longChain(from: number): number {
    const text = this.text;
    const n = text.length;
    for (let i = from + CORE_DIGITS - 1; i < n;) {
      if (!is(text.charCodeAt(i), DIGIT | SEP)) {
        i += CORE_DIGITS; // no stretch of six covers i, so the next one ends at i + 6 or later
        continue;
      }
      let start = i;
      while (start > from && is(text.charCodeAt(start - 1), DIGIT | SEP)) start--;
      if (start === from) {
        // A stretch where the search starts (a cell that is a number, an IP, a date): the scan reads
        // it anyway, so its digits are not counted first.
        this.stretchEnd = i + 1;
        return start;
      }
      // Count digits from the stretch's start: a separator not between two digits restarts the chain.
      let digits = 0;
      let chain = start;
      let at = start;
      for (; at < n; at++) {
        const c = text.charCodeAt(at);
        if (isDigit(c)) {
          if (digits === 0) chain = at;
          if (++digits === CORE_DIGITS) {
            this.stretchEnd = at + 1;
            return chain;
          }
        } else if (!is(c, SEP)) {
          break;
        } else if (digits > 0 && !isDigit(code(text, at + 1))) {
          digits = 0;
        }
      }
      i = at + CORE_DIGITS;
    }
    return -1;
  }

  /** The earliest a run whose core starts at `chain` or later can start (its prefix reaches back). */
  private prefixStart(chain: number, from: number): number {
    const text = this.text;
    let at = chain;
    while (at > from && chain - at < MAX_PREFIX && is(text.charCodeAt(at - 1), PREFIX)) at--;
    return at;
  }

  /**
   * Tries every position from `from` on, as the regex does, until the first run (true) or the end
   * of the stretch of digits and separators that `to` is in (false; `stretchEnd` is set there).
   */
  private scan(from: number, to: number): boolean {
    const text = this.text;
    const n = text.length;
    // Whether the character before `i` forbids a run starting at `i`.
    let blocked = from > 0 && is(text.charCodeAt(from - 1), NO_START);
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      const kind = c < 256 ? (CLASS[c] as number) : 0;
      if (i >= to && (kind & (DIGIT | SEP)) === 0) {
        this.stretchEnd = i;
        return false;
      }
      if ((kind & START) !== 0 && !blocked) {
        const end = runEndAt(text, i);
        if (end >= 0) {
          this.start = i;
          this.end = end;
          return true;
        }
      }
      blocked = (kind & NO_START) !== 0;
    }
    this.stretchEnd = n;
    return false;
  }
}

/** End positions of the digits of the core (`\d(?:S?\d){5,15}`), reused between calls. */
const coreEnds = new Int32Array(16);

/**
 * The end of the run starting at `i`, or -1. Tries the regex's alternatives in its order: the
 * international prefix with three, two, then one digit, then none; the parenthesised area code
 * when there is one; the longest core first.
 */
function runEndAt(text: string, i: number): number {
  const c = code(text, i);
  const prefix = c === PLUS ? 1 : c === ZERO && code(text, i + 1) === ZERO ? 2 : 0;
  if (prefix > 0) {
    const from = i + prefix;
    let n = 0;
    while (n < 3 && isDigit(code(text, from + n))) n++;
    for (let d = n; d >= 1; d--) {
      // An optional separator: when it is there, leaving it out cannot work (nothing starts with one).
      const at = is(code(text, from + d), SEP) ? from + d + 1 : from + d;
      const end = afterPrefix(text, at);
      if (end >= 0) return end;
    }
  }
  return afterPrefix(text, i);
}

/** `(?:\(0?\d{1,5}\)S?)?` then the core. A `(` must open an area code: no core starts with one. */
function afterPrefix(text: string, at: number): number {
  if (code(text, at) !== OPEN) return coreEnd(text, at);
  let n = 0;
  while (n < 7 && isDigit(code(text, at + 1 + n))) n++;
  const close = at + 1 + n;
  if (code(text, close) !== CLOSE) return -1;
  // One to five digits, or six with the optional leading 0.
  if (n < 1 || n > 6 || (n === 6 && code(text, at + 1) !== ZERO)) return -1;
  return coreEnd(text, is(code(text, close + 1), SEP) ? close + 2 : close + 1);
}

/** The longest core from `at` (6 to 16 digits, one separator between two) that the lookahead accepts. */
function coreEnd(text: string, at: number): number {
  if (!isDigit(code(text, at))) return -1;
  let n = 0;
  let i = at + 1;
  coreEnds[n++] = i;
  while (n < 16) {
    const c = code(text, i);
    if (isDigit(c)) i++;
    else if (is(c, SEP) && isDigit(code(text, i + 1))) i += 2;
    else break;
    coreEnds[n++] = i;
  }
  for (let k = n - 1; k >= 5; k--) {
    const end = coreEnds[k] as number;
    if (mayEndAt(text, end)) return end;
  }
  return -1;
}

/** `(?![\w@:]|[.,]\d)`: not followed by a word character, `@`, `:`, or a decimal point and digit. */
function mayEndAt(text: string, end: number): boolean {
  const c = code(text, end);
  if (is(c, NO_END)) return false;
  return !((c === DOT || c === COMMA) && isDigit(code(text, end + 1)));
}

/** At most 27 digits in a run (`00`, three, six in parentheses, sixteen), so fewer groups. */
const MAX_GROUPS = 32;

/**
 * A run as its digit groups (maximal runs of digits) and what separates them: one character, or
 * -1 for anything longer (`) `). Filled by `read`; one instance is reused for every run.
 */
export class RunShape {
  count = 0;
  digits = 0;
  /** The run starts with a digit: the anchored shapes (dates, ZIP+4, SSN, cards) can match. */
  bare = false;
  /** The run holds a character besides digits and a leading `+`. */
  separated = false;
  readonly at = new Int32Array(MAX_GROUPS);
  readonly len = new Int32Array(MAX_GROUPS);
  /** `sep[k]`: the character between group k - 1 and group k. */
  readonly sep = new Int32Array(MAX_GROUPS);
  /** The run's digit values (0-9), `digits` of them: what the numbering plans check. */
  readonly digitValues = new Uint8Array(MAX_GROUPS);

  /** Describes the run `text[start, end)`, which ends with a digit (every run does). */
  read(text: string, start: number, end: number): void {
    const at = this.at;
    const len = this.len;
    const sep = this.sep;
    let count = 0;
    let digits = 0;
    let inGroup = false;
    // Where the characters since the last group began.
    let gap = start;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (!inGroup) {
          sep[count] = i - gap === 1 ? text.charCodeAt(gap) : -1;
          at[count] = i;
          inGroup = true;
        }
        this.digitValues[digits++] = c - 48;
      } else if (inGroup) {
        len[count] = i - (at[count] as number);
        count++;
        inGroup = false;
        gap = i;
      }
    }
    len[count] = end - (at[count] as number);
    this.count = count + 1;
    this.digits = digits;
    const first = text.charCodeAt(start);
    this.bare = isDigit(first);
    this.separated = end - start - digits - (first === PLUS ? 1 : 0) > 0;
  }

  private lenIn(k: number, min: number, max: number): boolean {
    const n = this.len[k] as number;
    return n >= min && n <= max;
  }

  private sepIs(k: number, a: number, b: number, c = a): boolean {
    const s = this.sep[k];
    return s === a || s === b || s === c;
  }

  /**
   * A whole date (`2026-01-11`, `11.01.26`), ZIP+4 (`12345-6789`), dotted quad (`192.0.2.1`) or
   * year range (`2019-2024`).
   */
  isDateZipOrRange(): boolean {
    if (!this.bare) return false;
    if (this.count === 3) {
      if (!this.sepIs(1, DASH, SLASH, DOT) || !this.sepIs(2, DASH, SLASH, DOT)) return false;
      const ymd = this.lenIn(0, 4, 4) && this.lenIn(1, 1, 2) && this.lenIn(2, 1, 2);
      return ymd || (this.lenIn(0, 1, 2) && this.lenIn(1, 1, 2) && this.lenIn(2, 2, 4));
    }
    if (this.count === 2) {
      if (this.lenIn(0, 5, 5) && this.lenIn(1, 4, 4) && this.sep[1] === DASH) return true;
      // A Brazilian CEP (`20040-002`): five digits, a dash, three.
      if (this.lenIn(0, 5, 5) && this.lenIn(1, 3, 3) && this.sep[1] === DASH) return true;
      return this.lenIn(0, 4, 4) && this.lenIn(1, 4, 4) && this.sepIs(1, DASH, SLASH);
    }
    if (this.count === 4) {
      for (let k = 0; k < 4; k++) if (!this.lenIn(k, 1, 3) || (k > 0 && this.sep[k] !== DOT)) return false;
      return true;
    }
    return false;
  }

  /** A date anywhere in the run (`2026-01-11 10`): a timestamp, not a phone. */
  hasDate(): boolean {
    if (this.isPairs()) return false;
    for (let k = 0; k + 2 < this.count; k++) {
      if (!this.lenIn(k + 1, 1, 2)) continue;
      // Year first: four digits (the end of a longer group counts), `-/.`, one or two, `-/.`.
      if (this.lenIn(k, 4, 99) && this.sepIs(k + 1, DASH, SLASH, DOT) && this.sepIs(k + 2, DASH, SLASH, DOT)) return true;
      // Day or month first: `/` or `.` separators and at least two digits after them.
      if (this.sepIs(k + 1, SLASH, DOT) && this.sepIs(k + 2, SLASH, DOT) && this.lenIn(k + 2, 2, 99)) return true;
    }
    return false;
  }

  /**
   * Five pairs of digits with one separator throughout (`01.23.45.67.89`): how France writes its
   * numbers, not a date (a date has three groups, a date and time mixes separators).
   */
  private isPairs(): boolean {
    if (this.count !== 5) return false;
    for (let k = 0; k < 5; k++) if (!this.lenIn(k, 2, 2) || (k > 1 && this.sep[k] !== this.sep[1])) return false;
    return true;
  }

  /** The US SSN shape `123-45-6789` (the national-id detector owns it). */
  isSsn(): boolean {
    return (
      this.bare &&
      this.count === 3 &&
      this.lenIn(0, 3, 3) &&
      this.lenIn(1, 2, 2) &&
      this.lenIn(2, 4, 4) &&
      this.sepIs(1, DASH, SPACE) &&
      this.sepIs(2, DASH, SPACE)
    );
  }

  /** Card groupings, 4-4-4-4 (one separator throughout) or 4-6-5: a card, even a Luhn-failing one. */
  isCard(): boolean {
    if (!this.bare || !this.lenIn(0, 4, 4) || !this.sepIs(1, DASH, SPACE)) return false;
    if (this.count === 4) {
      const s = this.sep[1];
      return this.lenIn(1, 4, 4) && this.lenIn(2, 4, 4) && this.lenIn(3, 1, 4) && this.sep[2] === s && this.sep[3] === s;
    }
    return this.count === 3 && this.lenIn(1, 6, 6) && this.lenIn(2, 5, 5) && this.sepIs(2, DASH, SPACE);
  }
}

/** `\s`: JavaScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === SPACE || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `word` (lower case) ends `text` at `end`, ASCII case ignored, starting no earlier than `lo`. */
function endsWith(text: string, lo: number, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < lo) return false;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = text.charCodeAt(from + k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/** Words that make the number after them an id, not a phone (`Order #`, `ref:`, `v`, `build`). */
const ID_WORDS = [
  'order',
  'invoice',
  'ticket',
  'ref',
  'reference',
  'id',
  'no',
  'no.',
  'sku',
  'tracking',
  'case',
  'account',
  'acct',
  'zip',
  'postcode',
  'plz',
  'v',
  'version',
  'build',
  '#',
];
const CURRENCY_CODES = ['usd', 'eur', 'gbp', 'aud', 'cad', 'brl', 'inr'];

/** Words by their last character (lower case): only the few that can end where the text does are compared. */
function byLastCharacter(words: readonly string[]): (readonly string[])[] {
  const table: string[][] = Array.from({ length: 128 }, () => []);
  for (const w of words) (table[w.charCodeAt(w.length - 1)] as string[]).push(w);
  return table;
}
const ID_WORDS_BY_LAST = byLastCharacter(ID_WORDS);
const CURRENCY_CODES_BY_LAST = byLastCharacter(CURRENCY_CODES);
const NONE: readonly string[] = [];

/** Whether one of `table`'s words ends `text` at `end` (ASCII case ignored), starting no earlier than `lo`. */
function endsWithWord(table: readonly (readonly string[])[], text: string, lo: number, end: number): boolean {
  if (end <= lo) return false;
  const c = text.charCodeAt(end - 1);
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  const words = lower < 128 ? (table[lower] as readonly string[]) : NONE;
  for (let k = 0; k < words.length; k++) if (endsWith(text, lo, end, words[k] as string)) return true;
  return false;
}

/** How far back the id words and currency signs are looked for (the regexes saw 14 characters). */
const WORD_WINDOW = 14;

const endsWithIdWord = (text: string, lo: number, end: number) => endsWithWord(ID_WORDS_BY_LAST, text, lo, end);

/** An id word right before `start`, then white space, an optional `:` or `#`, white space. */
export function idWordBefore(text: string, start: number): boolean {
  const lo = Math.max(0, start - WORD_WINDOW);
  let end = start;
  while (end > lo && isSpace(text.charCodeAt(end - 1))) end--;
  if (endsWithIdWord(text, lo, end)) return true;
  if (end === lo) return false;
  const c = text.charCodeAt(end - 1);
  if (c !== 58 && c !== 35) return false;
  end--;
  while (end > lo && isSpace(text.charCodeAt(end - 1))) end--;
  return endsWithIdWord(text, lo, end);
}

const isCurrencySign = (c: number) => c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9; // $ € £ ¥ ₹

/** A currency sign or code right before `start`, with at most one white-space character between. */
export function currencyBefore(text: string, start: number): boolean {
  const lo = Math.max(0, start - WORD_WINDOW);
  if (currencyEndsAt(text, lo, start)) return true;
  return start > lo && isSpace(text.charCodeAt(start - 1)) && currencyEndsAt(text, lo, start - 1);
}

function currencyEndsAt(text: string, lo: number, end: number): boolean {
  return end > lo && (isCurrencySign(text.charCodeAt(end - 1)) || endsWithWord(CURRENCY_CODES_BY_LAST, text, lo, end));
}

/** How far back the start of an IBAN is looked for. */
const IBAN_WINDOW = 40;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isUpperOrDigit = (c: number) => isUpper(c) || isDigit(c);

/**
 * The tail of an IBAN-shaped string right before `start` (`NL91 ABNA 0417 1643 00` seen at `0417`):
 * two capitals and two digits at a word start, then blocks of four capitals or digits, each after an
 * optional space, then an optional space.
 */
export function ibanBefore(text: string, start: number): boolean {
  // A run never follows a letter or digit, so the text before it must end with that last space.
  if (start === 0 || text.charCodeAt(start - 1) !== SPACE) return false;
  const lo = Math.max(0, start - IBAN_WINDOW);
  for (let p = lo; p + 4 <= start; p++) {
    if (!isUpper(text.charCodeAt(p)) || !isUpper(text.charCodeAt(p + 1))) continue;
    if (!isDigit(text.charCodeAt(p + 2)) || !isDigit(text.charCodeAt(p + 3))) continue;
    if (p > lo && is(text.charCodeAt(p - 1), WORD)) continue;
    if (ibanBlocks(text, p + 4, start)) return true;
  }
  return false;
}

/** Whether `text` from `from` to `end` is blocks of four capitals or digits, each after an optional space, then an optional space. */
function ibanBlocks(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end) {
    if (text.charCodeAt(i) === SPACE) {
      if (i + 1 === end) return true;
      i++;
    }
    if (i + 4 > end) return false;
    for (let k = 0; k < 4; k++) if (!isUpperOrDigit(text.charCodeAt(i + k))) return false;
    i += 4;
  }
  return true;
}
