import { fullMask, maskValue } from '../pii/mask';
import type { MaskEntry } from './entries';

/**
 * Masks values without touching the page's text nodes (frameworks own them): a CSS Custom
 * Highlight makes the value's glyphs transparent, and for `partial` an overlay in Confidant's own
 * shadow root draws the masked form (j•••@e•••.com) over it. Overlays exist only for values on
 * screen, so the cost stays flat whatever the table size.
 */
export const UI_ATTR = 'data-confidant-ui';
const HL_PARTIAL = 'confidant-partial';
const HL_FULL = 'confidant-full';

const PAGE_CSS = `
::highlight(${HL_PARTIAL}) { color: transparent; background-color: #ece9f7; }
::highlight(${HL_FULL}) { color: transparent; background-color: #b9b4cc; }
`;
const LAYER_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; overflow: hidden; }
.m { position: absolute; white-space: pre; overflow: hidden; color: #4b3f72; background: #ece9f7; line-height: 1; display: flex; align-items: center; }
`;

interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): boolean;
  clear(): void;
}
type HighlightCtor = new () => HighlightLike;
interface HighlightWindow {
  Highlight?: HighlightCtor;
  CSS?: { highlights?: Map<string, HighlightLike> };
}

export class Masker {
  private partial: HighlightLike | null = null;
  private full: HighlightLike | null = null;
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private visible = new Set<Element>();
  private observer: IntersectionObserver | null = null;
  private observed = new WeakSet<Element>();
  private frame = 0;
  /** Entries per element, so an element coming on screen finds its values quickly. */
  private byElement = new Map<Element, Set<MaskEntry>>();
  readonly supported: boolean;

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as (Window & HighlightWindow) | null;
    this.supported = Boolean(win?.Highlight && win.CSS?.highlights);
    if (!win || !this.supported || !win.Highlight || !win.CSS?.highlights) return;
    this.partial = new win.Highlight();
    this.full = new win.Highlight();
    win.CSS.highlights.set(HL_PARTIAL, this.partial);
    win.CSS.highlights.set(HL_FULL, this.full);
    const style = doc.createElement('style');
    style.setAttribute(UI_ATTR, 'highlight-style');
    style.textContent = PAGE_CSS;
    doc.documentElement.append(style);
    this.host = doc.createElement('confidant-masks');
    this.host.setAttribute(UI_ATTR, 'masks');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const css = doc.createElement('style');
    css.textContent = LAYER_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    shadow.append(css, this.layer);
    doc.documentElement.append(this.host);
    this.observer = new IntersectionObserver((records) => {
      for (const r of records) {
        if (r.isIntersecting) this.visible.add(r.target);
        else this.visible.delete(r.target);
      }
      this.scheduleDraw();
    });
    win.addEventListener('scroll', this.scheduleDraw, { capture: true, passive: true });
    win.addEventListener('resize', this.scheduleDraw, { passive: true });
  }

  add(entry: MaskEntry): void {
    if (entry.mode === 'off' || entry.revealed) return;
    (entry.mode === 'full' ? this.full : this.partial)?.add(entry.range);
    const el = entry.node.parentElement;
    if (!el) return;
    let set = this.byElement.get(el);
    if (!set) this.byElement.set(el, (set = new Set()));
    set.add(entry);
    if (entry.mode === 'partial' && !this.observed.has(el)) {
      this.observed.add(el);
      this.observer?.observe(el);
    }
  }

  remove(entry: MaskEntry): void {
    this.partial?.delete(entry.range);
    this.full?.delete(entry.range);
    const el = entry.node.parentElement;
    if (el) this.byElement.get(el)?.delete(entry);
    this.scheduleDraw();
  }

  /** Drops every mask (a new page view starts a fresh scan). */
  clear(): void {
    this.partial?.clear();
    this.full?.clear();
    this.byElement.clear();
    this.visible.clear();
    this.observer?.disconnect();
    this.observed = new WeakSet();
    this.layer?.replaceChildren();
  }

  destroy(): void {
    this.clear();
    const win = this.doc.defaultView as (Window & HighlightWindow) | null;
    win?.CSS?.highlights?.delete(HL_PARTIAL);
    win?.CSS?.highlights?.delete(HL_FULL);
    win?.removeEventListener('scroll', this.scheduleDraw, { capture: true });
    win?.removeEventListener('resize', this.scheduleDraw);
    this.host?.remove();
    this.doc.querySelector(`style[${UI_ATTR}="highlight-style"]`)?.remove();
    cancelAnimationFrame(this.frame);
  }

  readonly scheduleDraw = (): void => {
    if (this.frame || !this.layer) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  /** Redraws overlays for the partial-mode values whose element is on screen. */
  private draw(): void {
    const layer = this.layer;
    if (!layer) return;
    const spans: HTMLElement[] = [];
    const fonts = new Map<Element, CSSStyleDeclaration>();
    for (const el of this.visible) {
      if (!el.isConnected) {
        this.visible.delete(el);
        continue;
      }
      const set = this.byElement.get(el);
      if (!set) continue;
      for (const entry of set) {
        if (entry.mode !== 'partial' || entry.revealed || entry.range.collapsed) continue;
        const rect = entry.range.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        let style = fonts.get(el);
        if (!style) fonts.set(el, (style = getComputedStyle(el)));
        const span = this.doc.createElement('span');
        span.className = 'm';
        span.dataset.type = entry.finding.type;
        const value = entry.range.toString();
        span.textContent = entry.finding.type === 'custom' ? fullMask(value) : maskValue(entry.finding.type, value);
        span.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;font:${style.font};`;
        spans.push(span);
      }
    }
    layer.replaceChildren(...spans);
  }
}
