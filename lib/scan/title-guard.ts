import { nearestOnPath } from './event-path';
import type { PageScanner } from './scanner';
import { maskFound, maskRepeated, type TextValue } from './text-values';

export interface TitleGuardOptions {
  doc: Document;
  scanner: PageScanner;
  /** Finds values in plain text with the policy's settings (text-values.ts). */
  detect: (text: string) => readonly TextValue[];
  signal: AbortSignal;
}

/** Titles longer than this are read in their first part only (a title is a line or two). */
const MAX_TITLE = 2000;
/** The element's own values are matched in its title only for small elements (a cell, a link), not a whole table with a title. */
const MAX_CHILDREN = 20;

interface Swapped {
  el: Element;
  title: string;
  masked: string;
}

/**
 * Masks personal data in the browser's tooltips. A contact table that cuts a long address off with
 * an ellipsis usually puts the whole value in the cell's `title`, and hovering the masked cell
 * showed it in full. A native tooltip cannot be styled or covered, so while the pointer is over an
 * element whose `title` holds a value, its `title` is the masked form; it is put back as it was
 * when the pointer leaves (or the page view ends). Values in titles are not counted: the text on
 * screen already is.
 */
export function installTitleGuard(options: TitleGuardOptions): void {
  const { doc, signal } = options;
  let swapped: Swapped | null = null;
  const restore = () => {
    // Unless the page set another title meanwhile: the page's own change stays.
    if (swapped && swapped.el.getAttribute('title') === swapped.masked) swapped.el.setAttribute('title', swapped.title);
    swapped = null;
  };
  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'mouseover',
    (e) => {
      const el = titleHolder(e.composedPath());
      if (el === swapped?.el) return;
      restore();
      if (!el) return;
      const title = el.getAttribute('title') ?? '';
      const masked = maskedTitle(title, el, options);
      if (masked === title) return;
      swapped = { el, title, masked };
      el.setAttribute('title', masked);
    },
    listen,
  );
  doc.addEventListener(
    'mouseout',
    (e) => {
      // Read by property, not `instanceof`: a same-origin frame's nodes come from another realm.
      const to = e.relatedTarget as Node | null;
      if (swapped && !(to && typeof to.nodeType === 'number' && swapped.el.contains(to))) restore();
    },
    listen,
  );
  signal.addEventListener('abort', restore);
}

/** The element whose `title` the browser shows for the pointer's target: the nearest one with the attribute. */
function titleHolder(path: readonly EventTarget[]): Element | null {
  return nearestOnPath(path, (el) => el.hasAttribute('title'));
}

/**
 * The title with its values masked: what the detectors find in it, and the masked values of the
 * element's own text where the title repeats them (a name, which needs its column to be found).
 */
function maskedTitle(title: string, el: Element, options: TitleGuardOptions): string {
  if (!title.trim()) return title;
  const masked = maskFound(title, options.detect, MAX_TITLE);
  if (el.childElementCount > MAX_CHILDREN) return masked;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return maskRepeated(masked, options.scanner.entriesIn(range));
}
