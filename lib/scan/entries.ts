import type { PiiType } from '../pii/types';
import type { MaskMode } from '../policy/schema';

/**
 * One detected value on the page: a text node and offsets (a StaticRange while it is highlighted),
 * never a copy of the value. Static ranges, because every live Range in a document is updated on
 * every DOM mutation: 60k live ranges would tax the ESP's own rendering. A changed text node is
 * re-scanned instead.
 *
 * Small on purpose (tens of thousands live at 50k rows, and every major GC marks them all): the
 * detector's Finding is not kept (its fields and its context-word array would double what each
 * value retains), and a node's values are chained through `next` instead of held in an array.
 */
export interface MaskEntry {
  node: Text;
  start: number;
  end: number;
  type: PiiType | 'custom';
  mode: MaskMode;
  /** Counted in the page's PiiCounts: built-in types, except a name part in its own column. */
  counted: boolean;
  revealed: boolean;
  /**
   * Made by the Masker when the value joins a highlight, and dropped when it leaves the window
   * around the viewport: 300k StaticRanges at 50k rows made every garbage collection slow.
   */
  range: StaticRange | undefined;
  /** The next value in the same text node. */
  next: MaskEntry | undefined;
  /** The scan (PageScanner epoch) that made it: entries of an earlier page view are ignored. */
  epoch: number;
}

/** A new entry, every one with the same fields in the same order (one object shape for V8). */
export function newEntry(
  node: Text,
  start: number,
  end: number,
  type: MaskEntry['type'],
  mode: MaskMode,
  counted: boolean,
  epoch: number,
): MaskEntry {
  // No StaticRange yet: the Masker makes one when the value joins a highlight.
  return { node, start, end, type, mode, counted, revealed: false, range: undefined, next: undefined, epoch };
}

/**
 * A node's first entry lives on the node itself (an expando on the isolated world's wrapper, which
 * the page never sees). A Map keyed by 300k text nodes grew by rehashing in one go (tens of ms in
 * a slice) and made every GC walk its table; a property costs neither.
 */
const ENTRIES = Symbol('confidant.entries');
type Tagged = Text & { [ENTRIES]?: MaskEntry | undefined };

/** The first entry of `node` made by scan `epoch`, if any. */
export function firstEntry(node: Text, epoch: number): MaskEntry | undefined {
  const e = (node as Tagged)[ENTRIES];
  return e !== undefined && e.epoch === epoch ? e : undefined;
}

export function setFirstEntry(node: Text, entry: MaskEntry | undefined): void {
  // Assigned, never deleted: deleting a property would turn the wrapper into a slow dictionary object.
  (node as Tagged)[ENTRIES] = entry;
}

/** The entry's StaticRange, made on first use. */
export function entryRange(e: MaskEntry): StaticRange {
  return (e.range ??= new StaticRange({
    startContainer: e.node,
    startOffset: e.start,
    endContainer: e.node,
    endOffset: e.end,
  }));
}

/** The value, read from the page only when needed (overlay text, copy guard); never stored. */
export function entryValue(e: MaskEntry): string {
  return e.node.data.slice(e.start, e.end);
}

/**
 * The pieces of a value the page split across text nodes (`<mark>ava</mark>.dummins@…`,
 * inline-run.ts), in text order, shared by every piece. Kept beside the entries, not on them: only
 * split values pay for it, and entries are small on purpose.
 */
const PIECES = new WeakMap<MaskEntry, readonly MaskEntry[]>();

/** Marks entries as the pieces of one value. */
export function joinPieces(pieces: readonly MaskEntry[]): void {
  if (pieces.length < 2) return;
  for (const p of pieces) PIECES.set(p, pieces);
}

/** The pieces of the value `e` belongs to: `[e]` for a value held whole by one text node. */
export function piecesOf(e: MaskEntry): readonly MaskEntry[] {
  return PIECES.get(e) ?? [e];
}

/** Whether `e` is the first piece of its value, or a value held whole by one text node: it stands for the value in counts. */
export function isFirstPiece(e: MaskEntry): boolean {
  const pieces = PIECES.get(e);
  return pieces === undefined || pieces[0] === e;
}

/** The whole value an entry is part of, read from the page (its pieces' texts joined). */
export function wholeValue(e: MaskEntry): string {
  const pieces = PIECES.get(e);
  return pieces ? pieces.map(entryValue).join('') : entryValue(e);
}

/** Where the value is on screen (a temporary live Range, dropped right away). */
export function entryRect(e: MaskEntry): DOMRect {
  const r = e.node.ownerDocument.createRange();
  r.setStart(e.node, Math.min(e.start, e.node.length));
  r.setEnd(e.node, Math.min(e.end, e.node.length));
  return r.getBoundingClientRect();
}
