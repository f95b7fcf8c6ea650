import { stickyColumnsBeside } from './sticky-columns';

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

const NO_BOXES: readonly ClipBox[] = Object.freeze([]);

const UNBOUNDED: ClipBox = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

export class ClipBoxes {
  private readonly known = new Map<Element, ClipBox>();
  private readonly headers = new Map<Element, ClipBox | null>();
  /** Per table, then per column index: the other sticky columns' boxes (sticky-columns.ts). */
  private readonly columns = new Map<Element, Map<number, readonly ClipBox[]>>();

  /** The box of the sticky column header of the table a body cell's element sits in, or null. */
  stickyHeaderOf(el: Element): ClipBox | null {
    const table = el.closest('table');
    if (!table || table.tHead?.contains(el)) return null;
    let header = this.headers.get(table);
    if (header === undefined) {
      header = stickyHeader(table);
      this.headers.set(table, header);
    }
    return header;
  }

  /** The boxes of the sticky columns of the table a body cell's element sits in, other than its own column. */
  stickyColumnsOver(el: Element): readonly ClipBox[] {
    const cell = el.closest('td, th') as HTMLTableCellElement | null;
    const table = cell?.closest('table');
    if (!cell || !table) return NO_BOXES;
    let byColumn = this.columns.get(table);
    if (!byColumn) this.columns.set(table, (byColumn = new Map()));
    let boxes = byColumn.get(cell.cellIndex);
    if (!boxes) byColumn.set(cell.cellIndex, (boxes = stickyColumnsBeside(cell, table)));
    return boxes;
  }

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

/**
 * What sticks of each table's header (its first header cell, or the <thead>), or null: looked up
 * once per table, since a computed style per draw cost more than the rest of the draw's clipping.
 */
const stickyParts = new WeakMap<HTMLTableElement, Element | null>();

function stickyPart(table: HTMLTableElement): Element | null {
  const known = stickyParts.get(table);
  if (known !== undefined) return known;
  const head = table.tHead;
  const view = table.ownerDocument.defaultView;
  const sticks = (el: Element | null | undefined) => {
    const position = el ? view?.getComputedStyle(el).position : undefined;
    return position === 'sticky' || position === 'fixed';
  };
  const cell = head?.rows[0]?.cells[0];
  // A sticky cell moves, its row does not: the cell's box is where the header shows.
  const part = cell && sticks(cell) ? cell : head && sticks(head) ? head : null;
  stickyParts.set(table, part);
  return part;
}

/** The table's sticky header box (the table's width, the sticking part's height), or null. */
function stickyHeader(table: HTMLTableElement): ClipBox | null {
  const part = stickyPart(table);
  if (!part) return null;
  const box = part.getBoundingClientRect();
  const across = table.getBoundingClientRect();
  return { left: across.left, top: box.top, right: across.right, bottom: box.bottom };
}

/** The parent element, or a shadow root's host (a value in a component is clipped by the page's panels too). */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 ? (root as ShadowRoot).host : null;
}

/** Overflow values that cut an element's content off at its padding box. */
const CLIPPING = new Set(['hidden', 'auto', 'scroll', 'clip', 'overlay']);

const CLIPS_X = 1;
const CLIPS_Y = 2;
/**
 * The axes each element clips, looked up once per element: boxes move on every scroll, overflow
 * styles hardly ever, and a computed style for every cell near the viewport made each draw slower.
 */
const clipAxes = new WeakMap<Element, number>();

function axesOf(el: Element): number {
  const known = clipAxes.get(el);
  if (known !== undefined) return known;
  const doc = el.ownerDocument;
  const style = el === doc.documentElement || el === doc.body ? null : doc.defaultView?.getComputedStyle(el);
  const axes = style ? (CLIPPING.has(style.overflowX) ? CLIPS_X : 0) | (CLIPPING.has(style.overflowY) ? CLIPS_Y : 0) : 0;
  clipAxes.set(el, axes);
  return axes;
}

/** `outer` narrowed by the element's own padding box on each axis it clips (the viewport scrolls the root). */
function clipBy(el: Element, outer: ClipBox): ClipBox {
  const axes = axesOf(el);
  if (axes === 0) return outer;
  const clipsX = (axes & CLIPS_X) !== 0;
  const clipsY = (axes & CLIPS_Y) !== 0;
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

/** The part of `rect` inside `clip`, or null when nothing of it shows. */
export function visiblePart(rect: DOMRect, clip: ClipBox): ClipBox | null {
  const left = Math.max(rect.left, clip.left);
  const right = Math.min(rect.right, clip.right);
  const top = Math.max(rect.top, clip.top);
  const bottom = Math.min(rect.bottom, clip.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

/** CSS for an overlay drawn over `rect` of which `visible` shows: its position and size, and a clip-path for the rest. */
export function overlayBox(rect: DOMRect, visible: ClipBox): string {
  const position = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;`;
  const inset = [visible.top - rect.top, rect.right - visible.right, rect.bottom - visible.bottom, visible.left - rect.left];
  if (inset.every((n) => n === 0)) return position;
  return `${position}clip-path:inset(${inset.map((n) => `${n}px`).join(' ')});`;
}

/**
 * `visible` less what a table's sticky column header covers: rows scroll under a header stuck to
 * the top of its panel, and overlays live above everything in the page, so a masked form drawn
 * there would hide the header. The highlight still masks the value under it. Null when nothing
 * is left. (Hit-testing each value instead cost 2 ms an overlay on a 10k-row table.)
 */
export function belowStickyHeader(visible: ClipBox, header: ClipBox | null): ClipBox | null {
  if (!header || visible.bottom <= header.top || visible.top >= header.bottom) return visible;
  const top = Math.max(visible.top, header.bottom);
  return top < visible.bottom ? { ...visible, top } : null;
}

/** `visible` less the sticky columns over it (stickyColumnsOver), as outside() cuts it; null when nothing is left. */
export function besideStickyColumns(visible: ClipBox, columns: readonly ClipBox[]): ClipBox | null {
  let left: ClipBox | null = visible;
  for (let i = 0; i < columns.length && left; i++) left = outside(left, columns[i] as ClipBox);
  return left;
}

/**
 * `visible` less what `cover` hides, as one box: the largest of the parts left, right, above and
 * below the cover (a box with a menu over its middle keeps its wider side). Null when the cover
 * hides it all. An overlay is a rectangle: the smaller parts are left to the highlight, which
 * keeps the value masked there.
 */
export function outside(visible: ClipBox, cover: ClipBox): ClipBox | null {
  if (cover.right <= visible.left || cover.left >= visible.right || cover.bottom <= visible.top || cover.top >= visible.bottom)
    return visible;
  const parts: ClipBox[] = [
    { ...visible, right: Math.min(visible.right, cover.left) },
    { ...visible, left: Math.max(visible.left, cover.right) },
    { ...visible, bottom: Math.min(visible.bottom, cover.top) },
    { ...visible, top: Math.max(visible.top, cover.bottom) },
  ];
  let best: ClipBox | null = null;
  let bestArea = 0;
  for (const p of parts) {
    const area = (p.right - p.left) * (p.bottom - p.top);
    if (p.right > p.left && p.bottom > p.top && area > bestArea) {
      best = p;
      bestArea = area;
    }
  }
  return best;
}
