/**
 * What kinds of characters a text holds, found in one pass with a lookup table. Every detector
 * declares a `gate` on this shape (at least seven digits for a phone, an `@` for an email), so one
 * pass over a cell decides which of the ten detectors can match at all: ten prefilter regexes per
 * cell cost more than the detectors that then ran (docs: benchmarks.md, "cheap pre-filters decide
 * where the expensive patterns run").
 *
 * A shape is one small integer: the flags below, the digit count and the longest run of
 * consecutive digits (each capped at 255: gates need at most 13). No object per text.
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
/** A hyphen-minus. */
export const DASH = 1024;
/** Letters in any script: ASCII upper or lower case, or anything outside ASCII. */
export const LETTER = UPPER | LOWER | NON_ASCII;

/**
 * Local copies for the hot loops below: V8 reads an exported binding through its module cell on
 * every use, and under Node's ES modules (the CLI, the benchmarks) that made the shape pass a
 * quarter slower than reading these.
 */
const DIGIT_BIT = 1;
const NON_ASCII_BIT = 256;

const FLAG_BITS = 11;
const FLAG_MASK = (1 << FLAG_BITS) - 1;
/** Digit count in bits 11-18, longest digit run in bits 19-26. */
const DIGITS_AT = FLAG_BITS;
const RUN_AT = FLAG_BITS + 8;
const CAP = 255;

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
CLASS[45] = DASH;

/** The shape of `text` between `start` and `end` (the whole text by default). */
export function shapeOf(text: string, start = 0, end = text.length): number {
  let flags = 0;
  let digits = 0;
  let run = 0;
  let longest = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (CLASS[c] as number) : NON_ASCII_BIT;
    flags |= k;
    // Branch-free digit counting: digits and other characters alternate in phones and dates, and
    // a mispredicted branch per character cost a third of the pass.
    const digit = k & DIGIT_BIT;
    digits += digit;
    run = (run + 1) * digit;
    longest = longest > run ? longest : run;
  }
  return pack(flags, digits, longest);
}

const pack = (flags: number, digits: number, longest: number): number =>
  flags | (Math.min(digits, CAP) << DIGITS_AT) | (Math.min(longest, CAP) << RUN_AT);

/** Which characters end an unquoted delimited cell: one bit per delimiter, one for line breaks. */
const STOPS = new Uint8Array(128);
const DELIMITER_BITS: Record<string, number> = { ',': 1, ';': 2, '\t': 4 };
const LINE_BREAK_BIT = 8;
STOPS[44] = 1;
STOPS[59] = 2;
STOPS[9] = 4;
STOPS[10] = LINE_BREAK_BIT;
STOPS[13] = LINE_BREAK_BIT;
let lastCellEnd = 0;

/**
 * Reads an unquoted delimited cell (CSV) and its shape in one pass: finding the cell's end with
 * indexOf and then taking its shape read every character twice, and the shape pass is most of
 * what a CSV scan costs before any detector runs. After `read`, `end` is where the cell stops: its
 * delimiter, the `\r\n` or `\n` that ends its row, or the end of the text.
 */
export class CellReader {
  end = 0;
  private readonly stopMask: number;

  /** `delimiter` is `,`, `;` or a tab (scanCsv's choices). */
  constructor(delimiter: string) {
    const bit = DELIMITER_BITS[delimiter];
    if (bit === undefined) throw new Error(`CellReader: unsupported delimiter ${JSON.stringify(delimiter)}`);
    this.stopMask = bit | LINE_BREAK_BIT;
  }

  /** The shape of the cell that starts at `from` (same value as shapeOf over the cell). */
  read(text: string, from: number): number {
    const shape = readCell(text, from, this.stopMask);
    this.end = lastCellEnd;
    return shape;
  }
}

/**
 * CellReader's pass, a plain function over module-level tables: as a method reading its own table
 * it ran a fifth slower.
 */
function readCell(text: string, from: number, stopMask: number): number {
  let flags = 0;
  let digits = 0;
  let run = 0;
  let longest = 0;
  let i = from;
  for (const n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = NON_ASCII_BIT;
    if (c < 128) {
      // A lone `\r` is part of the cell (shapeOf sees it); only `\r\n` ends a row.
      if (((STOPS[c] as number) & stopMask) !== 0 && (c !== 13 || text.charCodeAt(i + 1) === 10)) break;
      k = CLASS[c] as number;
    }
    flags |= k;
    const digit = k & DIGIT_BIT; // branch-free, as in shapeOf
    digits += digit;
    run = (run + 1) * digit;
    longest = longest > run ? longest : run;
  }
  lastCellEnd = i;
  return pack(flags, digits, longest);
}

/** The flags of a shape (DIGIT, AT, …), without its digit counts. */
export const shapeFlags = (shape: number): number => shape & FLAG_MASK;
export const shapeDigits = (shape: number): number => (shape >>> DIGITS_AT) & CAP;
/** The longest run of consecutive ASCII digits. */
export const shapeRun = (shape: number): number => shape >>> RUN_AT;

/**
 * What a detector's matches always contain: at least `digits` ASCII digits, `run` of them in a
 * row, every flag of `all`, and one flag of `any` (when not 0). A text whose shape misses it is
 * skipped without a regex.
 */
export interface Gate {
  digits: number;
  run: number;
  all: number;
  any: number;
}

export function defineGate(gate: Partial<Gate>): Gate {
  return { digits: gate.digits ?? 0, run: gate.run ?? 0, all: gate.all ?? 0, any: gate.any ?? 0 };
}

export function passes(gate: Gate, shape: number): boolean {
  const flags = shape & FLAG_MASK;
  return (
    ((shape >>> DIGITS_AT) & CAP) >= gate.digits &&
    shape >>> RUN_AT >= gate.run &&
    (flags & gate.all) === gate.all &&
    (gate.any === 0 || (flags & gate.any) !== 0)
  );
}
