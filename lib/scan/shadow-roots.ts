/**
 * The shadow root an element hosts, open or closed. A page's own scripts cannot reach a closed
 * shadow root, but an extension can (Chromium's `chrome.dom.openOrClosedShadowRoot`, Firefox's
 * `element.openOrClosedShadowRoot`): a design system that renders contact cards in closed roots
 * would otherwise show its values unmasked.
 *
 * Closed roots are looked for on custom elements only (a hyphen in the tag name): the call crosses
 * into the extension bindings, too slow for every element of a page, and the components that hide
 * their rendering are custom elements.
 */
type ClosedRootReader = (el: HTMLElement) => ShadowRoot | null;

let readClosed: ClosedRootReader | null = null;

/** Called once by the content script with what the browser offers (nothing in unit tests: open roots only). */
export function useClosedShadowRoots(reader: ClosedRootReader | null): void {
  readClosed = reader;
}

/** The browser's reader of closed roots, if any, from the content script's globals. */
export function browserClosedRootReader(scope: unknown = globalThis): ClosedRootReader | null {
  const chromeDom = (scope as { chrome?: { dom?: { openOrClosedShadowRoot?: ClosedRootReader } } }).chrome?.dom;
  if (typeof chromeDom?.openOrClosedShadowRoot === 'function') {
    const read = chromeDom.openOrClosedShadowRoot.bind(chromeDom);
    return (el) => read(el) ?? null;
  }
  // Firefox puts it on the element itself, for extension code.
  return (el) => (el as HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
}

export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open || !readClosed || !el.localName.includes('-')) return open;
  try {
    return readClosed(el as HTMLElement);
  } catch {
    return null; // an element of another realm (a frame's), or bindings gone after an update
  }
}
