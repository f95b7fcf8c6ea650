import { cellMayHold, scanCellInto, type ColumnPlan } from '../detectors/index';
import { shapeOf } from '../detectors/shape';
import { labelPlan, lineStarts, locate, placed, type DocumentFinding, type DocumentScanOptions } from './document-findings';
import { DecodedText } from './html-entities';
import { TagReader, rawTextEnd } from './html-tags';

const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const CELL_LABELS = new Set(['th', 'dt', 'label']);
/** Blocks that end the reach of a "Name:" label outside tables. */
const LABEL_BREAKS = new Set(['p', 'div', 'li', 'section', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The tags scanHtml tells apart; any other reads as OTHER_TAG. */
const TAG_NAMES = new Set(['table', 'td', ...RAW_TEXT, ...CELL_LABELS, ...LABEL_BREAKS]);

/**
 * Where the first character of html[from, to) that is not a space, tab or line break is, or -1:
 * most gaps between tags are indentation, and are passed over without being copied out.
 */
function firstNonBlank(html: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
  }
  return -1;
}

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

  const text = (from: number, to: number): void => {
    if (to <= from) return;
    const first = firstNonBlank(html, from, to);
    if (first < 0) return;
    const raw = html.slice(from, to);
    // Other white space only (no-break spaces, form feeds): nothing to scan or to add to a label.
    if (html.charCodeAt(first) > 127 && !raw.trim()) return;
    const decoded = raw.includes('&') ? new DecodedText(raw) : null;
    const value = decoded ? decoded.value : raw;
    if (inLabel) {
      labelText += value;
      return;
    }
    const table = tables[tables.length - 1];
    const plan = planFor(table);
    const shape = shapeOf(value);
    if (cellMayHold(plan, shape, options)) {
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
    // "Name: <span>…</span>": a short text ending in a colon labels what follows.
    if (isInlineLabel(value)) lastLabel = value.trim().slice(0, -1).toLowerCase();
  };

  const tag = new TagReader(TAG_NAMES);
  let textStart = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at)) {
    if (!tag.read(html, at)) {
      at++;
      continue;
    }
    text(textStart, at);
    textStart = at = tag.end;
    const name = tag.name;
    if (!name) continue; // a comment or doctype
    const closing = tag.closing;
    if (!closing && RAW_TEXT.has(name)) {
      textStart = at = rawTextEnd(html, name, at);
      continue;
    }
    const table = tables[tables.length - 1];
    if (name === 'table') {
      if (closing) tables.pop();
      else tables.push({ headers: [], plans: [], col: -1, rowHasTd: false });
    } else if (name === 'tr' && table && !closing) {
      table.col = -1;
      table.rowHasTd = false;
    } else if ((name === 'td' || name === 'th') && table) {
      if (!closing) {
        table.col++;
        cellTag = name;
        if (name === 'th') {
          inLabel = true;
          labelText = '';
        }
      } else {
        if (name === 'th') {
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
      if (name === 'td' && !closing) table.rowHasTd = true;
    } else if (CELL_LABELS.has(name)) {
      if (!closing) {
        inLabel = true;
        labelText = '';
      } else {
        inLabel = false;
        lastLabel = labelText.replace(/\s+/g, ' ').trim().toLowerCase().replace(/:$/, '');
      }
    } else if (!closing && !table && LABEL_BREAKS.has(name)) {
      lastLabel = '';
    }
  }
  text(textStart, html.length);
  return out;
}
