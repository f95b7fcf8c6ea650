/**
 * The rows of a table section, as an array kept per section and updated from the section's own
 * row changes (a childList observer on the section, not its subtree). Why: `section.rows[i]` on a
 * live collection walks the DOM again after any change to the section, so a search after every
 * appended batch would pay it (about 5 ms at 50k rows), and more in the isolated world.
 *
 * The array is listed from the first row only as far as a search needs (the rows down to the
 * window's bottom, a chunk at a time): listing all 50k rows at once gave each a wrapper in the
 * isolated world (about 25 ms, and the scavenges after it), one long task at the start of a scan,
 * while the viewport is usually near the top.
 */
interface RowCache {
  /** The section's first rows in order; all of them once `complete`. */
  rows: HTMLTableRowElement[];
  complete: boolean;
  observer: MutationObserver;
}
const caches = new WeakMap<HTMLTableSectionElement, RowCache>();

/** Rows listed at a time (about 2 ms where each row needs a new wrapper). */
const LIST_CHUNK = 4000;

/** The section's row list, brought up to date with the changes the page made since the last call. */
function sectionCache(section: HTMLTableSectionElement): RowCache {
  let cache = caches.get(section);
  if (!cache) {
    const Observer = section.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
    const entry: RowCache = { rows: [], complete: false, observer: new Observer((records) => update(entry, records)) };
    entry.observer.observe(section, { childList: true });
    caches.set(section, (cache = entry));
  }
  // Mutation records are delivered as a microtask, after the code that changed the rows: a change
  // made earlier in the same task has not reached the observer yet. takeRecords() catches it.
  update(cache, cache.observer.takeRecords());
  return cache;
}

/** The section's rows, listed at least down to the first one below `bottom` (or all of them). */
function rowsDownTo(section: HTMLTableSectionElement, bottom: number): HTMLTableRowElement[] {
  const cache = sectionCache(section);
  const rows = cache.rows;
  while (!cache.complete) {
    const last = rows[rows.length - 1];
    if (last && last.getBoundingClientRect().top > bottom) break;
    listMore(cache, section);
  }
  return rows;
}

/** Lists up to LIST_CHUNK more rows, after the last one listed. */
function listMore(cache: RowCache, section: HTMLTableSectionElement): void {
  const rows = cache.rows;
  const last = rows[rows.length - 1];
  let el = last ? last.nextElementSibling : section.firstElementChild;
  for (let n = 0; el && n < LIST_CHUNK; el = el.nextElementSibling, n++) {
    if (el.tagName === 'TR') rows.push(el as HTMLTableRowElement);
  }
  cache.complete = el === null;
}

/** Starts the list over (rows removed, inserted or moved: its order no longer holds). */
function relist(cache: RowCache): void {
  cache.rows = [];
  cache.complete = false;
}

/**
 * Follows the section's row changes: rows appended at the end (infinite scroll, "load more") are
 * added to the array (rebuilding it took 3.5 ms at 10k rows on every append), or, while the list
 * is incomplete, left for `listMore` to reach when needed; any other change starts the list over.
 */
function update(cache: RowCache, records: MutationRecord[]): void {
  for (const r of records) {
    // Appended at the end (nothing after the added nodes), nothing removed.
    if (r.removedNodes.length > 0 || r.nextSibling !== null) {
      relist(cache);
      return;
    }
    const added = r.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const n = added[i] as Node;
      if (n.nodeType !== 1) continue;
      if ((n as Element).tagName !== 'TR' || n.parentNode === null) {
        relist(cache);
        return;
      }
      if (!cache.complete) {
        // `listMore` reaches it if it is still at the end: only nodes of the same batch follow it.
        const next = n.nextSibling;
        if (next !== null && next !== added[i + 1]) {
          relist(cache);
          return;
        }
        continue;
      }
      // It follows the last row known (checked on the page as it is now: rows moved since start over).
      const rows = cache.rows;
      if ((n as Element).previousElementSibling !== (rows[rows.length - 1] ?? null)) {
        relist(cache);
        return;
      }
      rows.push(n as HTMLTableRowElement);
    }
  }
}

/** Rows on screen and where each sits among the section's <tr>s (the scanner's pass counts them so). */
export interface RowSpan {
  rows: HTMLTableRowElement[];
  indices: number[];
}

/**
 * The rows of a table section between `top` and `bottom` (viewport pixels), by binary search over their rectangles: O(log n)
 * layout reads. Hit-testing points (elementFromPoint) walks every row of a table and costs seconds
 * on a 10k-row table, so it is not used.
 */
export function visibleRowSpan(section: HTMLTableSectionElement, top: number, bottom: number): RowSpan {
  const rows = rowsDownTo(section, bottom);
  let lo = 0;
  let hi = rows.length - 1;
  // First row whose bottom edge is below `top`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = rows[mid]?.getBoundingClientRect();
    if (rect && rect.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const out: RowSpan = { rows: [], indices: [] };
  for (let i = lo; i < rows.length && out.rows.length < 1000; i++) {
    const row = rows[i];
    if (!row) break;
    const rect = row.getBoundingClientRect();
    if (rect.top > bottom) break;
    if (rect.bottom >= top && rect.height > 0) {
      out.rows.push(row);
      out.indices.push(i);
    }
  }
  return out;
}

export function visibleRows(section: HTMLTableSectionElement, top: number, bottom: number): HTMLTableRowElement[] {
  return visibleRowSpan(section, top, bottom).rows;
}
