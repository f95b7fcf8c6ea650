/**
 * The rows of a table section, as an array kept per section and rebuilt only after the section's
 * own rows change (a childList observer on the section, not its subtree). Why: `section.rows[i]`
 * on a live collection walks the DOM from the last index it served, so a binary search over a
 * 50k-row collection walks most of the table on every draw (about 40 ms each).
 */
interface RowCache {
  rows: HTMLTableRowElement[] | null;
  observer: MutationObserver;
}
const caches = new WeakMap<HTMLTableSectionElement, RowCache>();

function sectionRows(section: HTMLTableSectionElement): HTMLTableRowElement[] {
  let cache = caches.get(section);
  if (!cache) {
    const Observer = section.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
    const entry: RowCache = { rows: null, observer: new Observer(() => (entry.rows = null)) };
    entry.observer.observe(section, { childList: true });
    caches.set(section, (cache = entry));
  }
  // Mutation records are delivered as a microtask, after the code that changed the rows: a change
  // made earlier in the same task has not reached the observer yet. takeRecords() catches it.
  if (cache.observer.takeRecords().length > 0) cache.rows = null;
  return (cache.rows ??= Array.from(section.rows));
}

/**
 * The rows of a table section between `top` and `bottom` (viewport pixels), by binary search over their rectangles: O(log n)
 * layout reads. Hit-testing points (elementFromPoint) walks every row of a table and costs seconds
 * on a 10k-row table, so it is not used.
 */
export function visibleRows(section: HTMLTableSectionElement, top: number, bottom: number): HTMLTableRowElement[] {
  const rows = sectionRows(section);
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
