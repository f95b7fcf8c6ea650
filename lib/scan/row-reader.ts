import type { ColumnPlan, Finding } from '../detectors/index';
import type { PiiCounts } from '../pii/types';
import { blockRun } from './inline-run';
import { firstEntry } from './entries';
import type { RowJob } from './jobs';
import { clean, labelFor } from './labels';
import { isCounted, tooShort, type TextRecorder } from './recorder';
import { newRowCells, readRowCells, type RowCells } from './row-cells';
import {
  MAX_PACKED_CELL,
  codeCounted,
  codeMode,
  codeType,
  hasValues,
  packRow,
  pushValue,
  recordFrom,
  recordState,
  rowRecord,
  setRowRecord,
  valueCode,
} from './row-values';
import { ledgerValue } from './section-ledger';

/**
 * Reads a table row's plain cells from its markup (row-cells.ts) and runs the detectors on them
 * with their columns' plans, without reaching any cell or text node.
 *
 * Why: every node a content script touches gets a wrapper in its isolated world, and those
 * wrappers (and the entries that kept them alive) were most of the scan's cost and heap at 10-50k
 * rows; a row read as one string costs one wrapper. Its values go to the body's ledger
 * (section-ledger.ts) or onto the row (row-values.ts). The scratch arrays are reused from row to
 * row: no garbage per row.
 */
export class RowReader {
  /** The cells of the row being read (reused from row to row: no garbage per row). */
  private readonly rowCells = newRowCells();
  /** The values of the row being read, before they are copied onto the row (reused: no garbage per row). */
  private readonly rowScratch: number[] = [];
  /** Their codes (valueCode), one per value, for the body's ledger. */
  private readonly codeScratch: number[] = [];

  constructor(private readonly recorder: TextRecorder) {}

  /** The cells of a row's markup as it is now (valid until the next read: the cells are reused). */
  readMarkup(row: Element): RowCells {
    return readRowCells(row.innerHTML, this.rowCells);
  }

  /**
   * Scans the leading plain cells of a row from its markup (row-cells.ts). Returns the index of
   * the first cell left for the DOM path, or -1 when the whole row was read. The values are kept
   * without reaching any cell: in the body's ledger when the body's pass reads the row
   * (section-ledger.ts: nothing on the row), else on the row (row-values.ts). A row the page
   * changed since has its values on its text nodes instead, reached through the DOM as before.
   * Past the deadline (cold code: the first cells run in the interpreter and compile the
   * detectors' regexes) the rest of the row is left to the DOM path, in the next slice, and the
   * row keeps a record (its markup alone no longer says which cells were read from it).
   */
  scanSerializedRow(job: RowJob, row: Element, deadline: number): number {
    const recorder = this.recorder;
    const rec = rowRecord(row, recorder.epoch);
    const state = rec === undefined ? undefined : recordState(rec);
    if (rec !== undefined && state !== 'changed') {
      // Read already (a visible row, then the body; a body read again after a re-render).
      if (state === 'resolved' || hasValues(rec)) job.masker.noteSection(job.section);
      return recordFrom(rec);
    }
    const compact = rec === undefined;
    const values = this.rowScratch;
    values.length = 0;
    const codes = this.codeScratch;
    codes.length = 0;
    const cells = readRowCells(row.innerHTML, this.rowCells);
    const n = packedCells(cells);
    const rowLabel = isRowLabelled(cells, n);
    let children: HTMLCollection | null = null;
    let from = firstDomCell(cells, n);
    let cut = false;
    for (let i = 0; i < n; i++) {
      if ((i & 3) === 0 && i > 0 && performance.now() > deadline) {
        from = i;
        cut = true;
        break;
      }
      const findings = this.markupFindings(cells, i, rowLabel, job.plans);
      if (findings.length === 0) continue;
      if (compact) {
        this.recordValues(values, codes, i, (cells.texts[i] as string).length, findings);
        continue;
      }
      children ??= row.children;
      const cell = children[i];
      if (!cell) continue;
      const t = cell.firstChild;
      // Its only child, a text node: its data is the text just read (same task, nothing escaped).
      if (t !== null && t.nodeType === 3 && t.nextSibling === null) {
        if (firstEntry(t as Text, recorder.epoch)) job.masker.noteSection(job.section);
        else recorder.record(t as Text, findings, job.section, job.masker);
        continue;
      }
      // Several text nodes side by side (the markup showed one text): a value may run across them,
      // so the cell's findings go on its nodes as pieces (inline-run.ts); past the run's limits, each
      // node is scanned on its own.
      const run = blockRun(cell);
      if (!run) {
        const plan = this.markupPlan(cells, i, rowLabel, job.plans);
        for (let c = cell.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) recorder.scanCellText(c as Text, plan, job.section);
      } else if (recorder.runRead(run)) {
        job.masker.noteSection(job.section);
      } else {
        recorder.recordRun(run, findings);
      }
    }
    if (compact) {
      const ledger = cut ? null : job.ledger;
      if (ledger) {
        for (let i = 0; i < codes.length; i++) {
          const code = codes[i] as number;
          ledgerValue(ledger, codeType(code) as keyof PiiCounts, codeMode(code) !== 'off', codeCounted(code), 1);
        }
        if (from >= 0) ledger.domCells = true;
      } else {
        setRowRecord(row, packRow(recorder.epoch, 'compact', from, values));
      }
      if (values.length > 0) job.masker.noteSection(job.section);
    }
    return from;
  }

  /** The plan of cell `i` of a row read from its markup (labels.ts: a row header labels a two-cell row). */
  markupPlan(cells: RowCells, i: number, rowLabel: boolean, plans: readonly (ColumnPlan | undefined)[]): ColumnPlan {
    const byLabel = this.recorder.plans;
    if (cells.headers[i]) return byLabel.forLabel('');
    if (rowLabel) return byLabel.forLabel(clean(cells.texts[0]));
    return plans[i] ?? byLabel.forLabel('');
  }

  /** The values in cell `i` of a row read from its markup (the same when read again, while the row is unchanged). */
  markupFindings(cells: RowCells, i: number, rowLabel: boolean, plans: readonly (ColumnPlan | undefined)[]): readonly Finding[] {
    const text = cells.texts[i] as string;
    if (text.length === 0) return NO_FINDINGS;
    const plan = this.markupPlan(cells, i, rowLabel, plans);
    if (tooShort(text, plan)) return NO_FINDINGS;
    return this.recorder.detect(text, plan);
  }

  /**
   * Appends the values found in cell `index` (text `textLength` long) to a row's compact values and
   * their codes (valueCode) to `codes`, and counts them.
   */
  private recordValues(values: number[], codes: number[], index: number, textLength: number, findings: readonly Finding[]): void {
    const recorder = this.recorder;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i] as Finding;
      const mode = recorder.modeOf(f);
      const counted = isCounted(f);
      const code = valueCode(f.type, mode, counted);
      pushValue(values, index, f.start, f.end, textLength, code);
      codes.push(code);
      recorder.tally.accountValue(f.type, mode !== 'off', counted, 1);
    }
  }

  /** The plan for a cell, by the rules of labels.ts: a row header labels a two-cell row, else the column header. */
  cellPlan(plans: readonly (ColumnPlan | undefined)[], index: number, row: Element, cell: Element, tag: string): ColumnPlan {
    const byLabel = this.recorder.plans;
    if (tag === 'TH') return byLabel.forLabel('');
    const first = row.firstElementChild;
    if (first !== cell && first?.tagName === 'TH' && row.childElementCount === 2) return byLabel.forLabel(labelFor(cell));
    return plans[index] ?? byLabel.forLabel('');
  }
}

const NO_FINDINGS: readonly Finding[] = [];

/** Cells of a row read from its markup (a record holds 8 bits of cell index: cells past that go to the DOM). */
export function packedCells(cells: RowCells): number {
  return Math.min(cells.count, MAX_PACKED_CELL);
}

/** labels.ts: a two-cell row whose first cell is a <th> is labelled by it (a profile table). */
export function isRowLabelled(cells: RowCells, n: number): boolean {
  return cells.complete && n === 2 && cells.headers[0] === true && cells.headers[1] === false;
}

/** The first cell left for the DOM path, or -1 when the markup gave the whole row. */
export function firstDomCell(cells: RowCells, n: number): number {
  return cells.complete && n === cells.count ? -1 : n;
}
