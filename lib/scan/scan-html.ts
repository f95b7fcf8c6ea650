import { cellMayHold, scanCellInto, type ColumnPlan } from '../detectors/index';
import { COLON, shapeFlags, shapeOf } from '../detectors/shape';
import { labelPlan, lineStarts, locate, placed, type DocumentFinding, type DocumentScanOptions } from './document-findings';
import { DecodedText } from './html-entities';
import { TagReader, rawTextEnd } from './html-tags';

// What scanHtml does with a tag, as bits by name (html-tags.ts reads any other tag as kind 0).
/** `<script>`, `<style>` and the like: their content is skipped, not scanned. */
const RAW_TEXT = 1;
/** `<th>`, `<dt>`, `<label>`: their text labels what follows. */
const CELL_LABEL = 2;
/** Blocks that end the reach of a "Name:" label outside tables. */
const LABEL_BREAK = 4;
const TABLE = 8;
const ROW = 16;
const DATA_CELL = 32;
const HEADER_CELL = 64;
const TAG_KINDS: Record<string, number> = {
  script: RAW_TEXT,
  style: RAW_TEXT,
  noscript: RAW_TEXT,
  template: RAW_TEXT,
  svg: RAW_TEXT,
  table: TABLE,
  tr: ROW | LABEL_BREAK,
  td: DATA_CELL,
  th: HEADER_CELL | CELL_LABEL,
  dt: CELL_LABEL,
  label: CELL_LABEL,
  p: LABEL_BREAK,
  div: LABEL_BREAK,
  li: LABEL_BREAK,
  section: LABEL_BREAK,
  h1: LABEL_BREAK,
  h2: LABEL_BREAK,
  h3: LABEL_BREAK,
  h4: LABEL_BREAK,
  h5: LABEL_BREAK,
  h6: LABEL_BREAK,
};
/** One reader for every file: scanHtml runs to completion and never calls itself. */
const tag = new TagReader(TAG_KINDS);

/** Whether `value` ends in a colon after at most 40 characters, trimmed ("Phone:"): it labels what follows. */
function isInlineLabel(value: string): boolean {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) <= 32) end--;
  if (end === 0 || value.charCodeAt(end - 1) !== 58) return false;
  const trimmed = value.trim();
  return trimmed.length <= 40 && trimmed.endsWith(':');
}

interface Table {
  headers: string[];
  /** The plan of each column, made from its header when its first cell is scanned. */
  plans: (ColumnPlan | undefined)[];
  col: number;
  rowHasTd: boolean;
}

/**
 * HTML without a DOM: a tag scan (html-tags.ts) that drops scripts and styles, keeps each table's
 * header row as the label of its columns, and gives `<dt>`/`<label>`/`<th>` text as the label of
 * what follows. Offsets point into the original HTML, also after character references.
 */
export function scanHtml(html: string, options: DocumentScanOptions = {}): DocumentFinding[] {
  const starts = lineStarts(html);
  const out: DocumentFinding[] = [];
  const tables: Table[] = [];
  let lastLabel = '';
  let inLabel = false;
  let labelText = '';
  let cellTag = '';

  const planFor = (table: Table | undefined): ColumnPlan => {
    if (table && cellTag === 'td') return (table.plans[table.col] ??= labelPlan(table.headers[table.col] ?? '', options));
    return labelPlan(lastLabel, options);
  };

  /** Where the next `&` at or after a text's start is (Infinity when none): found once per `&`, not per text. */
  let ampersand = -1;
  const hasReference = (from: number, to: number): boolean => {
    if (ampersand < from) {
      const at = html.indexOf('&', from);
      ampersand = at < 0 ? Infinity : at;
    }
    return ampersand < to;
  };

  /** Text inside a `<th>`, `<dt>` or `<label>`: it becomes the label of what follows. */
  const labelPart = (from: number, to: number): void => {
    const raw = html.slice(from, to);
    if (!raw.trim()) return;
    labelText += hasReference(from, to) ? new DecodedText(raw).value : raw;
  };

  const text = (from: number, to: number): void => {
    if (to <= from) return;
    if (inLabel) {
      labelPart(from, to);
      return;
    }
    // Shaped in place: most texts between tags are indentation or hold nothing a detector can
    // match, and are never copied out of the file.
    let value: string | null = null;
    let decoded: DecodedText | null = null;
    let shape: number;
    if (hasReference(from, to)) {
      decoded = new DecodedText(html.slice(from, to));
      value = decoded.value;
      shape = shapeOf(value);
    } else {
      shape = shapeOf(html, from, to);
    }
    const table = tables[tables.length - 1];
    const plan = planFor(table);
    // White space alone holds nothing (a labelled cell needs a value, every pattern a character).
    if (cellMayHold(plan, shape, options) && (value ??= html.slice(from, to)).trim()) {
      const label = table && cellTag === 'td' ? (table.headers[table.col] ?? '') : lastLabel;
      const firstFinding = out.length;
      const count = scanCellInto(value, plan, options, shape, out);
      for (let i = firstFinding; i < firstFinding + count; i++) {
        const f = out[i] as DocumentFinding;
        const start = from + (decoded ? decoded.rawOffset(f.start) : f.start);
        const end = from + (decoded ? decoded.rawOffset(f.end) : f.end);
        const at = locate(starts, start);
        placed(f, start, end, at.line, at.column, label || undefined);
      }
    }
    if ((shapeFlags(shape) & COLON) === 0) return;
    value ??= html.slice(from, to);
    // "Name: <span>…</span>": a short text ending in a colon labels what follows.
    if (isInlineLabel(value)) lastLabel = value.trim().slice(0, -1).toLowerCase();
  };

  let textStart = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at)) {
    if (!tag.read(html, at)) {
      at++;
      continue;
    }
    text(textStart, at);
    textStart = at = tag.end;
    const kind = tag.kind;
    if (kind === 0) continue; // a comment, doctype or a tag that changes nothing here
    const closing = tag.closing;
    if (kind === RAW_TEXT) {
      if (!closing) textStart = at = rawTextEnd(html, tag.name, at);
      continue;
    }
    const table = tables[tables.length - 1];
    if (kind === TABLE) {
      if (closing) tables.pop();
      else tables.push({ headers: [], plans: [], col: -1, rowHasTd: false });
    } else if ((kind & ROW) !== 0 && table && !closing) {
      table.col = -1;
      table.rowHasTd = false;
    } else if ((kind & (DATA_CELL | HEADER_CELL)) !== 0 && table) {
      const header = (kind & HEADER_CELL) !== 0;
      if (!closing) {
        table.col++;
        cellTag = tag.name;
        if (header) {
          inLabel = true;
          labelText = '';
        } else {
          table.rowHasTd = true;
        }
      } else {
        if (header) {
          inLabel = false;
          const label = labelText.replace(/\s+/g, ' ').trim().toLowerCase();
          if (!table.rowHasTd) {
            table.headers[table.col] = label;
            table.plans[table.col] = undefined;
          }
          lastLabel = label;
        }
        cellTag = '';
      }
    } else if ((kind & CELL_LABEL) !== 0) {
      if (!closing) {
        inLabel = true;
        labelText = '';
      } else {
        inLabel = false;
        lastLabel = labelText.replace(/\s+/g, ' ').trim().toLowerCase().replace(/:$/, '');
      }
    } else if ((kind & LABEL_BREAK) !== 0 && !closing && !table) {
      lastLabel = '';
    }
  }
  text(textStart, html.length);
  return out;
}
