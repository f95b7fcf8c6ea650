import { UI_ATTR } from './masker';

/**
 * The page's fixed and sticky elements outside its tables: an app bar the rows scroll under when
 * the window scrolls, a sticky filter bar, a cookie banner. Confidant's overlays live in a layer
 * above the whole page, so without this every row that scrolled under a fixed app bar had its
 * masked form drawn over the bar.
 *
 * Also a dropdown a popper library mounts under `<body>`, with no role (floatsWhenAdded).
 *
 * Found by a walk of the document in order, bounded: app bars and banners come early in it, and a
 * computed style for every element of a 10k-row page would cost hundreds of milliseconds. Tables,
 * grids and lists are not entered (their rows hold no app bar; a sticky column header is clip.ts's).
 */

/** Elements looked at, at most, in one search (a computed style each: 3,000 took 9 ms in a page of cards). */
export const MAX_PINNED_SCAN = 2000;

/** Subtrees not entered: their many descendants are rows and cells, not app bars. */
const SKIPPED_TAGS = new Set(['table', 'svg', 'script', 'style', 'template', 'select', 'ul', 'ol', 'dl', 'iframe', 'canvas']);
const SKIPPED_ROLES = new Set(['grid', 'table', 'treegrid', 'list', 'rowgroup', 'row', 'listbox', 'tree']);

/** Whether the element is fixed or sticky (its own box; not an ancestor's). */
function isPinned(el: Element): boolean {
  const position = el.ownerDocument.defaultView?.getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky';
}

/** Headers a page may pin from script as the window scrolls (a class that makes them fixed): watched, at most this many. */
const MAX_WATCHED = 20;

/**
 * The fixed and sticky elements among the first MAX_PINNED_SCAN elements under `root`, outermost
 * only. With `watch`, the app's headers and navigation that are not pinned now are added to it:
 * many pages pin their header from script once the window scrolls.
 */
export function findPinned(root: Element, limit = MAX_PINNED_SCAN, watch?: Element[]): Element[] {
  const found: Element[] = [];
  let seen = 0;
  let el: Element | null = root.firstElementChild;
  while (el && seen < limit) {
    seen++;
    const skip = SKIPPED_TAGS.has(el.localName) || SKIPPED_ROLES.has(el.getAttribute('role') ?? '') || el.hasAttribute(UI_ATTR);
    if (!skip && isPinned(el)) {
      found.push(el);
      el = nextOutside(el, root); // what a pinned element holds moves with it
      continue;
    }
    if (!skip && watch && watch.length < MAX_WATCHED && isHeaderLike(el)) watch.push(el);
    el = (skip ? null : el.firstElementChild) ?? nextOutside(el, root);
  }
  return found;
}

/** An app bar or navigation by its element or role. */
function isHeaderLike(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'header' || el.localName === 'nav' || role === 'banner' || role === 'navigation';
}

/** Whether a watched header is pinned now (the page changed its class or style). */
export function pinnedNow(el: Element): boolean {
  return el.isConnected && isPinned(el);
}

/** The element after `el` and its descendants, in document order, within `root`. */
function nextOutside(el: Element, root: Element): Element | null {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/**
 * Whether an element the page added floats over the content: fixed or sticky, or absolutely
 * positioned straight under `<body>`, where popper libraries mount a dropdown with no role.
 */
export function floatsWhenAdded(el: Element): boolean {
  if (isRowLike(el)) return false;
  const position = el.ownerDocument.defaultView?.getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky' || (position === 'absolute' && el.parentElement === el.ownerDocument.body);
}

/** Whether the element is a table part or a row of a list: an added one is no app bar, and needs no computed style. */
export function isRowLike(el: Element): boolean {
  return /^(tr|td|th|tbody|thead|tfoot|li|option)$/.test(el.localName) || SKIPPED_ROLES.has(el.getAttribute('role') ?? '');
}
