import { UI_ATTR } from './masker';

/**
 * The nearest element on an event's path that `matches` (the tooltip's `title` holder, the link
 * whose address the browser shows), or null: none in Confidant's own UI, whose notices and prompts
 * hold no page content. Read by property, not `instanceof`: a same-origin frame's nodes come from
 * another realm, and the path ends with the document and the window.
 */
export function nearestOnPath(path: readonly EventTarget[], matches: (el: Element) => boolean): Element | null {
  for (const target of path) {
    const el = target as Element;
    if (typeof el.hasAttribute !== 'function') continue;
    if (el.hasAttribute(UI_ATTR)) return null;
    if (matches(el)) return el;
  }
  return null;
}
