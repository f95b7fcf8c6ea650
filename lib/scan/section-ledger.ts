import type { PiiCounts } from '../pii/types';

/**
 * What the read of one table body counted for rows that keep nothing on themselves.
 *
 * Why: any property a content script puts on a row's wrapper (a record, even a number) keeps that
 * wrapper alive, and V8's scavenger then moves it to the old generation: at 50k rows, wrappers and
 * records came to about 4 MiB there, past V8's soft limit on a freshly loaded page (the old
 * generation's limit is about 10 MB), so a major GC started right after the scan and its marking
 * of the page's huge DOM (about 800 ms in 5-15 ms steps, traced) landed in the page's next frames.
 * A row read by its body's pass ("implicit") keeps nothing: its values are those its markup gives
 * with its column's plans, as long as the page does not change it, and the counts of all such
 * rows of the body are summed here, to be taken back whole.
 *
 * Rules (scanner.ts):
 * - The pass reads the body's rows in order; `passed` counts the <tr>s behind it, `last` is the
 *   last of them. A row with a record (read alone, resolved, changed: row-values.ts) is skipped.
 * - Rows appended at the body's end: the pass resumes after `last` (no record on them).
 * - An implicit row whose cell texts the page edits (a text node's data, as frameworks update
 *   text): its old texts (MutationRecord.oldValue) say what it counted, which leaves the ledger,
 *   and the row is read again alone, with a record from then on.
 * - Rows removed from or inserted into a body read to the end (at most 64 per batch of records;
 *   a removed row read wholly from its markup): a removed row keeps its markup, which says what it
 *   counted, and that leaves the ledger (ledger-changes.ts `takeBackRemoved`); an inserted row is
 *   read alone and keeps a record (`readInserted`). The rest of the body is not read again.
 * - Any other change to an implicit row or to the list of rows (during the pass, or more rows at
 *   once) takes the ledger's counts back and reads the body again (a recount): its rows' old
 *   values are not known otherwise. On a 50k-row body that is the whole scan again, in slices
 *   (about 600 ms of 6 ms slices, measured).
 * - An implicit row is resolved (values put on its text nodes) by reading its markup again: the
 *   values found leave the ledger and become entries, already counted.
 */
export interface SectionLedger {
  /** 'pending': a pass is queued (from after `last`); 'reading': a pass job is on the stack; 'done': read to the end. */
  state: 'pending' | 'reading' | 'done';
  /** <tr>s passed since the body was first read (or recounted), in order. */
  passed: number;
  /** The last <tr> passed (null: none yet). */
  last: Element | null;
  /** Counted values of implicit rows, by type. */
  counts: PiiCounts;
  /** Masked values of implicit rows. */
  masked: number;
  /** All values of implicit rows. */
  values: number;
  /** Some implicit row had cells read through the DOM (their values are entries on text nodes); never reset. */
  domCells: boolean;
}

export function newLedger(): SectionLedger {
  return { state: 'pending', passed: 0, last: null, counts: {}, masked: 0, values: 0, domCells: false };
}

/** Adds (sign 1) or takes back (-1) one value of an implicit row. */
export function ledgerValue(ledger: SectionLedger, type: keyof PiiCounts, masked: boolean, counted: boolean, sign: 1 | -1): void {
  ledger.values += sign;
  if (masked) ledger.masked += sign;
  if (counted) ledger.counts[type] = (ledger.counts[type] ?? 0) + sign;
}

/** Empties the ledger for a new pass from the body's first row. */
export function clearLedger(ledger: SectionLedger): void {
  ledger.state = 'pending';
  ledger.passed = 0;
  ledger.last = null;
  ledger.counts = {};
  ledger.masked = 0;
  ledger.values = 0;
  // domCells stays: rows read before still hold their entries until the new pass reads them.
}

/**
 * Whether the pass has counted `row` (a <tr> of the body without a record). `index`: its position
 * among the body's <tr>s when the caller knows it (the Masker's window), else -1: then the row is
 * compared with `last` (a walk over siblings in the browser, only for reveal and copy).
 */
export function passedRow(ledger: SectionLedger, row: Element, index: number): boolean {
  if (ledger.state === 'done') return true;
  if (index >= 0) return index < ledger.passed;
  const last = ledger.last;
  return last !== null && (row === last || (last.compareDocumentPosition(row) & 2) !== 0); // 2: PRECEDING
}
