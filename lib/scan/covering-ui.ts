import { outside, type ClipBox } from './clip';
import { UI_ATTR } from './masker';
import { AfterClick } from './after-click';
import { floatingBeside, floats } from './floating-beside';
import { HoverMenus } from './hover-menus';
import { findPinned, floatsWhenAdded, pinnedNow } from './pinned-elements';
import { shows } from './shows';

/**
 * `[role]` first: most elements have no role, and the presence test rules them out before any
 * value is compared (a list of seven attribute selectors took 10 ms on a 10k-row table, 57 ms at
 * 50k; this one 3 and 22). An `aria-modal` dialog has the role `dialog` (ARIA requires it).
 */
const SELECTOR = 'dialog, [role]:is([role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="tooltip"])';
/** Past this many, the rest are not tracked (a hidden menu per table row): each draw reads every one. */
const MAX_TRACKED = 500;
/** What pages change to open or close a menu or dialog they keep in the document. */
const TOGGLES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-modal', 'data-state'];
/** A menu or dialog that opens with an animation is checked again after it (a click's effects). */
const SETTLE_MS = 350;

export interface CoveringUiOptions {
  doc: Document;
  /** What covers the page may have changed: overlays are due a redraw. */
  onChange: () => void;
  signal: AbortSignal;
}

interface Cover {
  el: Element;
  box: ClipBox;
  /** An `aria-modal` dialog or a modal `<dialog>`: the page behind it sits under a backdrop. */
  modal: boolean;
  /** In the browser's top layer (a modal `<dialog>`, an open popover): the overlay layers must join it to be seen above it. */
  topLayer: boolean;
}

/**
 * The page's own menus, dialogs, listboxes and tooltips, which open over its content. Confidant's
 * overlays live in a layer above the whole page, so without this an "Actions" menu or an export
 * dialog opened over a contact table had the table's masked values drawn on top of it, and could
 * not be read.
 *
 * Found by their ARIA roles (what design systems give them for screen readers) and as `<dialog>`s
 * once per page view, then in what the page adds, and popovers by their toggle event; whether each
 * one shows is read at every draw, since pages open them by toggling a class. A value under one is
 * left to the highlight, which keeps it masked; a value inside one is drawn as usual.
 */
export class CoveringUi {
  private readonly tracked = new Set<Element>();
  /** Tracked for being fixed or sticky (pinned-elements.ts), not for a role: covers under conditions (pinnedCovers). */
  private readonly pinned = new WeakSet<Element>();
  /** Search the whole document (a new page view) before anything else. */
  private wholeDocument = true;
  private added: ParentNode[] = [];
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private readonly observer: MutationObserver;
  /** Watches the page's headers that are not pinned yet: pages pin them from script as the window scrolls. */
  private readonly headers: MutationObserver;
  /** Watched headers whose class or style changed since the last draw. */
  private readonly restyled = new Set<Element>();
  /** What the user's last click opened, anywhere in the page (after-click.ts). */
  private readonly afterClick: AfterClick;

  constructor(private readonly options: CoveringUiOptions) {
    const { doc, signal } = options;
    // A menu or dialog the page keeps in the document opens by a change to its own attributes.
    this.observer = new MutationObserver(() => options.onChange());
    // Observers only note what changed: the computed styles are read at the next draw (covers()).
    this.headers = new MutationObserver((records) => {
      for (const r of records) this.restyled.add(r.target as Element);
      options.onChange();
    });
    // Or by a change higher up (a wrapper's class): the click or key that opened it is the cue.
    // Keys that type a character are not (a redraw per keystroke in a form is a cost for nothing).
    // Read by property, not `instanceof`: a same-origin frame's events come from another realm.
    const cue = (e: Event) => {
      if (!e.isTrusted || (e as Partial<KeyboardEvent>).key?.length === 1) return;
      // A dropdown with no role, kept beside its toggle, or anywhere: tracked from the click that opens it.
      const target = e.composedPath()[0] as Element | undefined;
      if (target && target.nodeType === 1) for (const el of floatingBeside(target)) this.trackPinned(el);
      this.afterClick.clicked();
      this.changedSoon();
    };
    const listen = { capture: true, passive: true, signal };
    doc.addEventListener('pointerup', cue, listen);
    doc.addEventListener('keyup', cue, listen);
    // A popover opens into the top layer with no attribute changed: its toggle event says so.
    doc.addEventListener(
      'toggle',
      (e) => {
        const target = e.target as Element | null;
        // Confidant's own layers open as popovers too (overlay-layer.ts): those are no news.
        if (target && typeof target.hasAttribute === 'function' && target.hasAttribute('popover') && !target.hasAttribute(UI_ATTR)) {
          this.track(target);
          options.onChange();
        }
      },
      listen,
    );
    this.afterClick = new AfterClick(doc, TOGGLES, SETTLE_MS, (el) => this.trackPinned(el));
    // Menus that open on hover alone.
    new HoverMenus(
      doc,
      (el) => this.trackPinned(el),
      () => options.onChange(),
      signal,
    );
    signal.addEventListener('abort', () => {
      this.afterClick.stop();
      this.observer.disconnect();
      this.headers.disconnect();
      clearTimeout(this.searchTimer);
      clearTimeout(this.settleTimer);
      cancelAnimationFrame(this.frame);
    });
  }

  /** A new page view: the whole document is searched again, in a task of its own. */
  reset(): void {
    this.tracked.clear();
    this.observer.disconnect();
    this.headers.disconnect();
    this.restyled.clear();
    this.wholeDocument = true;
    this.added = [];
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      if (!this.options.signal.aborted) this.search();
    }, 0);
  }

  /** The page added an element or a shadow root: searched before the next draw. */
  noteAdded(node: Node): void {
    if (node.ownerDocument !== this.options.doc && node !== this.options.doc) return;
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    // The search of the whole document does not enter shadow roots: those are always noted.
    if (this.wholeDocument && node.nodeType !== 11) return;
    this.added.push(node as ParentNode);
    if (this.added.length > MAX_TRACKED) {
      this.added = [];
      this.wholeDocument = true;
    }
    // In a frame of its own when no draw comes first: the covers are known before the overlays move.
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.options.signal.aborted) this.search();
    });
  }

  /**
   * What covers the page now, for one draw: the tracked elements that show, with their boxes.
   * Elements in the browser's top layer are among them: while one shows, the overlay layers join
   * the top layer above it (overlay-layer.ts), and it covers the page as any dialog does.
   */
  covers(): Covers {
    if (this.added.length > 0 && !this.wholeDocument) this.search();
    if (this.restyled.size > 0) {
      for (const el of this.restyled) if (pinnedNow(el)) this.trackPinned(el);
      this.restyled.clear();
    }
    const view = this.options.doc.defaultView;
    const found: Cover[] = [];
    if (!view || this.tracked.size === 0) return new Covers(found);
    for (const el of this.tracked) {
      if (!el.isConnected) {
        this.tracked.delete(el);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= view.innerHeight || r.left >= view.innerWidth) continue;
      if (!shows(el)) continue;
      if (this.pinned.has(el) && !pinnedCovers(el, r, view)) continue;
      const top = topLayerKind(el);
      found.push({
        el,
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        modal: top === 'modal' || el.getAttribute('aria-modal') === 'true',
        topLayer: top !== null,
      });
    }
    return new Covers(found);
  }

  /** Finds menus and dialogs in the whole document, or in what the page added since the last search. */
  private search(): void {
    const t0 = performance.now();
    const roots: ParentNode[] = this.wholeDocument ? [this.options.doc, ...this.added] : this.added;
    this.wholeDocument = false;
    this.added = [];
    const before = this.tracked.size;
    for (const root of roots) {
      if (root.nodeType === 9) {
        // The page view's search: the app bars and banners too, in a bounded walk.
        const body = (root as Document).body;
        const watch: Element[] = [];
        if (body) for (const el of findPinned(body, undefined, watch)) this.trackPinned(el);
        for (const el of watch) this.headers.observe(el, { attributes: true, attributeFilter: ['class', 'style'] });
      } else if (root.nodeType === 1) {
        const el = root as Element;
        if (!el.isConnected || el.closest(`[${UI_ATTR}]`)) continue;
        if (el.matches(SELECTOR)) this.track(el);
        // An added element may be a banner, a bar or a dropdown with no role itself (its descendants move with
        // it); right after a click, any floating element the page adds may be what the click opened.
        else if (floatsWhenAdded(el) || (this.afterClick.watching && floats(el))) this.trackPinned(el);
      }
      for (const el of root.querySelectorAll(SELECTOR)) this.track(el);
    }
    performance.measure('confidant:covers', { start: t0, end: performance.now() });
    if (this.tracked.size !== before) this.options.onChange();
  }

  private trackPinned(el: Element): void {
    if (this.tracked.has(el)) return;
    this.track(el);
    if (!this.tracked.has(el)) return;
    this.pinned.add(el);
    this.options.onChange();
  }

  private track(el: Element): void {
    if (this.tracked.has(el) || this.tracked.size >= MAX_TRACKED || el.closest(`[${UI_ATTR}]`)) return;
    this.tracked.add(el);
    this.observer.observe(el, { attributes: true, attributeFilter: TOGGLES });
  }

  /** Redraws now and once more when an opening animation has run. */
  private changedSoon(): void {
    if (this.tracked.size === 0) return;
    this.options.onChange();
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      if (!this.options.signal.aborted) this.options.onChange();
    }, SETTLE_MS);
  }
}

/** The covers of one draw. */
export class Covers {
  private readonly anyModal: boolean;

  constructor(private readonly list: readonly Cover[]) {
    this.anyModal = list.some((c) => c.modal);
  }

  get size(): number {
    return this.list.length;
  }

  /** The top-layer elements that show: the overlay layers must be opened above them. */
  get topLayer(): Element[] {
    return this.list.filter((c) => c.topLayer).map((c) => c.el);
  }

  /**
   * `visible` (a value's overlay box) less what covers it: the page's menus and dialogs it is not
   * inside. `behindBackdrop`: an open modal dialog covers the whole page outside it (its backdrop),
   * for overlays that have a highlight under them to keep the value masked there; a form field's
   * overlay is its only mask and stays.
   */
  cut(visible: ClipBox, node: Node, behindBackdrop: boolean): ClipBox | null {
    if (this.list.length === 0) return visible;
    let left: ClipBox | null = visible;
    let inside = false;
    for (const cover of this.list) {
      const overlaps = intersects(visible, cover.box);
      if (!overlaps && !(cover.modal && behindBackdrop)) continue;
      if (containsAcross(cover.el, node)) {
        inside = true;
        continue;
      }
      if (overlaps && left) left = outside(left, cover.box);
    }
    if (behindBackdrop && this.anyModal && !inside && !this.insideAny(node)) return null;
    return left;
  }

  /** Whether the node sits in any of the covers (a menu a modal dialog opened, outside the dialog). */
  private insideAny(node: Node): boolean {
    return this.list.some((c) => containsAcross(c.el, node));
  }
}

function intersects(a: ClipBox, b: ClipBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** `el.contains(node)`, also when the node is in a shadow root inside `el`. */
function containsAcross(el: Element, node: Node): boolean {
  for (let at: Node | null = node; at;) {
    if (el.contains(at)) return true;
    const root = at.getRootNode();
    at = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return false;
}

/**
 * Whether a fixed or sticky element found without a role covers what is under it: not when clicks
 * go through it (an empty toast container spanning the screen), nor when it spans more than half
 * the viewport (an app shell, which holds the values itself, or a backdrop).
 */
function pinnedCovers(el: Element, r: DOMRect, view: Window): boolean {
  if (r.width * r.height > (view.innerWidth * view.innerHeight) / 2) return false;
  return view.getComputedStyle(el).pointerEvents !== 'none';
}

/** Whether the element is in the browser's top layer, and as what. */
function topLayerKind(el: Element): 'modal' | 'popover' | null {
  try {
    if (el.matches(':modal')) return 'modal';
    return el.matches(':popover-open') ? 'popover' : null;
  } catch {
    return null; // a browser without these selectors has no top layer to speak of here
  }
}
