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
    const entry: RowCache = { rows: null, observer: new Observer((records) => update(entry, records)) };
    entry.observer.observe(section, { childList: true });
    caches.set(section, (cache = entry));
  }
  // Mutation records are delivered as a microtask, after the code that changed the rows: a change
  // made earlier in the same task has not reached the observer yet. takeRecords() catches it.
  update(cache, cache.observer.takeRecords());
  return (cache.rows ??= Array.from(section.rows));
}

/**
 * Follows the section's row changes: rows appended at the end (infinite scroll, "load more") are
 * added to the array (rebuilding it took 3.5 ms at 10k rows on every append); any other change
 * rebuilds it on next use.
 */
function update(cache: RowCache, records: MutationRecord[]): void {
  for (const r of records) {
    const rows = cache.rows;
    if (!rows) return;
    if (r.removedNodes.length > 0) {
      cache.rows = null;
      return;
    }
    const added = r.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const n = added[i] as Node;
      if (n.nodeType !== 1) continue;
      // Appended: it follows the last row known (checked on the page as it is now, so rows
      // inserted elsewhere, or moved since, rebuild the list).
      if (
        (n as Element).tagName !== 'TR' ||
        n.parentNode === null ||
        (n as Element).previousElementSibling !== (rows[rows.length - 1] ?? null)
      ) {
        cache.rows = null;
        return;
      }
      rows.push(n as HTMLTableRowElement);
    }
  }
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
