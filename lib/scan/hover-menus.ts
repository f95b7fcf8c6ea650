import { floatingBeside } from './floating-beside';
import { shows } from './shows';

/** The pointer's place is looked at this often at most, after it stops on an element. */
const EVERY_MS = 100;
/** Menus opened by hovering that are remembered, at most. */
const MAX_MENUS = 50;

/**
 * Menus that open on hover (`li:hover > ul { display: block }`): no click, no attribute change,
 * nothing but the pointer's place opens them. As the pointer moves, at most every 100 ms, the
 * floating elements beside what it is over (floating-beside.ts) are handed over as covers, and a
 * redraw is asked for whenever one of those it found shows or hides since the last look.
 */
export class HoverMenus {
  private readonly known = new Map<Element, boolean>();
  private last: Element | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    doc: Document,
    private readonly onFound: (el: Element) => void,
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    doc.addEventListener(
      'pointerover',
      (e) => {
        if (!e.isTrusted) return;
        const target = e.composedPath()[0] as Element | undefined;
        if (!target || target.nodeType !== 1) return;
        this.last = target;
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          if (!signal.aborted) this.look();
        }, EVERY_MS);
      },
      { capture: true, passive: true, signal },
    );
    signal.addEventListener('abort', () => clearTimeout(this.timer));
  }

  private look(): void {
    const target = this.last;
    if (target?.isConnected) {
      for (const el of floatingBeside(target)) {
        if (this.known.has(el) || this.known.size >= MAX_MENUS) continue;
        this.known.set(el, false);
        this.onFound(el);
      }
    }
    let changed = false;
    for (const [el, shown] of this.known) {
      if (!el.isConnected) {
        this.known.delete(el);
        continue;
      }
      const now = shows(el);
      if (now !== shown) {
        this.known.set(el, now);
        changed = true;
      }
    }
    if (changed) this.onChange();
  }
}
