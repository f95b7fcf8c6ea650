/**
 * The part of the viewport where an element's content can show: its ancestors that clip their
 * overflow (a scrolling panel, a table cell cut off with an ellipsis) bound it. Overlays live in
 * Confidant's own fixed layer, outside the page's boxes, so without this a masked value scrolled
 * out of a panel was drawn over the page around the panel.
 *
 * One instance per draw: an ancestor's clip is worked out once however many values it holds, and
 * the page cannot change its layout during the draw.
 */
export interface ClipBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const UNBOUNDED: ClipBox = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

export class ClipBoxes {
  private readonly known = new Map<Element, ClipBox>();

  /** The box the element's content is clipped to (unbounded when nothing clips it). */
  of(el: Element): ClipBox {
    const cached = this.known.get(el);
    if (cached) return cached;
    // Elements up to the first one known, then their boxes from the outermost in.
    const chain: Element[] = [];
    let at: Element | null = el;
    let outer = UNBOUNDED;
    while (at) {
      const known = this.known.get(at);
      if (known) {
        outer = known;
        break;
      }
      chain.push(at);
      at = parentAcrossShadow(at);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i] as Element;
      outer = clipBy(node, outer);
      this.known.set(node, outer);
    }
    return outer;
  }
}

/** The parent element, or a shadow root's host (a value in a component is clipped by the page's panels too). */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 ? (root as ShadowRoot).host : null;
}

/** Overflow values that cut an element's content off at its padding box. */
const CLIPPING = new Set(['hidden', 'auto', 'scroll', 'clip', 'overlay']);

/** `outer` narrowed by the element's own padding box on each axis it clips (the viewport scrolls the root). */
function clipBy(el: Element, outer: ClipBox): ClipBox {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body) return outer;
  const style = doc.defaultView?.getComputedStyle(el);
  if (!style) return outer;
  const clipsX = CLIPPING.has(style.overflowX);
  const clipsY = CLIPPING.has(style.overflowY);
  if (!clipsX && !clipsY) return outer;
  const box = el.getBoundingClientRect();
  const left = box.left + el.clientLeft;
  const top = box.top + el.clientTop;
  return {
    left: clipsX ? Math.max(outer.left, left) : outer.left,
    right: clipsX ? Math.min(outer.right, left + el.clientWidth) : outer.right,
    top: clipsY ? Math.max(outer.top, top) : outer.top,
    bottom: clipsY ? Math.min(outer.bottom, top + el.clientHeight) : outer.bottom,
  };
}

/**
 * CSS for an overlay drawn over `rect` and cut to `clip`: its position and size, and a clip-path
 * for the part outside; null when nothing of it shows.
 */
export function clippedBox(rect: DOMRect, clip: ClipBox): string | null {
  const left = Math.max(rect.left, clip.left);
  const right = Math.min(rect.right, clip.right);
  const top = Math.max(rect.top, clip.top);
  const bottom = Math.min(rect.bottom, clip.bottom);
  if (right <= left || bottom <= top) return null;
  const position = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;`;
  if (left === rect.left && right === rect.right && top === rect.top && bottom === rect.bottom) return position;
  const inset = [top - rect.top, rect.right - right, rect.bottom - bottom, left - rect.left].map((n) => `${n}px`).join(' ');
  return `${position}clip-path:inset(${inset});`;
}
