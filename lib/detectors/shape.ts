/**
 * What kinds of characters a text holds, found in one pass with a lookup table. Every detector
 * declares a `gate` on this shape (at least seven digits for a phone, an `@` for an email), so one
 * pass over a cell decides which of the ten detectors can match at all: ten prefilter regexes per
 * cell cost more than the detectors that then ran (docs: benchmarks.md, "cheap pre-filters decide
 * where the expensive patterns run").
 *
 * A shape is one small integer: the digit count (capped at 255, gates need at most 13) shifted
 * left by FLAG_BITS, and the flags below. No object per text.
 */
export const DIGIT = 1;
export const AT = 2;
export const COLON = 4;
export const SPACE = 8;
export const UPPER = 16;
export const LOWER = 32;
export const DOT = 64;
export const EQUALS = 128;
/** Any character outside ASCII (accented letters, other scripts, currency signs). */
export const NON_ASCII = 256;
/** A line break (`\n` or `\r`). */
export const NEWLINE = 512;
/** Letters in any script: ASCII upper or lower case, or anything outside ASCII. */
export const LETTER = UPPER | LOWER | NON_ASCII;

const FLAG_BITS = 10;
const MAX_DIGITS = 255;

const CLASS = new Uint16Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
CLASS[64] = AT;
CLASS[58] = COLON;
CLASS[32] = SPACE;
CLASS[9] = SPACE;
CLASS[46] = DOT;
CLASS[61] = EQUALS;
CLASS[10] = NEWLINE;
CLASS[13] = NEWLINE;

/** The shape of `text` between `start` and `end` (the whole text by default). */
export function shapeOf(text: string, start = 0, end = text.length): number {
  let flags = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (CLASS[c] as number) : NON_ASCII;
    flags |= k;
    digits += k & DIGIT;
  }
  return (digits > MAX_DIGITS ? MAX_DIGITS : digits) * (1 << FLAG_BITS) + flags;
}

export const shapeDigits = (shape: number): number => shape >>> FLAG_BITS;
export const shapeFlags = (shape: number): number => shape & ((1 << FLAG_BITS) - 1);

/**
 * What a detector's matches always contain: at least `digits` ASCII digits, every flag of `all`,
 * and one flag of `any` (when not 0). A text whose shape misses it is skipped without a regex.
 */
export interface Gate {
  digits: number;
  all: number;
  any: number;
}

export function defineGate(gate: Partial<Gate>): Gate {
  return { digits: gate.digits ?? 0, all: gate.all ?? 0, any: gate.any ?? 0 };
}

export function passes(gate: Gate, shape: number): boolean {
  const flags = shape & ((1 << FLAG_BITS) - 1);
  return shape >>> FLAG_BITS >= gate.digits && (flags & gate.all) === gate.all && (gate.any === 0 || (flags & gate.any) !== 0);
}
