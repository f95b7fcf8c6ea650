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
}
