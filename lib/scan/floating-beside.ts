import { UI_ATTR } from './masker';
import { isRowLike } from './pinned-elements';

/**
 * The floating elements beside what the user just clicked: a dropdown the page keeps in the
 * document next to its toggle and opens by a class (`.dropdown-menu.show`), with no ARIA role for
 * covering-ui.ts to find it by. Found when the click happens, so nothing is searched while the page
 * is left alone: the menu named by the toggle's `aria-controls`, and the absolutely positioned or
 * fixed children of the clicked element's nearest ancestors (a menu sits in its toggle's wrapper).
 */

/** Ancestors of the clicked element whose children are looked at. */
const LEVELS = 3;
/** A parent with more children than this holds rows or cards, not a toggle and its menu. */
const MAX_CHILDREN = 24;

export function floatingBeside(target: Element): Element[] {
  const found: Element[] = [];
  const root = target.getRootNode() as Document | ShadowRoot;
  const controls = target.closest('[aria-controls]')?.getAttribute('aria-controls') ?? '';
  for (const id of controls.split(/\s+/)) {
    const el = id ? root.getElementById(id) : null;
    if (el && floats(el)) found.push(el);
  }
  const top = target.ownerDocument.body;
  let at = target;
  for (let level = 0; level < LEVELS; level++) {
    const parent = at.parentElement;
    if (!parent || parent === top || parent.hasAttribute(UI_ATTR)) break;
    if (parent.childElementCount <= MAX_CHILDREN) {
      for (const child of parent.children) if (child !== at && !found.includes(child) && floats(child)) found.push(child);
    }
    at = parent;
  }
  return found;
}

/** Positioned out of the flow, over what follows it (whether it shows now or not: it may open after the click). */
export function floats(el: Element): boolean {
  if (isRowLike(el) || el.hasAttribute(UI_ATTR)) return false;
  const position = el.ownerDocument.defaultView?.getComputedStyle(el).position;
  return position === 'absolute' || position === 'fixed';
}
