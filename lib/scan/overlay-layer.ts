import { UI_ATTR } from './masker';

export interface OverlayLayer {
  host: HTMLElement;
  layer: HTMLElement;
  /**
   * Keeps the layer above the page's elements in the browser's top layer that show (a modal
   * `<dialog>`, an open popover): those are painted above any z-index, so a field in an "Edit
   * contact" `<dialog>` showed its value through its overlay, drawn underneath. The layer joins the
   * top layer itself (a manual popover, opened after them) while any shows, and leaves it after.
   */
  stayAbove(topLayer: readonly Element[]): void;
}

/** The host's box, whatever the page's styles or the popover defaults (`margin: auto`, a border, a canvas background …). */
const HOST_CSS =
  'position:fixed!important;inset:0 auto auto 0!important;top:0!important;left:0!important;width:100vw!important;height:100vh!important;' +
  'max-width:none!important;max-height:none!important;margin:0!important;padding:0!important;border:0!important;' +
  'background:transparent!important;overflow:visible!important;contain:strict!important;pointer-events:none!important;' +
  'z-index:2147483646!important;display:block!important';

/**
 * A full-viewport layer in Confidant's own shadow root, above the page, for drawing masks over
 * it. Out of the page's flow and layout-contained: redrawing overlays never relayouts the ESP's
 * table. It takes no pointer events, so clicks reach the page under it.
 */
export function createOverlayLayer(doc: Document, tag: string, role: string, css: string): OverlayLayer {
  const host = doc.createElement(tag);
  host.setAttribute(UI_ATTR, role);
  host.style.cssText = HOST_CSS;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);

  /** The top-layer elements the layer was last opened above; null while it is not in the top layer. */
  let above: Set<Element> | null = null;
  const popover = host as HTMLElement & Partial<Pick<HTMLElement, 'showPopover' | 'hidePopover'>>;
  const stayAbove = (topLayer: readonly Element[]) => {
    if (typeof popover.showPopover !== 'function' || typeof popover.hidePopover !== 'function') return;
    try {
      if (topLayer.length === 0) {
        if (above) {
          popover.hidePopover();
          host.removeAttribute('popover');
          above = null;
        }
        return;
      }
      if (above && topLayer.every((el) => above?.has(el))) return;
      // Opened again, so that it is the last in the top layer: above the element that just opened.
      if (above) popover.hidePopover();
      else host.setAttribute('popover', 'manual');
      popover.showPopover();
      above = new Set(topLayer);
    } catch {
      above = null; // the host left the document (a page that replaced <html>'s children)
    }
  };
  return { host, layer, stayAbove };
}
