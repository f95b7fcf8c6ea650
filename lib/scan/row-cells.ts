/**
 * The texts of a table row's plain cells, read from the row's serialized HTML (`row.innerHTML`).
 *
 * Why: reading cells through the DOM gives each cell element and each text node a wrapper in the
 * content script's isolated world, twice what a page script pays, and the scavenger's pass over
 * those wrappers put 6-17 ms pauses inside slices (traced at 10k rows). One string per row needs
 * one wrapper (the row); cells holding a value are then reached through the DOM.
 *
 * A cell is read here only when its serialized content holds no `<` (no element, no comment) and
 * no `&` (no escaped character): its text then equals its text content exactly. Reading stops at
 * the first other cell, and the caller reads the rest of the row through the DOM.
 */
export interface RowCells {
  /** Texts of the leading plain cells, by cell index (reused from row to row). */
  texts: string[];
  /** Whether each of them is a <th>. */
  headers: boolean[];
  /** How many leading cells were read. */
  count: number;
  /** All of the row was read (no cell left for the DOM). */
  complete: boolean;
}

export function newRowCells(): RowCells {
  return { texts: [], headers: [], count: 0, complete: false };
}

const GT = 62; // >
const QUOTE = 34; // "
const SLASH = 47; // /

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** `<td` or `<th` at `at`, followed by the end of the tag name: 'd', 'h', or 0 when neither. */
function cellTagAt(html: string, at: number): number {
  if (html.charCodeAt(at + 1) !== 116) return 0; // t
  const k = html.charCodeAt(at + 2);
  if (k !== 100 && k !== 104) return 0; // d, h
  const after = html.charCodeAt(at + 3);
  return after === GT || isSpaceCode(after) ? k : 0;
}

/** Reads `html` (a row's innerHTML in an HTML document) into `out`. */
export function readRowCells(html: string, out: RowCells): RowCells {
  out.count = 0;
  out.complete = false;
  const len = html.length;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    // Only white space may sit between cells; text or a tag of another kind goes to the DOM path.
    for (let j = i, end = lt < 0 ? len : lt; j < end; j++) if (!isSpaceCode(html.charCodeAt(j))) return out;
    if (lt < 0) {
      out.complete = true;
      return out;
    }
    const kind = cellTagAt(html, lt);
    if (!kind) return out;
    // End of the start tag: attribute values are serialized in double quotes, with `"` escaped.
    let j = lt + 3;
    let quoted = false;
    for (; j < len; j++) {
      const c = html.charCodeAt(j);
      if (c === QUOTE) quoted = !quoted;
      else if (c === GT && !quoted) break;
    }
    const start = j + 1;
    const close = html.indexOf('<', start);
    // The content must run up to this cell's own end tag (`</td>` or `</th>`), with nothing escaped.
    if (
      close < 0 ||
      html.charCodeAt(close + 1) !== SLASH ||
      html.charCodeAt(close + 2) !== 116 ||
      html.charCodeAt(close + 3) !== kind ||
      html.charCodeAt(close + 4) !== GT
    ) {
      return out;
    }
    const text = html.slice(start, close);
    if (text.includes('&')) return out;
    out.texts[out.count] = text;
    out.headers[out.count] = kind === 104;
    out.count++;
    i = close + 5;
  }
}
