/**
 * A Map that empties itself once it holds more than `limit` entries. For caches keyed by labels
 * (column headers, field names) and template strings: there are few of them, so a page of odd
 * ones must not grow the cache forever, and clearing is O(1) and cheap to re-fill. An LRU would
 * pay bookkeeping on every hit to keep entries that are cheap to compute again.
 *
 * Get, then set on a miss: `cache.get(k) ?? cache.set(k, compute(k))` (or an `=== undefined` test
 * when `null` is a value worth caching). No compute callback: the caches sit on per-cell paths, and
 * a callback would mean a closure per call or one call site shared by every cache.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Stores `value` (after emptying the cache if it is over its limit) and returns it. */
  set(key: K, value: V): V {
    if (this.map.size > this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
