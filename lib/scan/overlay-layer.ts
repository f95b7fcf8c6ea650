import { UI_ATTR } from './masker';

/**
 * A full-viewport layer in Confidant's own shadow root, above the page, for drawing masks over
 * it. Out of the page's flow and layout-contained: redrawing overlays never relayouts the ESP's
 * table. It takes no pointer events, so clicks reach the page under it.
 */
export function createOverlayLayer(doc: Document, tag: string, role: string, css: string): { host: HTMLElement; layer: HTMLElement } {
  const host = doc.createElement(tag);
  host.setAttribute(UI_ATTR, role);
  host.style.cssText =
    'position:fixed!important;top:0!important;left:0!important;width:100vw!important;height:100vh!important;contain:strict!important;pointer-events:none!important;z-index:2147483646!important;display:block!important';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);
  return { host, layer };
}
