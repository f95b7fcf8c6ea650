import type { PiiCounts, PiiType } from '../pii/types';
import { ClipBoxes, overlayBox, visiblePart } from './clip';
import type { CoveringUi } from './covering-ui';
import { fieldLabel, isValueField, type ValueField } from './field-values';
import { FULL_BACKGROUND } from './highlight-css';
import { UI_ATTR } from './masker';
import { createOverlayLayer, type OverlayLayer } from './overlay-layer';
import { Plans } from './plans';
import type { ScanSettings } from './policy-options';
import { askReason } from './prompt';
import { MAX_NODE_TEXT } from './recorder';
import { maskText, textValues, type TextValue } from './text-values';

export interface FieldMasksOptions {
  doc: Document;
  settings: () => ScanSettings;
  /** The fields' counts or masks changed: the page's report is due. */
  onChange: () => void;
  requiresReason: () => boolean;
  message: () => string | undefined;
  /** Logs one revealed value (type only; the reason is the user's own words). */
  log: (type: PiiType, reason: string | null) => Promise<void>;
  signal: AbortSignal;
  /** The page's menus and dialogs (covering-ui.ts): a field's overlay is not drawn over them. */
  covering?: CoveringUi;
}

interface FieldState {
  /** The value last read (kept in memory only, to notice a change; the page holds it anyway). */
  value: string;
  found: TextValue[];
  revealed: boolean;
}

/** Past this many text fields on one page, the rest are left alone (a grid of inline editors). */
const MAX_FIELDS = 2000;
/** Added elements remembered between refreshes. */
const MAX_ADDED = 5000;
/** How often field values are read again: pages set them from script, which no event or mutation tells. */
const POLL_MS = 1000;
/** Discovery after the page changed runs at most this often (a search of the whole document). */
const REFRESH_MS = 500;
/** A focus this soon after the user's click on the field or a Tab is the user's (gestureInto); other focus reveals nothing. */
const GESTURE_MS = 1000;

const LAYER_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; overflow: hidden; }
.f { position: absolute; box-sizing: border-box; overflow: hidden; color: #4b3f72; background: #ece9f7; display: flex; align-items: center; }
.f.full { background: ${FULL_BACKGROUND}; color: transparent; }
.f.multi { white-space: pre-wrap; align-items: flex-start; overflow-wrap: anywhere; }
.f.single { white-space: pre; }
`;

/**
 * Masks personal data in form fields (a contact's edit form, an inline-edit cell, a search box):
 * an overlay in Confidant's own shadow root covers the field's text box and shows the masked
 * form, and the page's field is never touched. Clicking or tabbing into a masked field reveals it
 * (after a reason when policy asks), logged as one `pii.revealed` per value; the reveal lasts while
 * the value stays (the user's own edits included) and ends when the page sets another value.
 *
 * Values are read on discovery, on input and change events, and every second for the known fields
 * (frameworks set `value` from script, which fires no event and changes no attribute).
 */
export class FieldMasks {
  private readonly fields = new Map<ValueField, FieldState>();
  private readonly plans = new Plans();
  /** Confidant's layer for the fields' overlays (overlay-layer.ts). */
  private readonly overlay: OverlayLayer;
  private frame = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefresh = 0;
  /** Search the whole document at the next refresh (a new page view) … */
  private wholeDocument = true;
  /** … or only the elements the page added since the last one. */
  private added: ParentNode[] = [];
  /** reset() was called: the next refresh starts from no fields. */
  private stale = false;
  /** The user's last key or pointer press: when, and on what (a pointer's target, or the key). */
  private lastGesture: { at: number; target: EventTarget | null; key: string | null } = { at: -Infinity, target: null, key: null };
  private asking = false;
  private drawn = '';
  /** While the page prints, the fields holding their masked forms and what they held (print()). */
  private printed: Map<ValueField, { value: string; masked: string }> | null = null;

  constructor(private readonly options: FieldMasksOptions) {
    const { doc, signal } = options;
    this.overlay = createOverlayLayer(doc, 'confidant-field-masks', 'field-masks', LAYER_CSS);

    const win = doc.defaultView;
    const listen = { capture: true, signal };
    const gesture = (e: Event) => {
      if (!e.isTrusted) return;
      const key = (e as Partial<KeyboardEvent>).key;
      this.lastGesture = { at: performance.now(), target: e.composedPath()[0] ?? null, key: typeof key === 'string' ? key : null };
    };
    doc.addEventListener('pointerdown', gesture, listen);
    doc.addEventListener('keydown', gesture, listen);
    // The field itself, also inside an open shadow root (the event's target is then its host).
    const field = (e: Event) => e.composedPath()[0] ?? null;
    doc.addEventListener('focusin', (e) => this.onUserEntry(field(e)), listen);
    // A click on a field that has the focus already (a dialog focused it as it opened) fires no focus.
    doc.addEventListener('click', (e) => e.isTrusted && this.onUserEntry(field(e)), listen);
    doc.addEventListener('input', (e) => this.onEdit(field(e)), listen);
    doc.addEventListener('change', (e) => this.onEdit(field(e)), listen);
    win?.addEventListener('scroll', this.scheduleDraw, { capture: true, passive: true, signal });
    win?.addEventListener('resize', this.scheduleDraw, { passive: true, signal });
    const poll = setInterval(() => {
      if (doc.visibilityState !== 'hidden') this.readAll();
    }, POLL_MS);
    signal.addEventListener('abort', () => {
      clearInterval(poll);
      clearTimeout(this.refreshTimer);
      cancelAnimationFrame(this.frame);
      this.overlay.host.remove();
    });
  }

  /**
   * A new page view or policy: every field is read afresh and every reveal ends, at the next
   * refresh. Until then the overlays drawn stay: cleared now, they left the fields readable for a
   * frame or more.
   */
  reset(): void {
    this.stale = true;
    // In a task of its own: the search of the whole document stays out of the scan's first task.
    this.wholeDocument = true;
    this.added = [];
    this.lastRefresh = -Infinity;
    this.refreshSoon();
  }

  /** The page added an element (or changed a container a lot): the next refresh looks for fields in it. */
  noteAdded(node: Node): void {
    // A same-origin frame's fields are not drawn over from this document's layer.
    if (node.ownerDocument !== this.options.doc || !isParent(node)) return;
    // The search of the whole document does not enter shadow roots: those are always noted.
    if (this.wholeDocument && node.nodeType !== 11) return;
    if (this.added.length < MAX_ADDED) this.added.push(node);
    else this.wholeDocument = true; // past this, one search of the whole document costs less
  }

  /**
   * Looks for fields and reads the known ones again soon (the page changed: a framework that
   * re-renders a form usually sets its fields' values in the same task), at most every REFRESH_MS.
   */
  refreshSoon(): void {
    if (this.refreshTimer !== undefined || (!this.wholeDocument && this.added.length === 0 && this.fields.size === 0)) return;
    const wait = Math.max(0, this.lastRefresh + REFRESH_MS - performance.now());
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (!this.options.signal.aborted) this.refresh();
    }, wait);
  }

  /**
   * Reads the known fields again, finds text fields (in the whole document after a reset, else in
   * what the page added since) and reads the new ones; forgets fields that left the page. The whole document is searched once per
   * page view: on a 50k-row table with a checkbox per row, that search alone took 26 ms.
   */
  refresh(): void {
    const t0 = (this.lastRefresh = performance.now());
    if (this.stale) {
      this.stale = false;
      this.fields.clear();
    }
    let changed = this.rereadKnown();
    const roots: ParentNode[] = this.wholeDocument ? [this.options.doc, ...this.added] : this.added;
    this.wholeDocument = false;
    this.added = [];
    for (const root of roots) {
      if (root instanceof Element && (!root.isConnected || root.closest(`[${UI_ATTR}]`))) continue;
      if (root instanceof Element && isValueField(root)) changed = this.track(root) || changed;
      for (const el of root.querySelectorAll('input, textarea')) {
        if (isValueField(el)) changed = this.track(el) || changed;
      }
    }
    // A search is reported even when it found nothing: the page's report waits for it (ready).
    if (changed || roots.length > 0) this.changed();
    else this.scheduleDraw();
    performance.measure('confidant:fields', { start: t0, end: performance.now() });
  }

  /** Whether no search for fields is pending (the whole document's, or one in what the page added). */
  get ready(): boolean {
    return !this.wholeDocument && this.added.length === 0;
  }

  /**
   * Forgets fields that left the page (a closed dialog's form) and reads the others again; true
   * when the values they hold changed.
   */
  private rereadKnown(): boolean {
    let changed = false;
    for (const [field, state] of this.fields) {
      if (field.isConnected) changed = this.read(field) || changed;
      else {
        this.fields.delete(field);
        changed ||= state.found.length > 0;
      }
    }
    return changed;
  }

  /** Reads a field not seen before; true when it holds values. */
  private track(field: ValueField): boolean {
    if (this.fields.has(field) || this.fields.size >= MAX_FIELDS) return false;
    return this.read(field);
  }

  /**
   * While the page prints (print-guard.ts), each masked field holds its masked form itself: the
   * overlays are fixed to the screen, misplaced on paper, and a printed field shows its own value.
   * Afterwards each gets back what it held, unless the page set another value meanwhile.
   */
  print(printing: boolean): void {
    if (printing) {
      if (this.printed) return;
      this.rereadKnown(); // the value the page holds now, not the one of the last poll
      const printed = new Map<ValueField, { value: string; masked: string }>();
      for (const [field, state] of this.fields) {
        if (state.revealed || !field.isConnected) continue;
        const masked = maskText(state.value, state.found);
        if (masked === state.value) continue;
        printed.set(field, { value: state.value, masked });
        field.value = masked;
      }
      this.printed = printed;
      this.overlay.layer.replaceChildren();
      this.drawn = '';
      return;
    }
    const printed = this.printed;
    if (!printed) return;
    this.printed = null;
    for (const [field, { value, masked }] of printed) if (field.value === masked) field.value = value;
    this.scheduleDraw();
  }

  /** Counts of the values in fields, and how many are masked now. */
  counts(): [PiiCounts, number] {
    const counts: PiiCounts = {};
    let masked = 0;
    for (const state of this.fields.values()) {
      for (const f of state.found) {
        if (f.counted && f.type !== 'custom') counts[f.type] = (counts[f.type] ?? 0) + 1;
        if (f.mode !== 'off' && !state.revealed) masked++;
      }
    }
    return [counts, masked];
  }

  private readAll(): void {
    if (this.fields.size === 0) return;
    const t0 = performance.now();
    if (this.rereadKnown()) this.changed();
    else this.scheduleDraw(); // the form may have moved (a panel opened, a section folded)
    performance.measure('confidant:fields', { start: t0, end: performance.now() });
  }

  /** Reads a field's value; true when what it holds changed. */
  private read(field: ValueField): boolean {
    if (this.printed) return false; // the fields hold their masked forms until the print ends
    const value = field.value;
    const state = this.fields.get(field);
    if (state && state.value === value) return false;
    const found = value.trim() ? this.detect(field, value) : [];
    if (!state) {
      this.fields.set(field, { value, found, revealed: false });
      return found.length > 0;
    }
    const before = state.found.length;
    state.value = value;
    state.found = found;
    // The user's edits in a field they revealed stay revealed; a value the page puts there is new.
    if (field.ownerDocument.activeElement !== field) state.revealed = false;
    return before > 0 || found.length > 0;
  }

  private detect(field: ValueField, value: string): TextValue[] {
    const settings = this.options.settings();
    this.plans.use(settings);
    const text = value.length > MAX_NODE_TEXT ? value.slice(0, MAX_NODE_TEXT) : value;
    return textValues(text, this.plans.forLabel(fieldLabel(field)), settings);
  }

  private changed(): void {
    this.scheduleDraw();
    this.options.onChange();
  }

  private onEdit(target: EventTarget | null): void {
    if (!(target instanceof Element) || !isValueField(target)) return;
    if (!this.fields.has(target) && this.fields.size >= MAX_FIELDS) return;
    if (this.read(target)) this.changed();
  }

  /** The user clicked or tabbed into a masked field (a focus or a click; gestureInto tells it from focus by script): asks to reveal it. */
  private onUserEntry(target: EventTarget | null): void {
    if (!(target instanceof Element) || !isValueField(target)) return;
    const state = this.fields.get(target);
    if (!state || state.revealed || !state.found.some((f) => f.mode !== 'off')) return;
    // As in text (reveal.ts): values of the team's own patterns are not revealed on the page.
    if (state.found.some((f) => f.type === 'custom' && f.mode !== 'off')) return;
    if (!this.gestureInto(target) || this.asking) return;
    if (!this.options.requiresReason()) {
      this.reveal(state, null);
      return;
    }
    this.asking = true;
    const { doc } = this.options;
    void askReason(doc, this.options.message() ?? 'Why do you need to see this value? Your reason is logged.').then((reason) => {
      this.asking = false;
      // The page may have put another value there while the user typed the reason.
      if (!reason || this.fields.get(target) !== state) return;
      this.reveal(state, reason);
      target.focus();
    });
  }

  /**
   * Whether the user's last press, in the second before, was a click on this field (or on its
   * label) or a Tab. Focus that follows another click is not (the "Edit" button of a dialog that
   * focuses its first field when it opens), nor focus from script (autofocus).
   */
  private gestureInto(field: Element): boolean {
    const { at, target, key } = this.lastGesture;
    if (performance.now() - at > GESTURE_MS) return false;
    if (key !== null) return key === 'Tab';
    // Read by property, not `instanceof`: a same-origin frame's nodes come from another realm.
    if (target === null || typeof (target as Node).nodeType !== 'number') return false;
    const node = target as Node;
    if (field === node || field.contains(node)) return true;
    const labels = (field as HTMLInputElement).labels;
    return labels ? Array.from(labels).some((label) => label.contains(node)) : false;
  }

  /** The overlay goes and the field shows its own value; each value revealed is logged. */
  private reveal(state: FieldState, reason: string | null): void {
    state.revealed = true;
    for (const f of state.found) {
      if (f.mode !== 'off' && f.type !== 'custom') void this.options.log(f.type, reason).catch(() => undefined);
    }
    this.changed();
  }

  readonly scheduleDraw = (): void => {
    if (this.frame || this.options.signal.aborted) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const t0 = performance.now();
      this.draw();
      performance.measure('confidant:fields', { start: t0, end: performance.now() });
    });
  };

  /** Redraws the overlays of the masked fields on screen. */
  private draw(): void {
    const win = this.options.doc.defaultView;
    if (!win || this.printed) return;
    const h = win.innerHeight;
    const w = win.innerWidth;
    const overlays: { className: string; text: string; css: string }[] = [];
    const clips = new ClipBoxes();
    const covers = this.fields.size > 0 ? this.options.covering?.covers() : undefined;
    this.overlay.stayAbove(covers?.topLayer ?? []);
    for (const [field, state] of this.fields) {
      if (state.revealed || !field.isConnected) continue;
      const masked = state.found.filter((f) => f.mode !== 'off');
      if (masked.length === 0) continue;
      const rect = field.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > h || rect.right < 0 || rect.left > w) continue;
      const style = win.getComputedStyle(field);
      const px = (v: string) => Number.parseFloat(v) || 0;
      // The text box: inside the border, where the field draws its value.
      const left = rect.left + px(style.borderLeftWidth);
      const top = rect.top + px(style.borderTopWidth);
      const width = rect.width - px(style.borderLeftWidth) - px(style.borderRightWidth);
      const height = rect.height - px(style.borderTopWidth) - px(style.borderBottomWidth);
      const full = masked.every((f) => f.mode === 'full');
      // Only the part the field's scrolling panels show (clip.ts), less the page's menus and
      // dialogs over it (covering-ui.ts). A modal's backdrop does not count: the overlay is the
      // field's only mask, and the field shows through a backdrop.
      const textBox = new DOMRect(left, top, width, height);
      const inPanel = visiblePart(textBox, clips.of(field));
      const visible = inPanel && covers ? covers.cut(inPanel, field, false) : inPanel;
      if (!visible) continue;
      const box = overlayBox(textBox, visible);
      overlays.push({
        className: `f ${field.tagName === 'TEXTAREA' ? 'multi' : 'single'}${full ? ' full' : ''}`,
        text: maskText(state.value, state.found),
        css:
          `${box}font:${style.font};` +
          `padding:${style.paddingTop} ${style.paddingRight} ${style.paddingBottom} ${style.paddingLeft};` +
          `text-align:${style.textAlign};border-radius:${style.borderRadius};`,
      });
    }
    const signature = overlays.map((o) => `${o.className}|${o.text}|${o.css}`).join('\n');
    if (signature === this.drawn) return;
    this.drawn = signature;
    const doc = this.options.doc;
    this.overlay.layer.replaceChildren(
      ...overlays.map((o) => {
        const span = doc.createElement('span');
        span.className = o.className;
        span.textContent = o.text;
        span.style.cssText = o.css;
        return span;
      }),
    );
  }
}

/** Elements, documents and shadow roots: what can hold a field. */
const isParent = (node: Node): node is Node & ParentNode => node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11;
