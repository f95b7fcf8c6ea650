import type { Job } from './jobs';
import type { TextRecorder } from './recorder';
import type { RowCells } from './row-cells';
import { firstDomCell, isRowLabelled, packedCells, type RowReader } from './row-reader';
import { hasValues, packRow, recordState, rowRecord, setRowRecord } from './row-values';
import { clearLedger, newLedger, passedRow, type SectionLedger } from './section-ledger';

/**
 * The ledgers of the table bodies whose pass started (section-ledger.ts), and how the page's
 * changes to those bodies' rows reach them: an edited cell text takes the row's old values back,
 * rows appended at the end resume the pass, rows removed from a body read to the end take theirs
 * back from their markup and rows inserted into it are read alone, any other change reads the body
 * again (a recount).
 *
 * Why a file of its own: these rules are the price of rows that keep nothing on themselves
 * (section-ledger.ts says why they keep nothing); kept apart from the scanner's orchestration,
 * they can be read against that file's list of rules.
 */

/** What the ledgers need from the scanner. */
export interface LedgerHost {
  /** Queues a node for the slices (a body's pass, a row to read again alone). */
  enqueue(node: Node): void;
  /** Makes sure a slice runs (the counts changed, or work was queued). */
  schedule(): void;
  /** Notes a node the page removed, whose values the removal walk drops. */
  removed(node: Node): void;
}

/** Edited rows taken back one by one in the observer's callback (each reads the row and runs the detectors). */
const MAX_EDITED_ROWS = 64;
const NO_NUMBERS: readonly number[] = [];

export class SectionLedgers {
  /** Table bodies whose pass started, with what it counted for rows that keep no record. */
  private readonly ledgers = new Map<HTMLTableSectionElement, SectionLedger>();
  /**
   * Rows taken back or read alone in the observer's current batch: a page that removes or inserts
   * rows one at a time (or moves them, in a sort) sends a record per row, and reading each one's
   * markup in one callback would be a long task; past MAX_EDITED_ROWS the body is read again instead.
   */
  private oneByOne = 0;

  constructor(
    private readonly recorder: TextRecorder,
    private readonly reader: RowReader,
    /** The scanner's job stack (jobs.ts): a recount stops the body's pass and what is above it. */
    private readonly jobs: Job[],
    private readonly host: LedgerHost,
  ) {}

  /** A new batch of the observer's records begins. */
  beginBatch(): void {
    this.oneByOne = 0;
  }

  get(section: HTMLTableSectionElement): SectionLedger | undefined {
    return this.ledgers.get(section);
  }

  has(section: HTMLTableSectionElement): boolean {
    return this.ledgers.has(section);
  }

  /** A new ledger for the body's first pass. */
  create(section: HTMLTableSectionElement): SectionLedger {
    const ledger = newLedger();
    this.ledgers.set(section, ledger);
    return ledger;
  }

  clear(): void {
    this.ledgers.clear();
  }

  /** Drops the ledgers of a frame document that went away. */
  dropDocument(frameDoc: Document): void {
    for (const section of this.ledgers.keys()) if (section.ownerDocument === frameDoc) this.drop(section);
  }

  /**
   * Rows read by their body's pass whose cell texts the page edited (as frameworks update text: a
   * text node's data). What such a row counted is read from its old texts and taken back, and the
   * row is read again alone, keeping a record from then on: no recount of the body. Rows not passed
   * yet are read by the pass as they are now. Many rows at once (at most about 2 ms here, in the
   * observer's callback) or edits the old texts cannot describe have the body read again instead.
   */
  editedRows(edited: Map<Element, Map<Text, string | null>>): void {
    const epoch = this.recorder.epoch;
    for (const [row, olds] of edited) {
      if (rowRecord(row, epoch) !== undefined) continue;
      const section = row.parentElement as HTMLTableSectionElement | null;
      const ledger = section ? this.ledgers.get(section) : undefined;
      if (!section || !ledger || !passedRow(ledger, row, -1)) continue;
      if (edited.size > MAX_EDITED_ROWS || !this.takeBackEdited(row, olds, ledger)) {
        this.recount(section, ledger);
        continue;
      }
      setRowRecord(row, packRow(epoch, 'changed', -1, NO_NUMBERS));
      this.host.enqueue(row);
    }
  }

  /**
   * Takes an edited implicit row's values out of its body's ledger and the counts, as its markup
   * showed them before the edits (its texts now, with the edited ones as they were). False when
   * that is not sure: the row is not read wholly from its markup, an old text would have been
   * escaped in it (then its cells were read another way), or the old text is missing.
   */
  private takeBackEdited(row: Element, olds: Map<Text, string | null>, ledger: SectionLedger): boolean {
    const table = row.parentElement?.parentElement;
    if (!table) return false;
    const now = this.reader.readMarkup(row);
    const n = packedCells(now);
    if (firstDomCell(now, n) !== -1) return false;
    const before: RowCells = { texts: now.texts.slice(0, now.count), headers: now.headers, count: now.count, complete: now.complete };
    for (const [text, old] of olds) {
      const cell = text.parentNode;
      if (old === null || !cell || cell.parentNode !== row || text.previousSibling !== null || text.nextSibling !== null) return false;
      if (/[&<>\u00a0]/.test(old)) return false;
      let i = 0;
      for (let c = (cell as Element).previousElementSibling; c; c = c.previousElementSibling) i++;
      if (i >= n) return false;
      before.texts[i] = old;
    }
    const recorder = this.recorder;
    recorder.useSettings();
    const plans = recorder.plans.forTable(table);
    const rowLabel = isRowLabelled(before, n);
    for (let i = 0; i < n; i++) recorder.takeBack(this.reader.markupFindings(before, i, rowLabel, plans), ledger, true);
    return true;
  }

  /**
   * The page changed the list of rows of a body whose pass started (section-ledger.ts): rows
   * appended at its end are read by the pass (resumed after its last row); any other change
   * reads the body again, its implicit rows' old values being unknown.
   */
  rowsChanged(r: MutationRecord, ledger: SectionLedger): void {
    const section = r.target as HTMLTableSectionElement;
    let removedElements = false;
    const removedNodes = r.removedNodes;
    for (let i = 0; i < removedNodes.length; i++) {
      const n = removedNodes[i] as Node;
      if (n.nodeType !== 1) continue;
      removedElements = true;
      // An implicit row's values leave with the ledger; it holds entries only if some row had cells read through the DOM.
      if (!ledger.domCells && (n as Element).tagName === 'TR' && rowRecord(n as Element, this.recorder.epoch) === undefined) continue;
      this.host.removed(n);
    }
    let addedElements = false;
    const addedNodes = r.addedNodes;
    for (let i = 0; i < addedNodes.length && !addedElements; i++) addedElements = (addedNodes[i] as Node).nodeType === 1;
    if (!removedElements && (!addedElements || r.nextSibling === null)) {
      if (addedElements && ledger.state === 'done') {
        ledger.state = 'pending';
        this.host.enqueue(section);
      }
      return;
    }
    // Rows removed take back what they counted; rows inserted are read alone: the body is not read again.
    if (
      (!removedElements || this.takeBackRemoved(section, removedNodes, ledger)) &&
      (!addedElements || this.readInserted(addedNodes, ledger))
    )
      return;
    this.recount(section, ledger);
  }

  /**
   * Rows inserted into a body its pass read to the end, not at its end (a new contact at the top,
   * a row moved by a sort): each is read alone and keeps a record from then on, as an edited row
   * does; a row that has a record already is counted through it. False, for a recount, when the
   * pass was not done, something else than rows was added, or too many rows in this batch.
   */
  private readInserted(added: NodeList, ledger: SectionLedger): boolean {
    if (ledger.state !== 'done' || added.length > MAX_EDITED_ROWS) return false;
    const epoch = this.recorder.epoch;
    const rows: Element[] = [];
    for (let i = 0; i < added.length; i++) {
      const n = added[i] as Node;
      if (n.nodeType !== 1) continue;
      if ((n as Element).tagName !== 'TR') return false;
      rows.push(n as Element);
    }
    const alone = rows.filter((row) => rowRecord(row, epoch) === undefined);
    if (this.oneByOne + alone.length > MAX_EDITED_ROWS) return false;
    this.oneByOne += alone.length;
    for (const row of alone) {
      setRowRecord(row, packRow(epoch, 'changed', -1, NO_NUMBERS));
      this.host.enqueue(row);
    }
    ledger.passed += rows.length;
    this.host.schedule();
    return true;
  }

  /**
   * Rows removed from a body its pass read to the end (a contact deleted, a row of a list that
   * keeps its rows): what each implicit one counted is read from its markup, which a removed row
   * keeps, and taken back; the rest of the body is not read again (on a 50k-row body a recount is
   * the whole scan again, in slices). Rows with a record left through the removal walk already.
   * False, for a recount, when that is not sure or would cost too much: the pass was not done, too
   * many rows in this batch of records, a row not wholly read from its markup, or something else
   * than rows removed.
   */
  private takeBackRemoved(section: HTMLTableSectionElement, removed: NodeList, ledger: SectionLedger): boolean {
    const table = section.parentElement;
    if (ledger.state !== 'done' || !table || removed.length > MAX_EDITED_ROWS) return false;
    const epoch = this.recorder.epoch;
    const implicit: Element[] = [];
    let rowsRemoved = 0;
    for (let i = 0; i < removed.length; i++) {
      const n = removed[i] as Node;
      if (n.nodeType !== 1) continue;
      if ((n as Element).tagName !== 'TR') return false;
      rowsRemoved++;
      if (rowRecord(n as Element, epoch) === undefined) implicit.push(n as Element);
    }
    if (this.oneByOne + implicit.length > MAX_EDITED_ROWS) return false;
    this.oneByOne += implicit.length;
    // All or none: every row must be read wholly from its markup before any is taken back. (The
    // reader reuses its cells from one read to the next: each row is read again to take it back.)
    for (const row of implicit) {
      const cells = this.reader.readMarkup(row);
      if (firstDomCell(cells, packedCells(cells)) !== -1) return false;
    }
    const recorder = this.recorder;
    recorder.useSettings();
    const plans = recorder.plans.forTable(table);
    for (const row of implicit) {
      const cells = this.reader.readMarkup(row);
      const n = packedCells(cells);
      const rowLabel = isRowLabelled(cells, n);
      for (let i = 0; i < n; i++) recorder.takeBack(this.reader.markupFindings(cells, i, rowLabel, plans), ledger, true);
    }
    ledger.passed -= rowsRemoved;
    // Appended rows are read after `last`: a removed one hands that on to the body's last row.
    if (ledger.last && !ledger.last.isConnected) ledger.last = section.lastElementChild;
    this.host.schedule();
    return true;
  }

  /**
   * The page changed a row's cells (text, or which nodes they hold). From now on the row's values
   * live on its text nodes, which the observer's records already handle one by one; compact values
   * (offsets into text that may have changed) are dropped and the row is read again. A row with no
   * record in a body whose pass started may have its values in the body's ledger, which cannot
   * tell them apart: the body is read again (section-ledger.ts), this row with it. Returns whether
   * the changed nodes are to be scanned one by one (false: the body's pass reads them).
   */
  rowChanged(row: Element): boolean {
    const epoch = this.recorder.epoch;
    const rec = rowRecord(row, epoch);
    const state = rec === undefined ? undefined : recordState(rec);
    if (state === 'changed') return true;
    if (rec === undefined) {
      const section = row.parentElement as HTMLTableSectionElement | null;
      const ledger = section ? this.ledgers.get(section) : undefined;
      if (section && ledger) {
        this.recount(section, ledger);
        return false;
      }
    }
    if (rec !== undefined && state === 'compact' && hasValues(rec)) {
      this.recorder.tally.unaccountRow(rec);
      this.host.enqueue(row);
    }
    setRowRecord(row, packRow(epoch, 'changed', -1, NO_NUMBERS));
    return true;
  }

  /** Takes back what a body's pass counted for its implicit rows, and reads the body again from its first row. */
  recount(section: HTMLTableSectionElement, ledger: SectionLedger): void {
    const at = this.jobs.findIndex((j) => j.kind === 'rows' && j.ledger === ledger);
    if (at >= 0) this.stopJobsFrom(at, ledger);
    this.restartPass(section, ledger);
  }

  private restartPass(section: HTMLTableSectionElement, ledger: SectionLedger): void {
    const queued = ledger.state === 'pending';
    this.recorder.tally.takeBack(ledger);
    clearLedger(ledger);
    if (!queued) this.host.enqueue(section);
    this.host.schedule();
  }

  /**
   * Stops the jobs from `at` up: a body's pass and the cell walks above it. Another pass among them
   * (a table inside a cell) starts over: a row it stood in may be half counted.
   */
  private stopJobsFrom(at: number, except: SectionLedger): void {
    for (const job of this.jobs.splice(at)) {
      if (job.kind === 'rows' && job.ledger && job.ledger !== except && this.ledgers.get(job.section) === job.ledger) {
        this.restartPass(job.section, job.ledger);
      }
    }
  }

  /** A body left the page: what its pass counted leaves the counts. True when its implicit rows hold no entries. */
  drop(section: HTMLTableSectionElement): boolean {
    const ledger = this.ledgers.get(section);
    if (!ledger) return false;
    this.recorder.tally.takeBack(ledger);
    this.ledgers.delete(section);
    const at = this.jobs.findIndex((j) => j.kind === 'rows' && j.ledger === ledger);
    if (at >= 0) this.stopJobsFrom(at, ledger);
    return !ledger.domCells;
  }
}
