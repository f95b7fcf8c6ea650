/**
 * The rows of a table section between `top` and `bottom` (viewport pixels), by binary search over their rectangles: O(log n)
 * layout reads. Hit-testing points (elementFromPoint) walks every row of a table and costs seconds
 * on a 10k-row table, so it is not used.
 */
export function visibleRows(section: HTMLTableSectionElement, top: number, bottom: number): HTMLTableRowElement[] {
  const rows = section.rows;
  let lo = 0;
  let hi = rows.length - 1;
  // First row whose bottom edge is below `top`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = rows[mid]?.getBoundingClientRect();
    if (rect && rect.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const out: HTMLTableRowElement[] = [];
  for (let i = lo; i < rows.length && out.length < 1000; i++) {
    const row = rows[i];
    if (!row) break;
    const rect = row.getBoundingClientRect();
    if (rect.top > bottom) break;
    if (rect.bottom >= top && rect.height > 0) out.push(row);
  }
  return out;
}
