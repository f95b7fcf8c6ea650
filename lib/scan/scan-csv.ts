import { DETECTORS, cellMayHold, planColumn, scanCellInto, type ColumnPlan } from '../detectors/index';
import { CellReader, shapeOf } from '../detectors/shape';
import { labelHas } from '../detectors/types';
import { PII_TYPES, type PiiType } from '../pii/types';
import { BoundedCache } from '../util/bounded-cache';
import { lineStarts, locate, placed, type DocumentFinding, type DocumentScanOptions } from './document-findings';

type Options = DocumentScanOptions;

/** The cells of the CSV header line (RFC 4180 quotes; doubled quotes collapsed). */
function headerCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      // Copies the runs between quotes (not a character at a time).
      let j = i + 1;
      let value = '';
      for (;;) {
        const quote = line.indexOf('"', j);
        if (quote < 0) {
          value += line.slice(j);
          j = line.length;
          break;
        }
        value += line.slice(j, quote);
        if (line.charCodeAt(quote + 1) !== 34) {
          j = quote;
          break;
        }
        value += '"'; // a doubled quote
        j = quote + 2;
      }
      cells.push(value);
      i = line.indexOf(delimiter, j);
      if (i < 0) break;
      i++;
    } else {
      const next = line.indexOf(delimiter, i);
      cells.push(line.slice(i, next < 0 ? line.length : next));
      if (next < 0) break;
      i = next + 1;
    }
  }
  return cells;
}

/** Header labels repeat across files: their sensitive types are worked out once. */
const sensitiveByLabel = new BoundedCache<string, PiiType[]>(500);

/** Types whose result can change with a column label: they are scanned per cell in labelled columns. */
function labelSensitive(label: string): PiiType[] {
  if (!label) return [];
  return sensitiveByLabel.get(label) ?? sensitiveByLabel.set(label, computeLabelSensitive(label));
}

function computeLabelSensitive(label: string): PiiType[] {
  const out: PiiType[] = [];
  for (const type of PII_TYPES) {
    const d = DETECTORS[type];
    const negative = (d.negativeContext ?? []).some((w) => labelHas(label, w));
    // A positive label only raises the score of self-standing types (email, card, IBAN).
    const positive =
      d.context.some((w) => labelHas(label, w)) && (d.cell !== undefined || d.contextOnly || type === 'phone' || type === 'national-id');
    if (negative || positive) out.push(type);
  }
  return out;
}

/** Plans for every type, by header: exports share their headers, so each is planned once. */
const plansByHeader = new BoundedCache<string, ColumnPlan>(500);

/** The column's plan (index.ts planColumn); shared across files when every type is scanned. */
function columnPlan(header: string, options: Options): ColumnPlan {
  if (options.types) return planColumn(header, labelSensitive(header), options);
  return plansByHeader.get(header) ?? plansByHeader.set(header, planColumn(header, labelSensitive(header), options));
}

/**
 * CSV: the header row labels each column, so "Phone" and "Order #" columns give their context.
 * Each cell is scanned once: the types its column's label can change see the label, the others
 * score as in bare text. One pass over the file: an unquoted cell's end and its shape are read
 * together (shape.ts CellReader; quoted cells are found with indexOf), the shape decides whether any
 * detector can match, and only those cells are copied out of the text.
 * Quoted cells may hold delimiters, doubled quotes and line breaks (RFC 4180); an unterminated
 * quote runs to the end of the file, as in spreadsheet apps.
 */
export function scanCsv(text: string, options: Options = {}): DocumentFinding[] {
  const headerEnd = lineEnd(text, 0);
  // A byte-order mark (HubSpot's and Brevo's exports) is not part of the first column's name.
  const firstLine = stripCr(text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, headerEnd));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const headers = headerCells(firstLine, delimiter).map((c) => c.trim().toLowerCase());
  const plans = headers.map((h) => columnPlan(h, options));
  // Cells past the last header have no label: every type scores as in bare text.
  const unlabelled = columnPlan('', options);
  const out: DocumentFinding[] = [];
  const end = text.length;
  let starts: number[] | null = null; // line starts, only needed once a quoted cell spans lines
  let line = 2;
  let lineStart = headerEnd + 1;
  let pos = lineStart;
  let column = 0;
  let rowEnd = lineEnd(text, pos);
  const reader = new CellReader(delimiter);
  const delimiterCode = delimiter.charCodeAt(0);
  while (pos < end) {
    let valueStart = pos;
    let valueEnd: number;
    let shape = -1; // read with the cell when unquoted; shapes are never negative
    let unescaped = false;
    let spansLines = false;
    let next: number;
    if (text.charCodeAt(pos) === 34) {
      valueStart = pos + 1;
      let quote = text.indexOf('"', valueStart);
      while (quote >= 0 && text.charCodeAt(quote + 1) === 34) {
        unescaped = true;
        quote = text.indexOf('"', quote + 2);
      }
      valueEnd = quote < 0 ? end : quote;
      if (valueEnd > rowEnd) {
        spansLines = true;
        rowEnd = lineEnd(text, valueEnd);
      }
      // Anything between the closing quote and the delimiter is ignored, as before.
      next = delimiterOrEnd(text, delimiter, Math.min(valueEnd + 1, rowEnd), rowEnd);
    } else {
      shape = reader.read(text, pos);
      valueEnd = reader.end;
      next = text.charCodeAt(valueEnd) === delimiterCode ? valueEnd : rowEnd;
    }
    if (valueEnd > valueStart) {
      const plan = plans[column] ?? unlabelled;
      if (shape < 0) shape = shapeOf(text, valueStart, valueEnd);
      if (cellMayHold(plan, shape, options)) {
        const raw = text.slice(valueStart, valueEnd);
        const value = unescaped ? raw.replaceAll('""', '"') : raw;
        const from = out.length;
        const count = scanCellInto(value, plan, options, shape, out);
        const label = count > 0 ? headers[column] || undefined : undefined;
        for (let i = from; i < from + count; i++) {
          const f = out[i] as DocumentFinding;
          const start = valueStart + (unescaped ? rawIndex(value, f.start) : f.start);
          const stop = valueStart + (unescaped ? rawIndex(value, f.end) : f.end);
          if (spansLines) {
            starts ??= lineStarts(text);
            const at = locate(starts, start);
            placed(f, start, stop, at.line, at.column, label);
          } else {
            placed(f, start, stop, line, start - lineStart + 1, label);
          }
        }
      }
    }
    if (spansLines) {
      starts ??= lineStarts(text);
      line = locate(starts, valueEnd).line;
      lineStart = starts[line - 1] ?? lineStart;
    }
    if (next < rowEnd) {
      column++;
      pos = next + 1;
    } else {
      column = 0;
      line++;
      pos = lineStart = rowEnd + 1;
      rowEnd = lineEnd(text, pos);
    }
  }
  return out;
}

/** Where the line holding `from` ends (its `\n`, or the end of the text). */
function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** The next delimiter at or after `from`, or `rowEnd` when the row has none. */
function delimiterOrEnd(text: string, delimiter: string, from: number, rowEnd: number): number {
  const at = text.indexOf(delimiter, from);
  return at < 0 || at > rowEnd ? rowEnd : at;
}

/** An index into an unescaped quoted value, as an index into its raw text (each `"` was written `""`). */
function rawIndex(value: string, index: number): number {
  let quotes = 0;
  for (let at = value.indexOf('"'); at >= 0 && at < index; at = value.indexOf('"', at + 1)) quotes++;
  return index + quotes;
}

const stripCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
