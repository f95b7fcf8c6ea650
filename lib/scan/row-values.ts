import { PII_TYPES, type PiiType } from '../pii/types';
import { MASK_MODES, type MaskMode } from '../policy/schema';

/**
 * The values found in a table row's plain cells (those read from the row's markup, row-cells.ts),
 * kept on the row as numbers until something needs their text nodes. Only some rows keep a record:
 * a row read by its table body's pass keeps nothing (section-ledger.ts), because any property on
 * a row's wrapper keeps the wrapper alive (see the end of this comment).
 *
 * Why: recording a value on its text node (entries.ts) meant reaching the cell and the text node
 * through the DOM, and every node a content script touches gets a wrapper in its isolated world
 * (about twice a page script's cost), which the entry then kept alive: most of the heap at 50k
 * rows, and the major GC pauses. The row already has a wrapper (its markup was read through it).
 * Its values are put on their text nodes ("resolved") only when the row comes near the viewport
 * (the Masker's window), or when reveal or the copy guard asks.
 *
 * A row's state, for the scan now in force:
 * - no record, in a body whose pass has passed it: "implicit", its values are counted in the
 *   body's ledger and are what its markup gives (section-ledger.ts).
 * - `compact`: the record holds every value of the cells before `from`; those cells' text nodes
 *   hold no entries. Cells from `from` on were read through the DOM: their values are on their
 *   nodes. Rows read alone (on screen at the start; inserted by the page into a body not read
 *   yet) and rows whose read the slice's deadline cut.
 * - `resolved`: the values are on the text nodes (entries.ts), as found; a re-read skips the row.
 * - `changed`: the page changed the row's cells; its values are on its text nodes and each re-read
 *   goes through the DOM, node by node, as text outside rows does.
 *
 * The record is one string of 16-bit numbers (`RowRecord`), not an object holding an array: at 50k
 * rows the object, the array and its backing store came to about 200 bytes a row, and their growth
 * started a major GC in the middle of the scan (V8's old-generation limit is about 10 MB on a page
 * that has just loaded), whose marking of the page's huge DOM then ran in steps inside the slices
 * (20-50 ms each) and finished with a 40-90 ms pause. The string has no separate backing store and
 * holds no pointers for the GC to follow. A value that is its cell's whole text (most are: an
 * email, a name, a phone number in its own column) takes one number, others three.
 *
 * That was not enough while every row kept a record (traced at 50k rows, Chromium 156, CDP
 * tracing with `disabled-by-default-v8.gc`): the record makes the row's wrapper "modified", which
 * the scavenger no longer drops, so each read row left its wrapper, its property array and its
 * string in the old generation. The JS heap after a full GC was 7.1 MiB (0.8 without Confidant);
 * V8 started incremental marking by its soft limit ("task", old generation at 7.6 of 9.6 MiB)
 * just after the scan, and the marking of the page's DOM (about 800 ms in all, mostly
 * `GC_MC_INCREMENTAL_EMBEDDER_TRACING`) then ran in 5-17 ms steps inside the page's frames:
 * 40-110 ms of each repaint frame after the scan, finished by a 36 ms pause. A number instead of
 * the string (a typed-array buffer indexed per row) still left 4.9 MiB and still started the
 * marking (old generation 6.1-6.6 MiB); with no property on the rows, 3.3-3.7 MiB and no major GC.
 */
export type RowRecord = string;

export type RowState = 'compact' | 'resolved' | 'changed';
const STATES: readonly RowState[] = ['compact', 'resolved', 'changed'];

/**
 * Record layout: epoch (low, high 16 bits); state (top 2 bits) and `from` + 1 (low 14 bits); then
 * the values. A value: one number holding PARTIAL, the cell index (8 bits) and the code (7 bits,
 * valueCode), followed by start and end when PARTIAL is set (offsets stop at MAX_NODE_TEXT, 50,000).
 */
export const FIRST_VALUE = 3;
const PARTIAL = 0x8000;

/** Cells from this index on are read through the DOM (a record holds 8 bits of cell index). */
export const MAX_PACKED_CELL = 0xff;

/** Appends one value of cell `cell` (whose text is `textLength` long) to a record's values. */
export function pushValue(out: number[], cell: number, start: number, end: number, textLength: number, code: number): void {
  const head = (cell << 7) | code;
  if (start === 0 && end === textLength) out.push(head);
  else out.push(PARTIAL | head, start, end);
}

/** A row's record. `values`: made by pushValue (empty unless `compact`). */
export function packRow(epoch: number, state: RowState, from: number, values: readonly number[]): RowRecord {
  // One call, one flat string (joining two strings would keep both behind a third, a cons string).
  return String.fromCharCode(epoch & 0xffff, epoch >>> 16, (STATES.indexOf(state) << 14) | (from + 1), ...values);
}

export function recordState(rec: RowRecord): RowState {
  return STATES[rec.charCodeAt(2) >> 14] as RowState;
}

/** The first cell read through the DOM, or -1 when the whole row was read from its markup. */
export function recordFrom(rec: RowRecord): number {
  return (rec.charCodeAt(2) & 0x3fff) - 1;
}

export function hasValues(rec: RowRecord): boolean {
  return rec.length > FIRST_VALUE;
}

/** Where the value after the one at `at` starts (the values run from FIRST_VALUE to the record's length). */
export function nextValue(rec: RowRecord, at: number): number {
  return rec.charCodeAt(at) & PARTIAL ? at + 3 : at + 1;
}

export function cellAt(rec: RowRecord, at: number): number {
  return (rec.charCodeAt(at) >> 7) & 0xff;
}

export function codeAt(rec: RowRecord, at: number): number {
  return rec.charCodeAt(at) & 0x7f;
}

export function startAt(rec: RowRecord, at: number): number {
  return rec.charCodeAt(at) & PARTIAL ? rec.charCodeAt(at + 1) : 0;
}

/** The value's end; `textLength`: its cell's text length now (unchanged since it was read, or the row is `changed`). */
export function endAt(rec: RowRecord, at: number, textLength: number): number {
  return rec.charCodeAt(at) & PARTIAL ? rec.charCodeAt(at + 2) : textLength;
}

const TYPES: readonly (PiiType | 'custom')[] = [...PII_TYPES, 'custom'];

/** Type, mask mode and whether it is counted, in one small integer (7 bits: 11 types, 3 modes). */
export function valueCode(type: PiiType | 'custom', mode: MaskMode, counted: boolean): number {
  return (TYPES.indexOf(type) << 3) | (MASK_MODES.indexOf(mode) << 1) | (counted ? 1 : 0);
}

export function codeType(code: number): PiiType | 'custom' {
  return TYPES[code >> 3] as PiiType | 'custom';
}

export function codeMode(code: number): MaskMode {
  return MASK_MODES[(code >> 1) & 3] as MaskMode;
}

export function codeCounted(code: number): boolean {
  return (code & 1) === 1;
}

/** An expando on the row's wrapper, as entries.ts does for text nodes (no Map keyed by node). */
const ROW_RECORD = Symbol('confidant.rowRecord');
type TaggedRow = Element & { [ROW_RECORD]?: RowRecord | undefined };

/** The row's record made by scan `epoch`, if any. */
export function rowRecord(row: Element, epoch: number): RowRecord | undefined {
  const rec = (row as TaggedRow)[ROW_RECORD];
  return rec !== undefined && (rec.charCodeAt(0) | (rec.charCodeAt(1) << 16)) === epoch ? rec : undefined;
}

export function setRowRecord(row: Element, rec: RowRecord | undefined): void {
  // Assigned, never deleted (a deleted property turns the wrapper into a slow dictionary object).
  (row as TaggedRow)[ROW_RECORD] = rec;
}

/** The table row whose plain cell directly holds `node`, or null. */
export function rowOfCellText(node: Node): Element | null {
  const cell = node.parentNode;
  if (!cell || cell.nodeType !== 1) return null;
  const tag = (cell as Element).tagName;
  if (tag !== 'TD' && tag !== 'TH') return null;
  const row = cell.parentNode;
  return row && row.nodeType === 1 && (row as Element).tagName === 'TR' ? (row as Element) : null;
}

/** The row whose cells a mutation of `target`'s children changed: the row itself, or a cell's row. */
export function rowChangedBy(target: Node): Element | null {
  if (target.nodeType !== 1) return null;
  const tag = (target as Element).tagName;
  if (tag === 'TR') return target as Element;
  if (tag !== 'TD' && tag !== 'TH') return null;
  const row = target.parentNode;
  return row && row.nodeType === 1 && (row as Element).tagName === 'TR' ? (row as Element) : null;
}
