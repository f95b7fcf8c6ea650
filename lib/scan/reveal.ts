import type { PiiType } from '../pii/types';
import type { MaskEntry } from './entries';
import { askReason } from './prompt';
import { shadowRootOf } from './shadow-roots';
import type { PageScanner } from './scanner';

export interface RevealOptions {
  doc: Document;
  scanner: PageScanner;
  requiresReason: () => boolean;
  message: () => string | undefined;
  /** Logs the reveal (type and count only; the reason is the user's own words). */
  log: (type: PiiType, reason: string | null) => Promise<void>;
  signal: AbortSignal;
}

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** Shadow roots nested deeper than this under one point are not entered. */
const MAX_SHADOW_DEPTH = 8;

/**
 * The shadow roots, open or closed, of the components under a point, outermost first: each
 * scope's element at the point is a host whose root is the next scope. The caret lookup enters
 * only the shadow roots it is given.
 */
function shadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let scope: Document | ShadowRoot = doc;
  for (let depth = 0; depth < MAX_SHADOW_DEPTH; depth++) {
    const el: Element | null = scope.elementFromPoint(x, y);
    const root: ShadowRoot | null = el ? shadowRootOf(el) : null;
    if (!root || roots.includes(root)) break;
    roots.push(root);
    scope = root;
  }
  return roots;
}

/** The masked entry under a point, found through the caret position (highlights take no events). */
export function entryAt(doc: Document, scanner: PageScanner, x: number, y: number): MaskEntry | null {
  const d = doc as Document & CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  const roots = shadowRootsAt(doc, x, y);
  const pos = roots.length > 0 ? d.caretPositionFromPoint?.(x, y, { shadowRoots: roots }) : d.caretPositionFromPoint?.(x, y);
  if (pos) {
    node = pos.offsetNode;
    offset = pos.offset;
  } else {
    const r = d.caretRangeFromPoint?.(x, y);
    if (r) {
      node = r.startContainer;
      offset = r.startOffset;
    }
  }
  if (!node || node.nodeType !== 3) return null;
  // The caret sits between characters: a click on the last glyph reports offset === end.
  return scanner.entriesOf(node as Text).find((e) => e.mode !== 'off' && !e.revealed && offset >= e.start && offset <= e.end) ?? null;
}

/** Click on a masked value reveals that one value (after a reason, when policy asks for one). */
export function installReveal(options: RevealOptions): void {
  const { doc, scanner } = options;
  const onClick = (event: MouseEvent) => {
    const entry = entryAt(doc, scanner, event.clientX, event.clientY);
    if (!entry || entry.type === 'custom') return;
    // The click was meant for the value, not for the row link behind it.
    event.preventDefault();
    event.stopPropagation();
    const type = entry.type;
    const reveal = (reason: string | null) => {
      scanner.reveal(entry);
      void options.log(type, reason).catch(() => undefined);
    };
    if (!options.requiresReason()) return reveal(null);
    void askReason(doc, options.message() ?? 'Why do you need to see this value? Your reason is logged.').then((reason) => {
      if (reason) reveal(reason);
    });
  };
  doc.addEventListener('click', onClick, { capture: true, signal: options.signal });

  /**
   * A `<select>` whose options show masked labels (option-labels.ts): opening it is asking to see
   * them, since its popup is drawn by the browser and no value in it can be clicked. Each value is
   * revealed and logged as one reveal, before the popup opens (the labels go in a microtask); when
   * policy asks for a reason, the select stays closed until the user gives one.
   */
  let asking = false;
  const onOpenSelect = (event: Event) => {
    // The select itself, or one of its options (a list box shows them in the page).
    const target = (event.composedPath()[0] ?? null) as Element | null;
    const select = typeof target?.closest === 'function' ? target.closest('select') : null;
    if (!event.isTrusted || !select || asking) return;
    if (event.type === 'keydown' && !OPENING_KEYS.has((event as KeyboardEvent).key)) return;
    const range = doc.createRange();
    range.selectNodeContents(select);
    const entries = scanner.entriesIn(range).filter((e) => e.mode !== 'off' && !e.revealed && e.type !== 'custom');
    if (entries.length === 0) return;
    const reveal = (reason: string | null) => {
      for (const entry of entries) {
        scanner.reveal(entry);
        void options.log(entry.type as PiiType, reason).catch(() => undefined);
      }
    };
    if (!options.requiresReason()) return reveal(null);
    event.preventDefault();
    asking = true;
    void askReason(doc, options.message() ?? 'Why do you need to see these values? Your reason is logged.').then((reason) => {
      asking = false;
      if (reason) reveal(reason);
    });
  };
  doc.addEventListener('mousedown', onOpenSelect, { capture: true, signal: options.signal });
  doc.addEventListener('keydown', onOpenSelect, { capture: true, signal: options.signal });
}

/** Keys that open a focused `<select>`'s popup, or step through its options (showing each one's label). */
const OPENING_KEYS = new Set([' ', 'Enter', 'ArrowDown', 'ArrowUp', 'F4', 'PageDown', 'PageUp', 'Home', 'End']);
