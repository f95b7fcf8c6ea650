import { PII_TYPES, type PiiType } from '../pii/types';
import { MASK_MODES, type MaskMode } from '../policy/schema';

/**
 * The values found in a table row's plain cells (those read from the row's markup, row-cells.ts),
 * kept on the row as numbers until something needs their text nodes.
 *
 * Why: recording a value on its text node (entries.ts) meant reaching the cell and the text node
 * through the DOM, and every node a content script touches gets a wrapper in its isolated world
 * (about twice a page script's cost), which the entry then kept alive: most of the heap at 50k
 * rows, and the major GC pauses. The row already has a wrapper (its markup was read through it).
 * Its values are put on their text nodes ("resolved") only when the row comes near the viewport
 * (the Masker's window), or when reveal or the copy guard asks.
 *
 * A row's state, for the scan now in force:
 * - `compact`: the record holds every value of the cells before `from`; those cells' text nodes
 *   hold no entries. Cells from `from` on were read through the DOM: their values are on their nodes.
 * - `resolved`: the values are on the text nodes (entries.ts), as found; a re-read skips the row.
 * - `changed`: the page changed the row's cells; its values are on its text nodes and each re-read
 *   goes through the DOM, node by node, as text outside rows does.
 *
 * The record is one string of 16-bit numbers (`RowRecord`), not an object holding an array: at 50k
 * rows the object, the array and its backing store came to about 200 bytes a row, and their growth
 * started a major GC in the middle of the scan (V8's old-generation limit is about 10 MB on a page
 * that has just loaded), whose marking of the page's huge DOM then ran in steps inside the slices
 * (20-50 ms each) and finished with a 40-90 ms pause. The string is a third of that size, has no
 * separate backing store, and holds no pointers for the GC to follow. Every number fits 16 bits:
 * offsets stop at MAX_NODE_TEXT (50,000), cell indices at MAX_PACKED_CELL, codes are small.
 */
export type RowRecord = string;

export type RowState = 'compact' | 'resolved' | 'changed';
const STATES: readonly RowState[] = ['compact', 'resolved', 'changed'];

/** Record layout: epoch (low, high 16 bits), state, `from` + 1, then VALUE_STRIDE numbers per value. */
const HEADER = 4;

/** Numbers per value: cell index, start, end, code (valueCode). */
export const VALUE_STRIDE = 4;

/** Cells from this index on are read through the DOM (a cell index must fit a record's 16 bits). */
export const MAX_PACKED_CELL = 0xfffe;

/** A row's record. `values`: VALUE_STRIDE numbers per value (empty unless `compact`). */
export function packRow(epoch: number, state: RowState, from: number, values: readonly number[]): RowRecord {
  // One call, one flat string (joining two strings would keep both behind a third, a cons string).
  // fromCharCode keeps the low 16 bits of each number: offsets and indices are bounded above.
  return String.fromCharCode(epoch & 0xffff, epoch >>> 16, STATES.indexOf(state), from + 1, ...values);
}

export function recordState(rec: RowRecord): RowState {
  return STATES[rec.charCodeAt(2)] as RowState;
}

/** The first cell read through the DOM, or -1 when the whole row was read from its markup. */
export function recordFrom(rec: RowRecord): number {
  return rec.charCodeAt(3) - 1;
}

/** How many numbers the record's values take (VALUE_STRIDE per value). */
export function valuesLength(rec: RowRecord): number {
  return rec.length - HEADER;
}

/** The `k`th number of the record's values (cell index, start, end, code, then the next value). */
export function valueAt(rec: RowRecord, k: number): number {
  return rec.charCodeAt(HEADER + k);
}

const TYPES: readonly (PiiType | 'custom')[] = [...PII_TYPES, 'custom'];

/** Type, mask mode and whether it is counted, in one small integer (no object per value). */
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
