import { firstEntry, newEntry, setFirstEntry, type MaskEntry } from './entries';
import { blockRun } from './inline-run';
import type { SectionLedgers } from './ledger-changes';
import type { TextRecorder } from './recorder';
import { firstDomCell, isRowLabelled, packedCells, type RowReader } from './row-reader';
import {
  FIRST_VALUE,
  cellAt,
  codeAt,
  codeCounted,
  codeMode,
  codeType,
  endAt,
  hasValues,
  nextValue,
  packRow,
  recordFrom,
  recordState,
  rowOfCellText,
  rowRecord,
  setRowRecord,
  startAt,
  type RowRecord,
} from './row-values';
import { passedRow } from './section-ledger';

/**
 * Puts the values of a row that keeps them compactly (row-values.ts) or implicitly (its body's
 * ledger, section-ledger.ts) on its cells' text nodes, as entries (entries.ts).
 *
 * Why: the scan reads rows from their markup without touching their cells (see row-reader.ts);
 * only the rows near the viewport (the Masker's window), or those reveal and the copy guard ask
 * about, pay for their cells' wrappers and entries. Runs outside the slices (a draw, a click, a
 * copy): what it changes in the counts is reported by the next slice (`schedule`).
 */
export class RowResolver {
  constructor(
    private readonly recorder: TextRecorder,
    private readonly reader: RowReader,
    private readonly ledgers: SectionLedgers,
    /** Makes sure a slice runs: the counts changed outside one. */
    private readonly schedule: () => void,
  ) {}

  /**
   * Puts a compact or implicit row's values on its cells' text nodes (it came near the viewport, or
   * reveal or copy asks). `index`: its place among its body's <tr>s, when known (section-ledger.ts).
   */
  resolveRow(row: Element, index = -1): void {
    const epoch = this.recorder.epoch;
    const rec = rowRecord(row, epoch);
    if (rec === undefined) {
      this.resolveImplicit(row, index);
      return;
    }
    if (recordState(rec) !== 'compact') return;
    setRowRecord(row, packRow(epoch, 'resolved', recordFrom(rec), NO_NUMBERS));
    if (!hasValues(rec)) return;
    const children = row.children;
    for (let k = FIRST_VALUE; k < rec.length;) {
      // The values of one cell, from k to end.
      const index = cellAt(rec, k);
      let end = k;
      while (end < rec.length && cellAt(rec, end) === index) end = nextValue(rec, end);
      const cell = children[index];
      const t = cell?.firstChild;
      if (t && t.nodeType === 3 && t.nextSibling === null && !firstEntry(t as Text, epoch)) {
        this.entriesFromValues(t as Text, rec, k, end);
      } else {
        // The markup showed one text; the cell holds several text nodes side by side (a framework
        // renders them so): they are read again as one run (scanCellNodes).
        for (let at = k; at < end; at = nextValue(rec, at)) this.recorder.tally.unaccountCode(codeAt(rec, at));
        if (cell) this.scanCellNodes(row, cell, index);
        // The counts changed outside a slice: the next slice reports them.
        this.schedule();
      }
      k = end;
    }
  }

  /** Resolves the row of a plain cell's text node, so its entries are on it. */
  resolveCellText(node: Text): void {
    const row = rowOfCellText(node);
    if (row) this.resolveRow(row);
  }

  /** An implicit row's values, read from its markup again, leave its body's ledger for its text nodes. */
  private resolveImplicit(row: Element, index: number): void {
    const section = row.parentElement as HTMLTableSectionElement | null;
    const ledger = section ? this.ledgers.get(section) : undefined;
    // Not read yet: its body's pass reads it, and the Masker draws again then.
    if (!section || !ledger || !passedRow(ledger, row, index)) return;
    const table = section.parentElement;
    if (!table) return;
    const recorder = this.recorder;
    recorder.useSettings();
    const plans = recorder.plans.forTable(table);
    const cells = this.reader.readMarkup(row);
    const n = packedCells(cells);
    const rowLabel = isRowLabelled(cells, n);
    setRowRecord(row, packRow(recorder.epoch, 'resolved', firstDomCell(cells, n), NO_NUMBERS));
    const children = row.children;
    for (let i = 0; i < n; i++) {
      const findings = this.reader.markupFindings(cells, i, rowLabel, plans);
      if (findings.length === 0) continue;
      // The values stay counted: they leave the ledger for entries (or, below, for a scan of each text node).
      recorder.takeBack(findings, ledger, false);
      const cell = children[i];
      const t = cell?.firstChild;
      if (t && t.nodeType === 3 && t.nextSibling === null) {
        recorder.chainEntries(t as Text, findings);
        continue;
      }
      // Several text nodes side by side (the markup showed one text): read again as one run.
      recorder.takeBack(findings, null, true);
      if (cell) this.scanCellNodes(row, cell, i);
      this.schedule();
    }
  }

  /** The entries of one cell's values (already counted) on its text node. */
  private entriesFromValues(node: Text, rec: RowRecord, from: number, to: number): void {
    const epoch = this.recorder.epoch;
    let first: MaskEntry | undefined;
    let last: MaskEntry | undefined;
    for (let at = from; at < to; at = nextValue(rec, at)) {
      const code = codeAt(rec, at);
      const entry = newEntry(node, startAt(rec, at), endAt(rec, at, node.length), codeType(code), codeMode(code), codeCounted(code), epoch);
      if (last) last.next = entry;
      else first = entry;
      last = entry;
    }
    setFirstEntry(node, first);
  }

  /** Scans a cell's text nodes with the cell's plan, as one run when they allow (outside a slice: reveal, copy or a draw). */
  private scanCellNodes(row: Element, cell: Element, index: number): void {
    const recorder = this.recorder;
    recorder.useSettings();
    const section = row.parentElement as HTMLTableSectionElement;
    const table = section.parentElement;
    if (!table) return;
    const plan = this.reader.cellPlan(recorder.plans.forTable(table), index, row, cell, cell.tagName);
    // A value may run across the nodes (`{local}@{domain}`): they are read as one run when they can be.
    const run = blockRun(cell);
    if (run) {
      if (!recorder.runRead(run)) recorder.scanRun(run, plan);
      return;
    }
    for (let c = cell.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) recorder.scanCellText(c as Text, plan, section);
  }
}

const NO_NUMBERS: readonly number[] = [];
