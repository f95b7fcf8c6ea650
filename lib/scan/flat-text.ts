import { UI_ATTR } from './masker';
import { shadowRootOf } from './shadow-roots';

/** Elements that start and end a line of the copied text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
/** Blocks followed by a blank line (Chromium's copy: not headings, whose margin is small for their font). */
const PARAGRAPHS = new Set(['p']);
const CELLS = new Set(['td', 'th']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** Text, or the number of line breaks a block boundary asks for (adjacent ones give the largest). */
type Piece = string | number;

/**
 * The text of a selection as the browser copies it, shadow roots included. `Selection.toString()`
 * leaves out what web components render in their shadow roots (open and closed), but Chromium's
 * copy puts it on the clipboard: a copy guard that masked only `toString()` let a contact card's
 * values through. Used by the copy guard when the selection holds shadow roots; otherwise the
 * browser's own `toString()` is the text.
 *
 * An approximation of the browser's rendering (the `innerText` rules): block elements start and end
 * lines, paragraphs are followed by a blank line, table cells are separated by tabs, white space
 * collapses outside `<pre>`, hidden elements, scripts and styles are left out, and a shadow root's
 * `<slot>` shows the light children assigned to it.
 */
export function flatText(range: Range): string {
  const out: Piece[] = [];
  emit(range.commonAncestorContainer, range, false, out);
  let text = '';
  let breaks = 0;
  for (const piece of out) {
    if (typeof piece === 'number') {
      breaks = Math.max(breaks, piece);
      continue;
    }
    // White space at the start of a line does not show; no breaks before the first text.
    const part = breaks > 0 || text === '' ? piece.replace(/^[ \t]+/, '') : piece;
    if (part === '') continue;
    if (text !== '' && breaks > 0) text = text.replace(/[ \t]+$/, '') + '\n'.repeat(breaks);
    breaks = 0;
    text += part;
  }
  return text.replace(/[ \t]+$/, '');
}

/** Appends a node's text; `range` bounds the page's own nodes (null inside a shadow root: all of it). */
function emit(node: Node, range: Range | null, pre: boolean, out: Piece[]): void {
  if (node.nodeType === 3) {
    const t = node as Text;
    const from = range && t === range.startContainer ? range.startOffset : 0;
    const to = range && t === range.endContainer ? range.endOffset : t.length;
    const data = t.data.slice(from, to);
    out.push(pre ? data : data.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
  const el = node.nodeType === 1 ? (node as Element) : null;
  const name = el?.localName ?? '';
  if (el) {
    if (SKIPPED.has(name) || el.hasAttribute(UI_ATTR) || !shows(el)) return;
    if (name === 'br') {
      out.push('\n'); // a line break in the text, not a block boundary: breaks do not merge into it
      return;
    }
  }
  const paragraph = PARAGRAPHS.has(name);
  const block = paragraph || BLOCKS.has(name);
  if (block) out.push(1);
  const inPre = pre || name === 'pre' || name === 'textarea';
  const shadow = el ? shadowRootOf(el) : null;
  if (shadow) {
    emitChildren(shadow, null, inPre, out);
  } else if (name === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) for (const n of assigned) emit(n, null, inPre, out);
    else emitChildren(node, null, inPre, out);
  } else {
    emitChildren(node, range, inPre, out);
  }
  if (CELLS.has(name)) out.push('\t');
  // Chromium's copy sets a paragraph off by a blank line after it, not before.
  if (block) out.push(paragraph ? 2 : 1);
}

function emitChildren(parent: Node, range: Range | null, pre: boolean, out: Piece[]): void {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (range === null || range.intersectsNode(c)) emit(c, range, pre, out);
  }
}

interface VisibilityCheck {
  checkVisibility?: () => boolean;
}

/**
 * Rendered (not `display: none`, not inside such an element); a browser without the check shows
 * all. An element with `display: contents` (a `<slot>`, a layout wrapper) has no box of its own, so
 * the check says no: its children are then checked one by one.
 */
function shows(el: Element): boolean {
  const check = (el as Element & VisibilityCheck).checkVisibility;
  if (!check || check.call(el)) return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}
