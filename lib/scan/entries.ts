import type { MaskMode } from '../policy/schema';
import type { Finding } from '../detectors/types';

/**
 * One detected value on the page: a text node and offsets (a StaticRange while it is highlighted),
 * never a copy of the value. Static ranges, because every live Range in a document is updated on every DOM mutation: 60k live ranges
 * would tax the ESP's own rendering. A changed text node is re-scanned instead.
 */
export interface MaskEntry {
  node: Text;
  /**
   * Made by the Masker when the value joins a highlight, and dropped when it leaves the window
   * around the viewport: 300k StaticRanges at 50k rows made every garbage collection slow.
   */
  range?: StaticRange;
  finding: Finding;
  mode: MaskMode;
  revealed: boolean;
}

/** The entry's StaticRange, made on first use. */
export function entryRange(e: MaskEntry): StaticRange {
  return (e.range ??= new StaticRange({
    startContainer: e.node,
    startOffset: e.finding.start,
    endContainer: e.node,
    endOffset: e.finding.end,
  }));
}

/** The value, read from the page only when needed (overlay text, copy guard); never stored. */
export function entryValue(e: MaskEntry): string {
  return e.node.data.slice(e.finding.start, e.finding.end);
}

/** Where the value is on screen (a temporary live Range, dropped right away). */
export function entryRect(e: MaskEntry): DOMRect {
  const r = e.node.ownerDocument.createRange();
  r.setStart(e.node, Math.min(e.finding.start, e.node.length));
  r.setEnd(e.node, Math.min(e.finding.end, e.node.length));
  return r.getBoundingClientRect();
}
