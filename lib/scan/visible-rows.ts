/**
 * The rows of a table section that are on screen, by binary search over their rectangles: O(log n)
 * layout reads. Hit-testing points (elementFromPoint) walks every row of a table and costs seconds
 * on a 10k-row table, so it is not used.
 */
export function visibleRows(section: HTMLTableSectionElement, viewportHeight: number): HTMLTableRowElement[] {
  const rows = section.rows;
  let lo = 0;
  let hi = rows.length - 1;
  // First row whose bottom edge is below the top of the viewport.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = rows[mid]?.getBoundingClientRect();
    if (rect && rect.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  const out: HTMLTableRowElement[] = [];
  for (let i = lo; i < rows.length && out.length < 400; i++) {
    const row = rows[i];
    if (!row) break;
    const rect = row.getBoundingClientRect();
    if (rect.top > viewportHeight) break;
    if (rect.bottom >= 0 && rect.height > 0) out.push(row);
  }
  return out;
}
