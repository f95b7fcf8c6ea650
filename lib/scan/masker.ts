import { ClipBoxes, belowStickyHeader, besideStickyColumns, overlayBox, visiblePart } from './clip';
import type { Covers } from './covering-ui';
import { entryRange, entryRect, entryValue, piecesOf, wholeValue, type MaskEntry } from './entries';
import { FULL_BACKGROUND, HIGHLIGHT_CSS, HL_FULL, HL_PARTIAL } from './highlight-css';
import { OptionLabels } from './option-labels';
import { createOverlayLayer, type OverlayLayer } from './overlay-layer';
import { maskedForm } from './text-values';
import { visibleRowSpan } from './visible-rows';

/**
 * Masks values without touching the page's text nodes (frameworks own them): a CSS Custom
 * Highlight makes the value's glyphs transparent, and for `partial` an overlay in Confidant's own
 * shadow root draws the masked form (j•••@e•••.com) over it.
 *
 * Costs stay flat whatever the table size: the renderer walks every range of a highlight on each
 * repaint, so table cells join the highlights only while their row is within a window of one screen
 * above and two below the viewport (updated before paint on scroll); overlays exist only on screen.
 * Values outside tables (profiles, lists) are few and always highlighted.
 */
export const UI_ATTR = 'data-confidant-ui';
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
  /** Confidant's layer for the masked forms (overlay-layer.ts); null where highlights are not supported. */
  private overlay: OverlayLayer | null = null;
  private frame = 0;
  /** What the overlay layer shows now (type, masked text and box of each overlay). */
  private drawn = '';
  /** The page is printing with the masked forms in its text (suspend): nothing is highlighted or drawn. */
  private suspended = false;
  /**
   * Entries per element outside tables (profiles, lists: few), so an element coming on screen finds
   * its values quickly. Table cells are not listed: the window reads the rows near the viewport,
   * has the scanner put their values on their text nodes (`resolveRow`) and finds them there
   * (`lookup`), so a table value costs nothing here.
   */
  private byElement = new Map<Element, MaskEntry[]>();
  /** Table sections holding masked cells (visible rows are found by binary search) … */
  private sections = new Set<HTMLTableSectionElement>();
  /** The section noted last (most values come row after row from the same one). */
  private lastSection: HTMLTableSectionElement | null = null;
  /** … and masked elements outside tables (profiles, lists), checked one by one. */
  private loose = new Set<Element>();
  /** Table entries currently in the highlights (the window around the viewport). */
  private windowed = new Set<MaskEntry>();
  readonly supported: boolean;
  /** The options of the page's selects that hold masked values. */
  private readonly optionLabels: OptionLabels;

  constructor(
    private readonly doc: Document,
    /** The first value found in a text node (entries.ts), for the scan now in force. */
    private readonly lookup: (node: Text) => MaskEntry | undefined,
    /**
     * Puts a row's values on its text nodes when they are still kept on the row (row-values.ts) or
     * in its body's ledger (section-ledger.ts). `index`: the row's place among the body's <tr>s.
     */
    private readonly resolveRow: (row: HTMLTableRowElement, index: number) => void,
    /** The page's open menus and dialogs, read once per draw (covering-ui.ts); null where none are tracked. */
    private readonly covers: () => Covers | null = () => null,
  ) {
    this.optionLabels = new OptionLabels((node) => {
      const found: MaskEntry[] = [];
      for (let e = lookup(node); e; e = e.next) found.push(e);
      return found;
    });
    const win = doc.defaultView as (Window & HighlightWindow) | null;
    this.supported = Boolean(win?.Highlight && win.CSS?.highlights);
    if (!win || !this.supported || !win.Highlight || !win.CSS?.highlights) return;
    this.partial = new win.Highlight();
    this.full = new win.Highlight();
    win.CSS.highlights.set(HL_PARTIAL, this.partial);
    win.CSS.highlights.set(HL_FULL, this.full);
    if (!injectedSheetPresent(doc)) {
      // Restyles the whole document once: only where the manifest's sheet is absent (highlight-css.ts).
      const style = doc.createElement('style');
      style.setAttribute(UI_ATTR, 'highlight-style');
      style.textContent = HIGHLIGHT_CSS;
      doc.documentElement.append(style);
    }
    this.overlay = createOverlayLayer(doc, 'confidant-masks', 'masks', LAYER_CSS);
    win.addEventListener('scroll', this.scheduleDraw, { capture: true, passive: true });
    win.addEventListener('resize', this.scheduleDraw, { passive: true });
  }

  /** Ranges waiting to join the highlights: each highlight change costs a pass over all ranges at the next frame. */
  private pending: MaskEntry[] = [];
  /** New table entries arrived: the next draw recomputes the window. */
  private needsWindow = false;

  /**
   * A new value. `section`: the table body it sits in, null outside tables, undefined when the
   * caller did not look (found here then).
   */
  add(entry: MaskEntry, section?: HTMLTableSectionElement | null): void {
    if (entry.mode === 'off' || entry.revealed) return;
    const el = entry.node.parentElement;
    if (!el) return;
    // The browser draws an option's text itself: its label shows the masked form (option-labels.ts).
    if (OptionLabels.holds(el)) return this.optionLabels.changed(el);
    const s = section === undefined ? sectionOf(el) : section;
    if (s) {
      // Table cells join the highlights through the window around the viewport (draw).
      this.noteSection(s);
      return;
    }
    const list = this.byElement.get(el);
    if (!list) this.byElement.set(el, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    this.loose.add(el);
    this.pending.push(entry);
  }

  /** A table body holds masked values: the next draw recomputes the window. */
  noteSection(section: HTMLTableSectionElement): void {
    if (section !== this.lastSection) {
      this.sections.add(section);
      this.lastSection = section;
    }
    this.needsWindow = true;
  }

  /**
   * Adds the pending ranges to the highlights in one go. The scanner calls this after the first
   * slice (the rows on screen), now and then during a long scan, and when the queue drains, so a
   * 10k-row scan costs a few highlight passes instead of one per slice.
   */
  flush(): void {
    if (this.suspended) return;
    const pending = this.pending;
    if (this.needsWindow) {
      this.needsWindow = false;
      this.scheduleDraw();
    }
    if (pending.length === 0) return;
    this.pending = [];
    for (const e of pending) {
      if (!e.revealed) (e.mode === 'full' ? this.full : this.partial)?.add(entryRange(e));
    }
    this.scheduleDraw();
  }

  remove(entry: MaskEntry): void {
    const parent = entry.node.parentElement;
    if (parent && OptionLabels.holds(parent)) return this.optionLabels.changed(parent);
    this.windowed.delete(entry);
    if (entry.range) {
      this.partial?.delete(entry.range);
      this.full?.delete(entry.range);
      entry.range = undefined;
    }
    const el = entry.node.parentElement;
    const list = el ? this.byElement.get(el) : undefined;
    if (el && list) {
      const i = list.indexOf(entry);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byElement.delete(el);
    }
    this.scheduleDraw();
  }

  /** Drops every mask (a new page view starts a fresh scan). */
  clear(): void {
    this.optionLabels.clear();
    this.partial?.clear();
    this.full?.clear();
    this.byElement.clear();
    this.pending = [];
    this.sections.clear();
    this.lastSection = null;
    this.loose.clear();
    this.windowed.clear();
    this.overlay?.layer.replaceChildren();
    this.drawn = '';
  }

  destroy(): void {
    this.clear();
    const win = this.doc.defaultView as (Window & HighlightWindow) | null;
    win?.CSS?.highlights?.delete(HL_PARTIAL);
    win?.CSS?.highlights?.delete(HL_FULL);
    win?.removeEventListener('scroll', this.scheduleDraw, { capture: true });
    win?.removeEventListener('resize', this.scheduleDraw);
    this.overlay?.host.remove();
    this.doc.querySelector(`style[${UI_ATTR}="highlight-style"]`)?.remove();
    cancelAnimationFrame(this.frame);
  }

  readonly scheduleDraw = (): void => {
    if (this.frame || !this.overlay) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const t0 = performance.now();
      this.draw();
      performance.measure('confidant:draw', { start: t0, end: performance.now() });
    });
  };

  /**
   * Every masked value of the document, the rows far from the viewport too (their values are put
   * on their text nodes): what a print of the page holds (print-guard.ts).
   */
  allMasked(): MaskEntry[] {
    const found = new Set<MaskEntry>();
    for (const section of this.sections) {
      if (!section.isConnected) continue;
      const rows = section.rows;
      for (let i = 0; i < rows.length; i++) this.collectRow(rows[i] as HTMLTableRowElement, i, found);
    }
    for (const [el, entries] of this.byElement) {
      if (el.isConnected) for (const e of entries) if (e.mode !== 'off' && !e.revealed) found.add(e);
    }
    return [...found];
  }

  /**
   * Takes the highlights and overlays off the page while it prints, and puts them back: the
   * printed text holds the masked forms themselves then (print-guard.ts), which a highlight would
   * make transparent.
   */
  suspend(suspended: boolean): void {
    this.suspended = suspended;
    if (suspended) {
      this.partial?.clear();
      this.full?.clear();
      this.overlay?.layer.replaceChildren();
      this.drawn = '';
      return;
    }
    const add = (e: MaskEntry) => {
      if (e.range && !e.revealed) (e.mode === 'full' ? this.full : this.partial)?.add(e.range);
    };
    this.windowed.forEach(add);
    for (const entries of this.byElement.values()) entries.forEach(add);
    this.scheduleDraw();
  }

  /** Moves table entries in and out of the highlights so only the window around the viewport is in them. */
  private updateWindow(h: number): void {
    const wanted = new Set<MaskEntry>();
    for (const section of this.sections) {
      if (!section.isConnected) {
        this.sections.delete(section);
        if (section === this.lastSection) this.lastSection = null;
        continue;
      }
      const span = visibleRowSpan(section, -h, 2 * h);
      span.rows.forEach((row, i) => this.collectRow(row, span.indices[i] ?? -1, wanted));
    }
    for (const e of this.windowed) {
      if (wanted.has(e)) continue;
      this.windowed.delete(e);
      if (e.range) (e.mode === 'full' ? this.full : this.partial)?.delete(e.range);
      e.range = undefined;
    }
    for (const e of wanted) {
      if (this.windowed.has(e)) continue;
      this.windowed.add(e);
      (e.mode === 'full' ? this.full : this.partial)?.add(entryRange(e));
    }
  }

  /** The masked values in a row's cells, read from their text nodes. */
  private collectRow(row: HTMLTableRowElement, index: number, into: Set<MaskEntry>): void {
    this.resolveRow(row, index);
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell.childElementCount === 0) {
        for (let n = cell.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) this.collectText(n as Text, into);
        continue;
      }
      const walker = this.doc.createTreeWalker(cell, 0x4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) this.collectText(n as Text, into);
    }
  }

  private collectText(node: Text, into: Set<MaskEntry>): void {
    for (let e = this.lookup(node); e; e = e.next) if (e.mode !== 'off' && !e.revealed) into.add(e);
  }

  /** The elements outside tables on screen that hold masked values. */
  private visibleLoose(h: number): Element[] {
    const found: Element[] = [];
    for (const el of this.loose) {
      if (!el.isConnected) {
        this.loose.delete(el);
        continue;
      }
      const rect = el.getBoundingClientRect();
      if (rect.bottom >= 0 && rect.top <= h && rect.height > 0) found.push(el);
    }
    return found;
  }

  /** Redraws overlays for the partial-mode values on screen. */
  private draw(): void {
    const layer = this.overlay?.layer;
    if (!layer || this.suspended) return;
    const h = this.doc.defaultView?.innerHeight ?? 0;
    this.updateWindow(h);
    const overlays: { type: string; text: string; css: string }[] = [];
    const fonts = new Map<Element, CSSStyleDeclaration>();
    const clips = new ClipBoxes();
    const covers = this.covers();
    this.overlay?.stayAbove(covers?.topLayer ?? []);
    const overlay = (entry: MaskEntry) => {
      if (entry.mode !== 'partial' || entry.revealed || !entry.node.isConnected) return;
      const el = entry.node.parentElement;
      if (!el) return;
      // A value the page split across elements, on one line, is drawn once over all its pieces.
      const pieces = piecesOf(entry);
      const line = pieces.length > 1 ? lineRect(pieces) : null;
      if (line && entry !== pieces[0]) return;
      const rect = line ?? entryRect(entry);
      if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > h) return;
      // Only the part a scrolling panel or a clipping cell shows, and not where the table's sticky
      // header or columns or the page's open menus and dialogs cover the value: there the
      // highlight alone keeps it masked (clip.ts, sticky-columns.ts, covering-ui.ts).
      const inPanel = visiblePart(rect, clips.of(el));
      const belowHeader = inPanel && belowStickyHeader(inPanel, clips.stickyHeaderOf(el));
      const besideColumns = belowHeader && besideStickyColumns(belowHeader, clips.stickyColumnsOver(el));
      const visible = besideColumns && covers ? covers.cut(besideColumns, entry.node, true) : besideColumns;
      if (!visible) return;
      const box = overlayBox(rect, visible);
      let style = fonts.get(el);
      if (!style) fonts.set(el, (style = getComputedStyle(el)));
      const value = line ? wholeValue(entry) : entryValue(entry);
      overlays.push({
        type: entry.type,
        text: maskedForm(entry.type, entry.mode, value),
        css: `${box}font:${style.font};`,
      });
    };
    for (const entry of this.windowed) overlay(entry);
    for (const el of this.visibleLoose(h)) this.byElement.get(el)?.forEach(overlay);
    // Any change to the layer repaints the page (about 100 ms on a 50k-row table): during a long
    // scan most draws find the same overlays, so the layer is left alone then.
    const signature = overlays.map((o) => `${o.type}|${o.text}|${o.css}`).join('\n');
    if (signature === this.drawn) return;
    this.drawn = signature;
    const spans = overlays.map((o) => {
      const span = this.doc.createElement('span');
      span.className = 'm';
      span.dataset.type = o.type;
      span.textContent = o.text;
      span.style.cssText = o.css;
      return span;
    });
    layer.replaceChildren(...spans);
  }
}

/**
 * The box around a split value's pieces when they sit on one line, else null (then each piece is
 * drawn over itself). Pieces revealed or gone mean the value is not drawn as one.
 */
function lineRect(pieces: readonly MaskEntry[]): DOMRect | null {
  let left = Infinity;
  let right = -Infinity;
  let top = NaN;
  let bottom = NaN;
  for (const p of pieces) {
    if (p.revealed || !p.node.isConnected) return null;
    const r = entryRect(p);
    if (r.width === 0) continue; // white space the line collapsed
    if (Number.isNaN(top)) {
      top = r.top;
      bottom = r.bottom;
    } else if (Math.abs(r.top - top) > 2 && Math.abs(r.bottom - bottom) > 2) {
      return null; // the value wraps onto another line
    }
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  return Number.isNaN(top) ? null : new DOMRect(left, top, right - left, bottom - top);
}

/** True when the extension's injected highlights.css already styles `confidant-full` in this document. */
function injectedSheetPresent(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  try {
    return view.getComputedStyle(doc.documentElement, `::highlight(${HL_FULL})`).backgroundColor === FULL_BACKGROUND;
  } catch {
    return false;
  }
}

/** The table section (tbody/thead/tfoot) a cell's element belongs to, or null outside tables. */
function sectionOf(el: Element): HTMLTableSectionElement | null {
  const section = el.closest('tr')?.parentElement;
  return section && /^(TBODY|THEAD|TFOOT)$/.test(section.tagName) ? (section as HTMLTableSectionElement) : null;
}
