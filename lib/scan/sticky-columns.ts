import type { ClipBox } from './clip';

/**
 * A table's sticky columns: contact tables pin their name (or checkbox) column to the left edge of
 * a panel that scrolls sideways, and the other columns' cells slide under it. Confidant's overlays
 * live in a layer above the page, so without this the masked addresses of the scrolled columns
 * were drawn over the pinned names. The highlight keeps a value masked where a column covers it.
 */

/**
 * The indexes of the cells of the table's first body row that stick sideways, looked up once per
 * table: a computed style per cell and draw cost more than the draw's clipping (as for the header).
 */
const stickyIndexes = new WeakMap<HTMLTableElement, readonly number[]>();

const NONE: readonly number[] = Object.freeze([]);

function stickyColumnIndexes(table: HTMLTableElement): readonly number[] {
  const known = stickyIndexes.get(table);
  if (known) return known;
  const row = firstBodyRow(table);
  const view = table.ownerDocument.defaultView;
  // A table with no body row yet is looked at again at the next draw.
  if (!row || !view) return NONE;
  const found: number[] = [];
  for (const cell of row.cells) {
    const style = view.getComputedStyle(cell);
    if (style.position === 'sticky' && (offset(style.left) || offset(style.right))) found.push(cell.cellIndex);
  }
  const indexes = found.length > 0 ? Object.freeze(found) : NONE;
  stickyIndexes.set(table, indexes);
  return indexes;
}

/**
 * The boxes of the table's sticky columns other than the one the cell is in, for one draw: each
 * column's left and right from its cell in the first body row (sticky cells of a column move
 * together), over the table's height. Empty for a table with none, or a cell outside a table body.
 */
export function stickyColumnsBeside(cell: HTMLTableCellElement, table: HTMLTableElement): ClipBox[] {
  const indexes = stickyColumnIndexes(table);
  if (indexes.length === 0 || cell.closest('thead')) return [];
  const row = firstBodyRow(table);
  if (!row) return [];
  const across = table.getBoundingClientRect();
  const boxes: ClipBox[] = [];
  for (const index of indexes) {
    if (index === cell.cellIndex) continue;
    const box = row.cells[index]?.getBoundingClientRect();
    if (box && box.width > 0) boxes.push({ left: box.left, right: box.right, top: across.top, bottom: across.bottom });
  }
  return boxes;
}

/** Whether a sticky offset is set (`auto` when it is not; empty in test DOMs that compute no layout). */
const offset = (value: string) => value !== 'auto' && value !== '';

function firstBodyRow(table: HTMLTableElement): HTMLTableRowElement | null {
  return table.querySelector(':scope > tbody > tr');
}
