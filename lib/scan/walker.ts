import { UI_ATTR } from './masker';

/** Elements whose text is never page content. */
const SKIP_LIST = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CODE', 'PRE', 'CONFIDANT-MASKS'];
// Both cases, so the hot loop compares tagName as is (SVG and XHTML elements keep lower case).
const SKIP_TAGS = new Set([...SKIP_LIST, ...SKIP_LIST.map((t) => t.toLowerCase())]);

export const SKIP_SELECTOR = 'script, style, noscript, template, textarea, svg, code, pre, [data-confidant-ui]';

/**
 * A resumable walk over the text under one root: whole element subtrees are skipped without a
 * per-node filter callback (callbacks cost 5x, docs/benchmarks.md), and open shadow roots met on
 * the way are handed back so the scanner can queue them.
 */
export class TextWalk {
  private readonly walker: TreeWalker;
  done = false;

  constructor(
    readonly root: Node,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // SHOW_ELEMENT | SHOW_TEXT
    this.walker = doc.createTreeWalker(root, 0x1 | 0x4);
  }

  /** The next text node, or null when the walk is over. */
  next(): Text | null {
    const w = this.walker;
    let node = w.nextNode();
    while (node) {
      if (node.nodeType === 3) return node as Text;
      const el = node as Element;
      if (SKIP_TAGS.has(el.tagName) || el.hasAttribute(UI_ATTR)) {
        node = this.skipSubtree();
        continue;
      }
      if (el.shadowRoot) this.onShadowRoot(el.shadowRoot);
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
