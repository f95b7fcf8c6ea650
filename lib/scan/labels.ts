import { withOrderContext } from './order-tables';

/**
 * The label of a text node: the header of its table column, the header of its row, its <dt>, its
 * <label>, or a short "Field:" element right before it. Detectors use it as context (a column headed
 * Phone raises confidence, one headed Order # lowers it). Header texts are cached per table.
 */
const headerCache = new WeakMap<Element, string[]>();
const MAX_LABEL = 60;

export function clean(text: string | null | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return t.length > MAX_LABEL ? '' : t.replace(/:$/, '');
}

/** The labels of a table's columns, by cell index (cached per table). */
export function tableHeaders(table: Element): string[] {
  const cached = headerCache.get(table);
  if (cached) return cached;
  let headers: string[] = [];
  // Plain DOM calls (not tHead/rows/cells), so the same code runs on any DOM implementation.
  const first = table.querySelector('tr');
  const headRow = table.querySelector(':scope > thead > tr') ?? (first?.firstElementChild?.tagName === 'TH' ? first : null);
  if (headRow) {
    for (const cell of Array.from(headRow.children)) {
      const label = clean(cell.textContent);
      const span = Number(cell.getAttribute('colspan')) || 1;
      for (let i = 0; i < span; i++) headers.push(label);
    }
  } else {
    // ARIA grids: role=columnheader cells in document order.
    headers = Array.from(table.querySelectorAll('[role="columnheader"]'), (h) => clean(h.textContent));
  }
  headers = withOrderContext(headers);
  headerCache.set(table, headers);
  return headers;
}

/** Forgets cached headers (a re-render may relabel columns). */
export function forgetHeaders(table: Element): void {
  headerCache.delete(table);
}

function cellLabel(cell: Element): string {
  if (cell.tagName === 'TH') return '';
  const row = cell.parentElement;
  // Fast path for plain tables (td → tr → tbody → table); grids fall back to closest().
  const up = row?.parentElement;
  const table =
    up?.tagName === 'TABLE'
      ? up
      : up?.parentElement?.tagName === 'TABLE'
        ? up.parentElement
        : cell.closest('table, [role="grid"], [role="table"]');
  if (!row || !table) return '';
  if (cell.tagName === 'TD') {
    // A row header (<tr><th>Phone</th><td>…</td></tr>) is the label of a profile-style table.
    const first = row.firstElementChild;
    if (first && first !== cell && first.tagName === 'TH' && row.children.length === 2) return clean(first.textContent);
    const index = (cell as HTMLTableCellElement).cellIndex ?? Array.prototype.indexOf.call(row.children, cell);
    return tableHeaders(table)[index] ?? '';
  }
  const colIndex = Number(cell.getAttribute('aria-colindex'));
  const cells = Array.from(row.children);
  const index = colIndex > 0 ? colIndex - 1 : cells.indexOf(cell);
  return tableHeaders(table)[index] ?? '';
}

/** The label for the text in `el`, or '' when the page gives none. */
export function labelFor(el: Element | null): string {
  if (!el) return '';
  const cell = el.tagName === 'TD' ? el : el.closest('td, th, [role="gridcell"], [role="cell"]');
  if (cell) return cellLabel(cell);
  const dd = el.closest('dd');
  if (dd) {
    let prev = dd.previousElementSibling;
    while (prev && prev.tagName !== 'DT') prev = prev.previousElementSibling;
    return clean(prev?.textContent);
  }
  const aria = el.closest('[aria-label]')?.getAttribute('aria-label');
  if (aria && el.closest('[aria-label]') === el) return clean(aria);
  // The value may sit in an element of its own inside the value's box (`<div class="value"><span>…`,
  // `<dd>`-like `<div><strong>…`): the box's label counts, three levels up at most (a list in the box: `<div class="value"><ul><li>…`).
  for (let box: Element | null = el, level = 0; box && level < 4; box = soleChildOf(box), level++) {
    const label = labelBefore(box);
    if (label !== null) return label;
  }
  return '';
}

/** The element's parent when the element is its only child element (its box), else null. */
function soleChildOf(el: Element): Element | null {
  const parent = el.parentElement;
  return parent && parent.childElementCount === 1 && parent.tagName !== 'BODY' ? parent : null;
}

/** The label written right before `el` (a label element, a "Field:" text, aria-labelledby), or null. */
function labelBefore(el: Element): string | null {
  // Profile layouts: <span class="label">Phone</span><span>…</span>, or a <label> before the value.
  const prev = el.previousElementSibling;
  if (
    prev &&
    (prev.tagName === 'LABEL' || prev.tagName === 'DT' || prev.tagName === 'TH' || /label|key|field|title/i.test(prev.className))
  ) {
    return clean(prev.textContent);
  }
  // "Name: <span>…</span>": the text right before the element ends with a colon.
  const before = el.previousSibling;
  if (before?.nodeType === 3 && /:\s*$/.test(before.textContent ?? '')) return clean(before.textContent);
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) return clean(el.ownerDocument.getElementById(labelled)?.textContent);
  return null;
}
