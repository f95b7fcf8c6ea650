import type { Action } from '../policy/schema';
import { nearestOnPath } from './event-path';
import { maskText, type TextValue } from './text-values';

export interface LinkGuardOptions {
  doc: Document;
  /** Finds values in plain text with the policy's settings (text-values.ts). */
  detect: (text: string) => readonly TextValue[];
  /** The policy's copy guard: the browser's link menu copies the address without a copy event. */
  copyAction: () => Action;
  signal: AbortSignal;
}

/** Addresses longer than this are read in their first part only. */
const MAX_HREF = 2000;

interface Swap {
  href: string;
  masked: string;
}

/**
 * Masks personal data in the browser's status bubble. Hovering a link, or tabbing to it, shows its
 * address at the bottom of the window, and contact tables link every address (`mailto:…`) and
 * phone (`tel:…`), or a profile by its address (`/contacts?email=…`): a screen share showed each
 * one in full as the pointer crossed the table. The bubble cannot be styled or covered, so while
 * the pointer is over such a link or it has the focus, its `href` is the masked form, and it is put
 * back as it was when both leave (or the page view ends).
 *
 * Following the link still works: a click (plain, middle, with a key held, or Enter) puts the
 * address back before the page's handlers and the browser's navigation read it. So does the
 * browser's link menu (copy the address, open it in a new tab), unless the policy's copy guard
 * warns-with-reason or blocks: the menu's copy is one the copy guard cannot see.
 */
export interface LinkGuard {
  /** The link's own address, also while the guard shows it masked. */
  ownHref(link: Element): string | null;
}

export function installLinkGuard(options: LinkGuardOptions): LinkGuard {
  const { doc, signal } = options;
  const swaps = new Map<Element, Swap>();
  let hovered: Element | null = null;
  let focused: Element | null = null;

  const mask = (el: Element | null) => {
    if (!el || swaps.has(el)) return;
    const href = el.getAttribute('href') ?? '';
    const masked = maskedHref(href, options.detect);
    if (masked === href) return;
    swaps.set(el, { href, masked });
    el.setAttribute('href', masked);
  };
  const putBack = (el: Element) => {
    const swap = swaps.get(el);
    if (!swap) return;
    swaps.delete(el);
    // Unless the page set another address meanwhile: the page's own change stays.
    if (el.getAttribute('href') === swap.masked) el.setAttribute('href', swap.href);
  };
  const release = (el: Element | null) => {
    if (el && el !== hovered && el !== focused) putBack(el);
  };
  /** The link is followed or its menu opened: its address is back for this event, masked again after it. */
  const lend = (e: Event) => {
    const el = linkOf(e.composedPath());
    if (!el || !swaps.has(el)) return;
    putBack(el);
    setTimeout(() => {
      if (!signal.aborted && el.isConnected && (el === hovered || el === focused)) mask(el);
    }, 0);
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'mouseover',
    (e) => {
      const el = linkOf(e.composedPath());
      if (el === hovered) return;
      const left = hovered;
      hovered = el;
      release(left);
      mask(el);
    },
    listen,
  );
  doc.addEventListener(
    'mouseout',
    (e) => {
      // Read by property, not `instanceof`: a same-origin frame's nodes come from another realm.
      const to = e.relatedTarget as Node | null;
      if (!hovered || (to && typeof to.nodeType === 'number' && hovered.contains(to))) return;
      const left = hovered;
      hovered = null;
      release(left);
    },
    listen,
  );
  doc.addEventListener(
    'focusin',
    (e) => {
      const left = focused;
      focused = linkOf(e.composedPath());
      release(left);
      mask(focused);
    },
    listen,
  );
  doc.addEventListener(
    'focusout',
    () => {
      const left = focused;
      focused = null;
      release(left);
    },
    listen,
  );
  doc.addEventListener('click', lend, listen);
  doc.addEventListener('auxclick', lend, listen);
  doc.addEventListener(
    'contextmenu',
    (e) => {
      const action = options.copyAction();
      if (action !== 'justify' && action !== 'block') lend(e);
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    hovered = focused = null;
    for (const el of [...swaps.keys()]) putBack(el);
  });
  return { ownHref: (link) => swaps.get(link)?.href ?? link.getAttribute('href') };
}

/** The link the browser shows the address of for an event's target: the nearest `<a>` or `<area>` with an `href`. */
export function linkOf(path: readonly EventTarget[]): Element | null {
  return nearestOnPath(path, (el) => (el.localName === 'a' || el.localName === 'area') && el.hasAttribute('href'));
}

/**
 * The address with its values masked, read as the bubble shows it: percent-escapes decoded
 * (`jane%40example.com`). A `+` stays one (it is part of `jane+news@…`). The address unchanged
 * when it holds none.
 */
export function maskedHref(href: string, detect: (text: string) => readonly TextValue[]): string {
  const read = href.length > MAX_HREF ? href.slice(0, MAX_HREF) : href;
  const decoded = percentDecoded(read);
  const masked = maskText(decoded, detect(decoded));
  // Nothing masked (no value, or only values whose mask is off): the page's own address, escapes and all.
  return masked === decoded ? href : masked + href.slice(read.length);
}

export function percentDecoded(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href; // a stray `%`: read as it is
  }
}
