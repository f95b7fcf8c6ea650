import { UI_ATTR } from './masker';
import { tagNames } from './walker';

/**
 * A value the page splits across inline elements: `<mark>ava</mark>.dummins@example.org` (an ESP
 * highlighting a search match), `noah@<b>example</b>.net`, `+44 <span>20 7946 0958</span>`.
 * Scanned text node by text node, such a value was found in part (the rest stayed readable) or not
 * at all. An inline run is the text of a block element (a cell, a paragraph, a <dd>) whose content
 * is only text and inline elements: it is scanned as one text, and each value is put back on the
 * text nodes it covers, a piece on each (PageScanner.scanRun).
 */
export interface InlineRun {
  /** The run's text nodes, in document order. */
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  text: string;
  /** The block element that holds the run. */
  block: Element;
}

/**
 * Elements that style or wrap part of a text without ending it (upper case: HTML documents), and
 * `<wbr>`, which pages put inside long addresses so that they can wrap.
 */
const INLINE_LIST = [
  'MARK',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'S',
  'SPAN',
  'A',
  'SMALL',
  'FONT',
  'ABBR',
  'SUB',
  'SUP',
  'Q',
  'CITE',
  'TIME',
  'DATA',
  'BDI',
  'WBR',
];
const INLINE = tagNames(INLINE_LIST);

/**
 * Elements without text that sit inside a line (an avatar, a status icon, a line break): the run
 * goes on past them, with a space (a line break for <br>) where they are, so a value never spans one.
 */
const SEPARATOR_LIST = ['IMG', 'SVG', 'PICTURE', 'BR'];
const SEPARATORS = tagNames(SEPARATOR_LIST);

/** Runs longer than this are left to the text nodes one by one (a run is scanned again whole when a node in it changes). */
const MAX_RUN_TEXT = 2_000;
const MAX_RUN_NODES = 64;

/**
 * The inline run `node` belongs to, or null when its text stands alone (the common case: a cell or
 * element holding one text node) or the block holds more than text and inline elements.
 */
export function inlineRun(node: Text): InlineRun | null {
  const parent = node.parentElement;
  if (!parent) return null;
  let block: Element = parent;
  while (INLINE.has(block.tagName) && block.parentElement) block = block.parentElement;
  if (block === parent && node.previousSibling === null && node.nextSibling === null) return null;
  return blockRun(block);
}

/**
 * The run of a block's whole content, or null when it holds one text node or less, anything but text
 * and inline elements, or more than the limits. Table cells whose markup is one text but whose DOM
 * holds several text nodes side by side (a framework renders `{local}@{domain}` so) are read with it.
 */
export function blockRun(block: Element): InlineRun | null {
  const run: InlineRun = { nodes: [], starts: [], text: '', block };
  return collect(block, run) && run.nodes.length > 1 ? run : null;
}

/** Appends the text nodes under `el` to the run; false at anything but text and inline elements, or past the limits. */
function collect(el: Element, run: InlineRun): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child as Text;
      if (run.nodes.length === MAX_RUN_NODES || run.text.length + text.data.length > MAX_RUN_TEXT) return false;
      run.starts.push(run.text.length);
      run.nodes.push(text);
      run.text += text.data;
    } else if (child.nodeType === 1) {
      const inner = child as Element;
      if (SEPARATORS.has(inner.tagName)) {
        // An icon or a line break between two texts: they do not run into each other.
        run.text += inner.tagName === 'BR' || inner.tagName === 'br' ? '\n' : ' ';
        continue;
      }
      if (!INLINE.has(inner.tagName) || inner.hasAttribute(UI_ATTR) || !collect(inner, run)) return false;
    }
    // Comments and processing instructions are not text: skipped.
  }
  return true;
}
