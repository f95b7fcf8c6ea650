/**
 * Blind corpus, part 1: the document builder.
 *
 * Written blind: independent of the detectors in lib/ and of the first corpus (tests/corpus). Content and spans
 * are built together: text is appended, and when a labelled value is appended its span is recorded at the
 * current offset, so offsets are exact by construction.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { PiiType } from '../../lib/pii/types';
import type { CorpusDoc, Span } from '../corpus/generate';

/** The documents of tests/corpus: the same shape, so the same evaluation (tests/corpus/evaluate.ts) scores both. */
export type { CorpusDoc, Span };

/** A span with what the generator knows about it (for self-checks): the country a phone was made for. */
export interface PlantedSpan extends Span {
  country?: CountryCode;
}

export interface PlantedDoc {
  name: string;
  content: string;
  spans: PlantedSpan[];
}

/** A value to label. `value` is the text as the data holds it (before any CSV or HTML escaping). */
export interface Labelled {
  type: PiiType;
  value: string;
  country?: CountryCode;
}

/** A piece of a cell or field: plain text, or a labelled value. */
export type Seg = string | Labelled;
/** A cell or field: one piece, or several in a row (e.g. prose with a phone in it). */
export type Cell = Seg | readonly Seg[];

export function lab(type: PiiType, value: string, country?: CountryCode): Labelled {
  return country === undefined ? { type, value } : { type, value, country };
}

function isSegList(cell: Cell): cell is readonly Seg[] {
  return Array.isArray(cell);
}

export function segsOf(cell: Cell): readonly Seg[] {
  return isSegList(cell) ? cell : [cell];
}

export function segText(seg: Seg): string {
  return typeof seg === 'string' ? seg : seg.value;
}

export function cellText(cell: Cell): string {
  return segsOf(cell).map(segText).join('');
}

export class DocBuilder {
  private readonly chunks: string[] = [];
  private size = 0;
  private readonly spans: PlantedSpan[] = [];

  get length(): number {
    return this.size;
  }

  text(s: string): this {
    this.chunks.push(s);
    this.size += s.length;
    return this;
  }

  /** Appends a labelled value; `rendered` is how it is written (e.g. HTML-escaped), defaulting to the value. */
  label(l: Labelled, rendered: string = l.value): this {
    if (rendered === '' || rendered !== rendered.trim()) throw new Error(`bad labelled value ${JSON.stringify(rendered)}`);
    const span: PlantedSpan = { start: this.size, end: this.size + rendered.length, type: l.type };
    if (l.country !== undefined) span.country = l.country;
    this.spans.push(span);
    return this.text(rendered);
  }

  build(name: string): PlantedDoc {
    return { name, content: this.chunks.join(''), spans: [...this.spans] };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

export interface CsvDialect {
  delimiter: ',' | ';';
  eol: '\n' | '\r\n';
  /** Quote every cell (HubSpot, SendGrid style) rather than only where needed. */
  quoteAll: boolean;
}

export function writeCsvRow(b: DocBuilder, cells: readonly Cell[], d: CsvDialect): void {
  cells.forEach((cell, i) => {
    if (i > 0) b.text(d.delimiter);
    const segs = segsOf(cell);
    const raw = segs.map(segText).join('');
    const quoted = d.quoteAll || raw.includes(d.delimiter) || raw.includes('"') || /[\r\n]/.test(raw) || raw !== raw.trim();
    if (quoted) b.text('"');
    for (const seg of segs) {
      if (typeof seg === 'string') b.text(quoted ? seg.replaceAll('"', '""') : seg);
      else {
        if (seg.value.includes('"')) throw new Error(`labelled CSV value with a quote: ${seg.value}`);
        b.label(seg);
      }
    }
    if (quoted) b.text('"');
  });
  b.text(d.eol);
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

/** Escapes text for an HTML text node. `apos`: also write `'` as `&#39;` (as many server templates do). */
export function escHtml(s: string, apos: boolean): string {
  const out = s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return apos ? out.replaceAll("'", '&#39;') : out;
}

/** Writes HTML into a DocBuilder: raw markup, escaped text, and cells whose labelled values become spans. */
export class HtmlWriter {
  constructor(
    readonly b: DocBuilder,
    readonly apos: boolean,
  ) {}

  /** Markup, attributes, script and style: never holds a labelled value. */
  raw(s: string): this {
    this.b.text(s);
    return this;
  }

  /** Escaped visible text with no labelled value in it. */
  t(s: string): this {
    this.b.text(escHtml(s, this.apos));
    return this;
  }

  /** A cell: plain pieces escaped, labelled pieces escaped and recorded (the span covers the escaped form). */
  cell(cell: Cell): this {
    for (const seg of segsOf(cell)) {
      if (typeof seg === 'string') this.t(seg);
      else this.b.label(seg, escHtml(seg.value, this.apos));
    }
    return this;
  }

  /** `<tag attrs>cell</tag>` */
  el(tag: string, attrs: string, cell: Cell): this {
    this.raw(`<${tag}${attrs ? ' ' + attrs : ''}>`);
    this.cell(cell);
    return this.raw(`</${tag}>`);
  }
}
