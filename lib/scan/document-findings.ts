import { planColumn, type ColumnPlan, type ScanOptions } from '../detectors/index';
import { PII_TYPES } from '../pii/types';
import { BoundedCache } from '../util/bounded-cache';
import type { Finding } from '../detectors/types';

/** A finding in a file: offsets into the original text, 1-based line and column, and the label used. */
export interface DocumentFinding extends Finding {
  line: number;
  column: number;
  /** The column header or label that gave context, when there was one. */
  label?: string;
}

/** What the document scanners take: scanText's options without a context (the file gives it). */
export type DocumentScanOptions = Omit<ScanOptions, 'context'>;

/** Where each line of `text` starts (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line and column of `offset`, by binary search over `lineStarts`. */
export function locate(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/**
 * Turns a finding fresh from the engine into a document finding, in place: the engine creates every
 * finding with the line, column and label slots (engine.ts newFinding), so nothing is copied.
 */
export function placed(f: Finding, start: number, end: number, line: number, column: number, label: string | undefined): DocumentFinding {
  const d = f as DocumentFinding;
  d.start = start;
  d.end = end;
  d.line = line;
  d.column = column;
  if (label) d.label = label;
  return d;
}

/** Plans for every type under a label, shared across files when every type is scanned. */
const plansByLabel = new BoundedCache<string, ColumnPlan>(500);

/**
 * The plan for text under `label` (lower-case; '' for none), every type seeing the label: the same
 * findings as scanText with `context.label`, without looking the label's words up for each text.
 */
export function labelPlan(label: string, options: DocumentScanOptions): ColumnPlan {
  if (options.types) return planColumn(label, PII_TYPES, options);
  return plansByLabel.get(label) ?? plansByLabel.set(label, planColumn(label, PII_TYPES, options));
}
