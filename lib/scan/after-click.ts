import { floats } from './floating-beside';

/** Elements whose attributes changed that are looked at, at most, per click (a computed style each). */
const MAX_CHANGED = 50;

/**
 * What the user's click opened, wherever it is: a dropdown the page keeps far from its toggle (at
 * the end of the page's main area, say) and opens by a class, with no role and no `aria-controls`
 * to find it by. For a short while after each click or non-typing key, the changes to elements'
 * class, style and visibility attributes are watched, and a changed element that floats (absolutely
 * positioned or fixed) is handed over as a cover. Nothing is watched while the user does nothing:
 * an observer on the whole document's attributes would see every change an app makes as it runs.
 */
export class AfterClick {
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seen = new Set<Element>();

  constructor(
    private readonly doc: Document,
    /** The attributes pages change to open a menu (covering-ui.ts). */
    private readonly attributes: readonly string[],
    /** How long after the click its effects are watched. */
    private readonly windowMs: number,
    private readonly onFloating: (el: Element) => void,
  ) {
    this.observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (this.seen.has(el) || this.seen.size >= MAX_CHANGED) continue;
        this.seen.add(el);
        if (el.isConnected && floats(el)) this.onFloating(el);
      }
    });
  }

  /** Whether a click's window is open now (elements the page adds meanwhile may be what it opened). */
  get watching(): boolean {
    return this.timer !== undefined;
  }

  /** The user clicked or pressed a key: its effects are watched for the window's length. */
  clicked(): void {
    if (this.timer === undefined) {
      this.seen = new Set();
      this.observer.observe(this.doc.documentElement, { attributes: true, subtree: true, attributeFilter: [...this.attributes] });
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), this.windowMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.observer.disconnect();
  }
}
