import type { EspAdapter } from '../esp/types';

/**
 * Where an ESP keeps the campaign being edited: the adapter's editor selectors, else any code
 * textarea, contenteditable body or same-origin iframe on the editor page.
 */
export const GENERIC_SURFACES = ['textarea', '[contenteditable="true"]', '[contenteditable=""]', 'iframe'];
/** Our own injected UI is never read as campaign content. */
export const OWN_UI = '[data-confidant-ui]';

function queryAll(doc: Document, selectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (const selector of selectors) {
    try {
      found.push(...doc.querySelectorAll(selector));
    } catch {
      // A bad selector (from an adapter or a policy override) must not stop the others.
    }
  }
  return [...new Set(found)].filter((el) => !el.closest(OWN_UI));
}

export function findSurfaces(doc: Document, adapter: EspAdapter): Element[] {
  const own = queryAll(doc, adapter.selectors.editorSurface);
  return own.length > 0 ? own : queryAll(doc, GENERIC_SURFACES);
}

/** The same-origin document inside an iframe, or null (cross-origin frames throw or return null). */
export function frameDocument(el: Element): Document | null {
  if (el.tagName !== 'IFRAME') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The campaign source held by the surfaces, joined; nested contenteditables are read once. */
export function readSurfaces(surfaces: readonly Element[]): string {
  const parts: string[] = [];
  for (const el of surfaces) {
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
      parts.push((el as HTMLTextAreaElement).value);
    } else if (el.tagName === 'IFRAME') {
      const inner = frameDocument(el);
      if (inner?.documentElement) parts.push(inner.documentElement.outerHTML);
    } else if (!surfaces.some((other) => other !== el && other.contains(el))) {
      parts.push(el.innerHTML);
    }
  }
  return parts.join('\n');
}
