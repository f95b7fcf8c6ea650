import { fullMask, maskValue } from '../pii/mask';
import { entryRect, entryValue, type MaskEntry } from './entries';
import { visibleRows } from './visible-rows';

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
  add(range: AbstractRange): void;
  delete(range: AbstractRange): boolean;
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
  private frame = 0;
  /** Entries per element, so an element coming on screen finds its values quickly. */
  private byElement = new Map<Element, Set<MaskEntry>>();
  /** Table sections holding masked cells (visible rows are found by binary search) … */
  private sections = new Set<HTMLTableSectionElement>();
  /** … and masked elements outside tables (profiles, lists), checked one by one. */
  private loose = new Set<Element>();
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
    // Out of the page's flow and layout-contained: redrawing overlays never relayouts the ESP's table.
    this.host.style.cssText =
      'position:fixed!important;top:0!important;left:0!important;width:100vw!important;height:100vh!important;contain:strict!important;pointer-events:none!important;z-index:2147483646!important;display:block!important';
    const shadow = this.host.attachShadow({ mode: 'open' });
    const css = doc.createElement('style');
    css.textContent = LAYER_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    shadow.append(css, this.layer);
    doc.documentElement.append(this.host);
    win.addEventListener('scroll', this.scheduleDraw, { capture: true, passive: true });
    win.addEventListener('resize', this.scheduleDraw, { passive: true });
  }

  /** Ranges waiting to join the highlights: each highlight change costs a pass over all ranges at the next frame. */
  private pending: MaskEntry[] = [];

  add(entry: MaskEntry): void {
    if (entry.mode === 'off' || entry.revealed) return;
    this.pending.push(entry);
    const el = entry.node.parentElement;
    if (!el) return;
    let set = this.byElement.get(el);
    if (!set) this.byElement.set(el, (set = new Set()));
    set.add(entry);
    const row = el.closest('tr');
    const section = row?.parentElement;
    if (section && /^(TBODY|THEAD|TFOOT)$/.test(section.tagName)) this.sections.add(section as HTMLTableSectionElement);
    else if (this.loose.size < 2000) this.loose.add(el);
  }

  /**
   * Adds the pending ranges to the highlights in one go. The scanner calls this after the first
   * slice (the rows on screen), now and then during a long scan, and when the queue drains, so a
   * 10k-row scan costs a few highlight passes instead of one per slice.
   */
  flush(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    for (const e of pending) {
      if (e.revealed) continue;
      (e.mode === 'full' ? this.full : this.partial)?.add(e.range);
    }
    this.scheduleDraw();
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
    this.pending = [];
    this.sections.clear();
    this.loose.clear();
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
      const t0 = performance.now();
      this.draw();
      performance.measure('confidant:draw', { start: t0, end: performance.now() });
    });
  };

  /** The elements on screen that hold masked values. */
  private visibleElements(): Set<Element> {
    const found = new Set<Element>();
    const win = this.doc.defaultView;
    if (!win || this.byElement.size === 0) return found;
    const h = win.innerHeight;
    for (const section of this.sections) {
      if (!section.isConnected) {
        this.sections.delete(section);
        continue;
      }
      for (const row of visibleRows(section, h)) {
        for (const cell of Array.from(row.cells)) {
          if (this.byElement.has(cell)) found.add(cell);
          if (cell.childElementCount > 0)
            for (const child of Array.from(cell.querySelectorAll('*'))) if (this.byElement.has(child)) found.add(child);
        }
      }
    }
    for (const el of this.loose) {
      if (!el.isConnected) {
        this.loose.delete(el);
        continue;
      }
      const rect = el.getBoundingClientRect();
      if (rect.bottom >= 0 && rect.top <= h && rect.height > 0) found.add(el);
    }
    return found;
  }

  /** Redraws overlays for the partial-mode values on screen. */
  private draw(): void {
    const layer = this.layer;
    if (!layer) return;
    const spans: HTMLElement[] = [];
    const fonts = new Map<Element, CSSStyleDeclaration>();
    for (const el of this.visibleElements()) {
      const set = this.byElement.get(el);
      if (!set) continue;
      for (const entry of set) {
        if (entry.mode !== 'partial' || entry.revealed || !entry.node.isConnected) continue;
        const rect = entryRect(entry);
        if (rect.width === 0 || rect.height === 0) continue;
        let style = fonts.get(el);
        if (!style) fonts.set(el, (style = getComputedStyle(el)));
        const span = this.doc.createElement('span');
        span.className = 'm';
        span.dataset.type = entry.finding.type;
        const value = entryValue(entry);
        span.textContent = entry.finding.type === 'custom' ? fullMask(value) : maskValue(entry.finding.type, value);
        span.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;font:${style.font};`;
        spans.push(span);
      }
    }
    layer.replaceChildren(...spans);
  }
}
