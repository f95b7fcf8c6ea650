import { cellMayHold, scanCellInto, type ColumnPlan } from '../detectors/index';
import { COLON, shapeFlags, shapeOf } from '../detectors/shape';
import { labelPlan, lineStarts, locate, placed, type DocumentFinding, type DocumentScanOptions } from './document-findings';
import { DecodedText } from './html-entities';
import { withOrderContext } from './order-tables';
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
/** `<thead>`, `<tbody>`, `<tfoot>`: like a row, they end a header cell whose end tag was left out. */
const TABLE_SECTION = 128;
/** `<dd>` and `</dl>`: they end a `<dt>` whose end tag was left out. */
const DEFINITION = 256;
/** `<div>` and `<span>`: a label when their class says so (`<div class="label">Phone</div><div>…</div>`). */
const MAY_LABEL = 512;
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
  dd: DEFINITION,
  dl: DEFINITION,
  thead: TABLE_SECTION,
  tbody: TABLE_SECTION,
  tfoot: TABLE_SECTION,
  label: CELL_LABEL,
  p: LABEL_BREAK,
  div: LABEL_BREAK | MAY_LABEL,
  span: MAY_LABEL,
  li: LABEL_BREAK,
  ul: LABEL_BREAK,
  ol: LABEL_BREAK,
  section: LABEL_BREAK,
  article: LABEL_BREAK,
  aside: LABEL_BREAK,
  nav: LABEL_BREAK,
  header: LABEL_BREAK,
  footer: LABEL_BREAK,
  main: LABEL_BREAK,
  form: LABEL_BREAK,
  h1: LABEL_BREAK | MAY_LABEL,
  h2: LABEL_BREAK | MAY_LABEL,
  h3: LABEL_BREAK | MAY_LABEL,
  h4: LABEL_BREAK,
  h5: LABEL_BREAK,
  h6: LABEL_BREAK,
};
/** One reader for every file: scanHtml runs to completion and never calls itself. */
const tag = new TagReader(TAG_KINDS);

/** What a start tag's class says of its element's text (classRole). */
const CLASS_NOTHING = 0;
/** A label (`label`, `field-label`, `profile__label`): profile layouts pair a label element with a value element. */
const CLASS_LABEL = 1;
/** A person's name (`profile-name`, `contact__name`): a contact page's heading, as lib/scan/profile-heading.ts reads it on screen. */
const CLASS_PERSON_NAME = 2;
/** The label such an element's text gets: the one profile-heading.ts gives a contact page's heading (PROFILE_HEADING_LABEL). */
const PERSON_NAME_LABEL = 'contact name';

const LABEL_CLASS = /(?:^|[\s_-])(?:label|key|field-name)(?:[\s_-]|$)/i;
const PERSON_NAME_CLASS = /(?:^|\s)(?:profile|contact|customer|subscriber|person|member|recipient)[-_]{1,2}name(?:\s|$)/i;

/**
 * The class attribute of the start tag `html[from, to)`, read as a label, a person's name or
 * nothing. Looked for inside the tag only (an indexOf from the tag would run on to the next class
 * in the file), and its value tested only when it holds one of the words.
 */
function classRole(html: string, from: number, to: number): number {
  const markup = html.slice(from, to);
  // Most classes name neither (`name`, `tag`, `row`): three indexOf calls spare the parse and the regexes.
  if (markup.indexOf('label') < 0 && markup.indexOf('key') < 0 && markup.indexOf('name') < 0) return CLASS_NOTHING;
  const at = markup.indexOf('class=');
  if (at < 0) return CLASS_NOTHING;
  const quote = markup.charAt(at + 6);
  const valueStart = quote === '"' || quote === "'" ? at + 7 : at + 6;
  let valueEnd = quote === '"' || quote === "'" ? markup.indexOf(quote, valueStart) : markup.slice(valueStart).search(/[\s>]/) + valueStart;
  if (valueEnd < valueStart) valueEnd = markup.length;
  const value = markup.slice(valueStart, valueEnd);
  if (value.length < 3 || value === 'name') return CLASS_NOTHING;
  if (LABEL_CLASS.test(value)) return CLASS_LABEL;
  return PERSON_NAME_CLASS.test(value) ? CLASS_PERSON_NAME : CLASS_NOTHING;
}

/** Whether `value`, trimmed, is at most 40 characters ending in a colon ("Phone:"): it labels what follows. */
function isInlineLabel(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= 40 && trimmed.endsWith(':');
}

/**
 * The text of the last `<th>`, `<dt>` or `<label>`, normalised once: a label is read at its end
 * tag, and stray end tags read it again (a page of them would otherwise normalise it once each).
 */
class LabelText {
  private text = '';
  private normalised: string | null = null;

  start(): void {
    this.text = '';
    this.normalised = null;
  }

  add(part: string): void {
    this.text += part;
    this.normalised = null;
  }

  /** White space collapsed, trimmed, lower-case. */
  read(): string {
    return (this.normalised ??= this.text.replace(/\s+/g, ' ').trim().toLowerCase());
  }
}

/**
 * Whether a tag ends an open `<th>` or `<dt>` whose end tag was left out, as HTML allows
 * (`<tr><th>Name<th>Email`, `<dt>Phone<dd>…`): without this, the rest of the file read as its label.
 */
function endsOpenLabel(open: string, name: string, kind: number, closing: boolean): boolean {
  if (open === 'th') {
    if ((kind & (ROW | TABLE_SECTION)) !== 0) return true;
    return closing ? kind === TABLE : (kind & (DATA_CELL | HEADER_CELL)) !== 0;
  }
  if (open === 'dt') return closing ? name === 'dl' : name === 'dt' || name === 'dd';
  return false;
}

interface Table {
  headers: string[];
  /** The plan of each column, made from its header when its first cell is scanned. */
  plans: (ColumnPlan | undefined)[];
  col: number;
  rowHasTd: boolean;
  /** A row of cells has ended: a later `<th>` heads its row, not a column. */
  pastHeaderRow: boolean;
  /** The text of the current row's first `<th>` (`<tr><th>Phone</th><td>…</td></tr>`), or ''. */
  rowLabel: string;
}

/**
 * The label of a data cell: its column's header, or its row's header in a profile-style table of
 * label and value rows (as lib/scan/labels.ts reads the page).
 */
function cellLabelOf(table: Table): string {
  const header = table.headers[table.col] ?? '';
  return table.rowLabel && (!header || table.headers.length <= 2) ? table.rowLabel : header;
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
  const labelText = new LabelText();
  /** The tag whose text `labelText` holds while `inLabel`: `th`, `dt`, `label`, or a `div` or `span` of a label class. */
  let openLabel = '';
  /** Inside a `<dd>`: its list or blocks (`<dd><ul><li>…`) stay under its `<dt>`. */
  let inDefinition = false;
  /** The element of a person-name class whose text is being read ('' when none). */
  let personNameTag = '';
  /** A label element of a label class just ended: the next block is its value. */
  let valuePending = false;
  /** How many blocks deep the value of such a label is (0: not in one); its blocks keep the label. */
  let valueDepth = 0;

  /** A label's end (its end tag, or a tag that implies it): a table column's header, or the label of what follows. */
  const endLabel = (table: Table | undefined, header: boolean): void => {
    inLabel = false;
    const label = labelText.read();
    if (header && table) {
      if (!table.rowHasTd && !table.pastHeaderRow) {
        table.headers[table.col] = label;
        table.plans[table.col] = undefined;
      }
      if (table.col === 0) table.rowLabel = label;
      lastLabel = label;
    } else {
      lastLabel = label.endsWith(':') ? label.slice(0, -1) : label;
    }
  };
  const startLabel = (name: string): void => {
    inLabel = true;
    openLabel = name;
    labelText.start();
  };
  let cellTag = '';

  const planFor = (table: Table | undefined): ColumnPlan => {
    if (table && cellTag === 'td') {
      if (table.rowLabel) return labelPlan(cellLabelOf(table), options);
      return (table.plans[table.col] ??= labelPlan(table.headers[table.col] ?? '', options));
    }
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
    labelText.add(hasReference(from, to) ? new DecodedText(raw).value : raw);
  };

  const text = (from: number, to: number): void => {
    if (to <= from) return;
    if (inLabel) {
      labelPart(from, to);
      return;
    }
    // A value written right after its label (`<span class="label">Phone</span> 0711…`): no block follows.
    if (valuePending && html.slice(from, to).trim()) valuePending = false;
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
      const label = table && cellTag === 'td' ? cellLabelOf(table) : lastLabel;
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
    if ((shapeFlags(shape) & COLON) !== 0 && isInlineLabel((value ??= html.slice(from, to)))) {
      lastLabel = value.trim().slice(0, -1).toLowerCase();
    }
  };

  let textStart = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at)) {
    if (!tag.read(html, at)) {
      at++;
      continue;
    }
    if (tag.unterminated) break; // the rest of the file is read as text, below
    text(textStart, at);
    const tagStart = at;
    textStart = at = tag.end;
    const kind = tag.kind;
    if (kind === 0) continue; // a comment, doctype or a tag that changes nothing here
    const closing = tag.closing;
    let namesPerson = false;
    if ((kind & MAY_LABEL) !== 0) {
      const role = closing ? CLASS_NOTHING : classRole(html, tagStart, at);
      namesPerson = role === CLASS_PERSON_NAME;
      if (namesPerson) personNameTag = tag.name;
      else if (closing && personNameTag === tag.name) {
        // The name ends with its element: a badge beside the heading is not part of it.
        personNameTag = '';
        lastLabel = '';
      }
      if (inLabel && closing && openLabel === tag.name) {
        endLabel(tables[tables.length - 1], false);
        // The element that follows is the value (`<div class="value">`): its block keeps the label.
        valuePending = true;
        continue;
      }
      if (role === CLASS_LABEL && !inLabel) {
        startLabel(tag.name);
        continue;
      }
    }
    if (kind === RAW_TEXT) {
      if (closing) continue;
      const end = rawTextEnd(html, tag.name, at);
      if (end < 0) break; // never closed: read the rest as text rather than skip it
      textStart = at = end;
      continue;
    }
    const table = tables[tables.length - 1];
    if (inLabel && endsOpenLabel(openLabel, tag.name, kind, closing)) endLabel(table, openLabel === 'th');
    if (kind === TABLE) {
      if (closing) {
        tables.pop();
        // A table's last header labels nothing after it (a pagination bar, a footer).
        lastLabel = '';
      } else tables.push({ headers: [], plans: [], col: -1, rowHasTd: false, pastHeaderRow: false, rowLabel: '' });
    } else if ((kind & ROW) !== 0 && table && !closing) {
      if (table.col >= 0 && !table.pastHeaderRow) {
        table.pastHeaderRow = true;
        table.headers = withOrderContext(table.headers);
        table.plans = [];
      }
      table.col = -1;
      table.rowHasTd = false;
      table.rowLabel = '';
    } else if ((kind & (DATA_CELL | HEADER_CELL)) !== 0 && table) {
      const header = (kind & HEADER_CELL) !== 0;
      if (!closing) {
        table.col++;
        cellTag = tag.name;
        if (header) startLabel(tag.name);
        else table.rowHasTd = true;
      } else {
        if (header) endLabel(table, true);
        cellTag = '';
      }
    } else if ((kind & CELL_LABEL) !== 0) {
      if (!closing) startLabel(tag.name);
      else endLabel(table, false);
    } else if ((kind & DEFINITION) !== 0) {
      if (tag.name === 'dd') inDefinition = !closing;
      else if (closing) inDefinition = false;
    } else if ((kind & LABEL_BREAK) !== 0 && !table && !inDefinition) {
      if (!closing) {
        if (valuePending) {
          valuePending = false;
          valueDepth = 1;
        } else if (valueDepth > 0) valueDepth++;
        else lastLabel = '';
      } else if (valueDepth > 0 && --valueDepth === 0) lastLabel = '';
    }
    // Its text is a person's name: what a heading of class `profile-name` holds.
    if (namesPerson) lastLabel = PERSON_NAME_LABEL;
  }
  // What follows the last markup; all the rest of the file after markup with no end, read as text
  // (not as a label: a label cut off by broken markup would otherwise swallow the file).
  inLabel = false;
  text(textStart, html.length);
  return out;
}
