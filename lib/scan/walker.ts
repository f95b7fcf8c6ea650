import { shadowRootOf } from './shadow-roots';
import { UI_ATTR } from './masker';

/** Elements whose text is never page content. */
const SKIP_LIST = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CODE', 'PRE', 'CONFIDANT-MASKS'];
const SKIP_TAGS = tagNames(SKIP_LIST);

/**
 * Tag names in both cases, so hot loops compare `tagName` as is (upper case in HTML documents; SVG
 * and XHTML elements keep lower case).
 */
export function tagNames(upper: readonly string[]): Set<string> {
  return new Set([...upper, ...upper.map((t) => t.toLowerCase())]);
}

export const SKIP_SELECTOR = 'script, style, noscript, template, textarea, svg, code, pre, [data-confidant-ui]';

/**
 * A resumable walk over the text under one root: whole element subtrees are skipped without a
 * per-node filter callback (callbacks cost 5x, docs/benchmarks.md), and open shadow roots met on
 * the way are handed back so the scanner can queue them. With `sections`, a table body is handed
 * back whole instead of walked (the scanner reads it row by row, cell by cell: visiting every cell
 * element and its text node through the walker cost twice the wrappers in the content script's
 * isolated world).
 */
export class TextWalk {
  private readonly walker: TreeWalker;
  /** The last node handed back was a table body: the next step skips its subtree. */
  private skipNext = false;
  done = false;

  constructor(
    readonly root: Node,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    private readonly sections = false,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // SHOW_ELEMENT | SHOW_TEXT
    this.walker = doc.createTreeWalker(root, 0x1 | 0x4);
    // The walker visits the root's descendants, never the root: a web component added to the page
    // is the root of its own walk, and its shadow root would be missed.
    const host = root.nodeType === 1 ? shadowRootOf(root as Element) : null;
    if (host) onShadowRoot(host);
  }

  /** The next text node (or, with `sections`, table body), or null when the walk is over. */
  next(): Text | HTMLTableSectionElement | null {
    const w = this.walker;
    let node: Node | null;
    if (this.skipNext) {
      this.skipNext = false;
      node = this.skipSubtree();
    } else {
      node = w.nextNode();
    }
    while (node) {
      if (node.nodeType === 3) return node as Text;
      const el = node as Element;
      if (SKIP_TAGS.has(el.tagName) || el.hasAttribute(UI_ATTR)) {
        node = this.skipSubtree();
        continue;
      }
      const shadow = shadowRootOf(el);
      if (shadow) this.onShadowRoot(shadow);
      if (this.sections && isTableBody(el)) {
        this.skipNext = true;
        return el;
      }
      node = w.nextNode();
    }
    this.done = true;
    return null;
  }

  private skipSubtree(): Node | null {
    const w = this.walker;
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      const parent = w.parentNode();
      if (!parent || parent === this.root) return null;
    }
  }
}

/** True when the text node sits inside a skipped element (for nodes queued directly by mutations). */
export function isSkippedText(node: Text): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (SKIP_TAGS.has(el.tagName) || el.hasAttribute(UI_ATTR)) return true;
  }
  return false;
}

/** A <tbody> of a plain <table> (its cells are labelled by the table's header row). */
export function isTableBody(el: Element): el is HTMLTableSectionElement {
  return el.tagName === 'TBODY' && el.parentElement?.tagName === 'TABLE';
}
