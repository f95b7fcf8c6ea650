import { PII_TYPES, type PiiType } from '../pii/types';
import { MASK_MODES, type MaskMode } from '../policy/schema';

/**
 * The values found in a table row's plain cells (those read from the row's markup, row-cells.ts),
 * kept on the row as numbers until something needs their text nodes.
 *
 * Why: recording a value on its text node (entries.ts) meant reaching the cell and the text node
 * through the DOM, and every node a content script touches gets a wrapper in its isolated world
 * (about twice a page script's cost), which the entry then kept alive: most of the heap at 50k
 * rows, and the major GC pauses. The row already has a wrapper (its markup was read through it);
 * its values cost one small array. They are put on their text nodes ("resolved") only when the row
 * comes near the viewport (the Masker's window), or when reveal or the copy guard asks.
 *
 * A row's state, for the scan now in force:
 * - `compact`: `values` holds every value of the cells before `from`; those cells' text nodes hold
 *   no entries. Cells from `from` on were read through the DOM: their values are on their nodes.
 * - `resolved`: the values are on the text nodes (entries.ts), as found; a re-read skips the row.
 * - `changed`: the page changed the row's cells; its values are on its text nodes and each re-read
 *   goes through the DOM, node by node, as text outside rows does.
 */
export interface RowValues {
  epoch: number;
  state: 'compact' | 'resolved' | 'changed';
  /** Four numbers per value: cell index, start, end, code (valueCode). Empty unless `compact`. */
  values: readonly number[];
  /** The first cell read through the DOM, or -1 when the whole row was read from its markup. */
  from: number;
}

export const NO_VALUES: readonly number[] = Object.freeze([]);

/** Numbers per value in `RowValues.values`. */
export const VALUE_STRIDE = 4;

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
const ROW_VALUES = Symbol('confidant.rowValues');
type TaggedRow = Element & { [ROW_VALUES]?: RowValues | undefined };

/** The row's values recorded by scan `epoch`, if any. */
export function rowValues(row: Element, epoch: number): RowValues | undefined {
  const v = (row as TaggedRow)[ROW_VALUES];
  return v !== undefined && v.epoch === epoch ? v : undefined;
}

export function setRowValues(row: Element, values: RowValues | undefined): void {
  // Assigned, never deleted (a deleted property turns the wrapper into a slow dictionary object).
  (row as TaggedRow)[ROW_VALUES] = values;
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
