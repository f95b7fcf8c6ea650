import type { ColumnPlan } from '../detectors/index';
import type { Masker } from './masker';
import type { SectionLedger } from './section-ledger';
import type { TextWalk } from './walker';

/**
 * The scanner's work in progress, a stack (innermost last): a body walk may hold a table body,
 * whose row holds a cell walk. A file of its own because the row reader and the ledgers of table
 * bodies read and stop these jobs too.
 */

/** A table body read row by row (or one row a mutation added), cell by cell, with its columns' plans. */
export interface RowJob {
  kind: 'rows';
  section: HTMLTableSectionElement;
  plans: readonly (ColumnPlan | undefined)[];
  /** The row being read, or the next one; null when done. */
  row: Element | null;
  /** Within `row`: whether reading it began, and the next cell to read (null: the row is done). */
  inRow: boolean;
  cell: Element | null;
  /** Cell index of `cell` (the column its header label comes from). */
  index: number;
  /** Only `row`, not the rows after it (a row the page added). */
  single: boolean;
  /** The body's ledger when this is its pass (section-ledger.ts); null for one row read alone. */
  ledger: SectionLedger | null;
  /** The masker of the table's document. */
  masker: Masker;
}

/** Text under a root found with a TreeWalker: the body, a shadow root, an added element, a cell with markup. */
export interface WalkJob {
  kind: 'walk';
  walk: TextWalk;
  /** A cell being read for a RowJob: text directly in it takes this plan (no label lookup). */
  cell: Element | null;
  plan: ColumnPlan | null;
}

export type Job = RowJob | WalkJob;
