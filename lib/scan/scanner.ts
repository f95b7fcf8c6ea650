import { scanCell, type ColumnPlan, type Finding } from '../detectors/index';
import type { PiiCounts } from '../pii/types';
import type { MaskMode } from '../policy/schema';
import { firstEntry, newEntry, setFirstEntry, type MaskEntry } from './entries';
import { clean, labelFor } from './labels';
import { Masker } from './masker';
import { Plans } from './plans';
import { RemovalWalk } from './removal-walk';
import type { ScanSettings } from './policy-options';
import { newRowCells, readRowCells, type RowCells } from './row-cells';
import {
  FIRST_VALUE,
  MAX_PACKED_CELL,
  cellAt,
  codeAt,
  codeCounted,
  codeMode,
  codeType,
  endAt,
  hasValues,
  nextValue,
  packRow,
  pushValue,
  recordFrom,
  recordState,
  rowChangedBy,
  rowOfCellText,
  rowRecord,
  setRowRecord,
  startAt,
  valueCode,
  type RowRecord,
} from './row-values';
import { clearLedger, ledgerValue, newLedger, passedRow, type SectionLedger } from './section-ledger';
import { Tally } from './tally';
import { visibleRows } from './visible-rows';
import { SKIP_SELECTOR, TextWalk, isSkippedText, isTableBody } from './walker';

/** Longest text scanned per node: a giant text node (a pasted export) is scanned in its first part. */
export const MAX_NODE_TEXT = 50_000;
/** Work slice length; the goal is no task of Confidant's over 50 ms and slices under 16 (docs/benchmarks.md). */
const SLICE_MS = 6;
/** During a long scan, pending masks join the highlights at most this often. */
const FLUSH_MS = 1000;
/** More added nodes than this in one batch: rescan the container instead of each node. */
const HUGE_MUTATION = 1000;
/** Cells are labelled by the closest of these (labels.ts). */
const CELL_SELECTOR = 'td, th, [role="gridcell"], [role="cell"]';

/**
 * Text too short to hold a value: no pattern matches fewer than three characters, but a labelled
 * cell can (an order count of `3` under "Orders", a two-letter first name under "First name").
 */
function tooShort(text: string, plan: ColumnPlan): boolean {
  return text.length < 3 && !plan.cellLabel;
}

export interface ScannerOptions {
  doc: Document;
  settings: () => ScanSettings;
  /** Called when the queue drains, with the counts of values on the page now. */
  onIdle: (counts: PiiCounts, masked: number) => void;
}

/** A table body read row by row (or one row a mutation added), cell by cell, with its columns' plans. */
interface RowJob {
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
interface WalkJob {
  kind: 'walk';
  walk: TextWalk;
  /** A cell being read for a RowJob: text directly in it takes this plan (no label lookup). */
  cell: Element | null;
  plan: ColumnPlan | null;
}

type Job = RowJob | WalkJob;

/**
 * watcher → scanner → detectors → masker. Reads text in time slices (visible rows first), keeps
 * the entries of scanned text nodes, and re-scans only what a mutation touched.
 *
 * Cost per text node is kept small next to the detector call itself: table bodies are read through
 * their rows and cells (the column's detector plan comes with the cell index: no label lookup per
 * cell), entries live on their text node (entries.ts), masks of table cells are only noted (the
 * Masker makes ranges for the rows near the viewport), and the clock is read once per row.
 */
export class PageScanner {
  private queue: Node[] = [];
  /** Index of the next queued node (the queue is emptied, not shifted, when drained). */
  private head = 0;
  /** Work in progress, innermost last: a body walk may hold a table body, whose row holds a cell walk. */
  private jobs: Job[] = [];
  /** This page view's scan: entries made by an earlier one are ignored (entries.ts). */
  private epoch = 1;
  private plans = new Plans();
  /** The settings of the current slice (read once per slice). */
  private settings: ScanSettings | null = null;
  private maskers = new Map<Document, Masker>();
  /** Table bodies whose pass started, with what it counted for rows that keep no record. */
  private ledgers = new Map<HTMLTableSectionElement, SectionLedger>();
  private observer: MutationObserver;
  private scheduled = false;
  private channel = new MessageChannel();
  private scanStarted = false;
  private stopped = false;
  private slicesSinceFlush = 0;
  /** Counts kept up to date as nodes are scanned and removed: a report never walks every entry. */
  private readonly tally = new Tally();
  /** Nodes the page removed, whose values leave the counts in the slices. */
  private readonly removals: RemovalWalk;
  private lastFlush = 0;
  /** The last document's masker (nearly every node is in the top document). */
  private lastDoc: Document | null = null;
  private lastMasker: Masker | null = null;
  private readonly onShadowRoot = (shadow: ShadowRoot): void => {
    this.queue.push(shadow);
    this.observe(shadow);
  };
  /** The cells of the row being read (reused from row to row: no garbage per row). */
  private readonly rowCells = newRowCells();
  /** The values of the row being read, before they are copied onto the row (reused: no garbage per row). */
  private readonly rowScratch: number[] = [];
  /** Their codes (valueCode), one per value, for the body's ledger. */
  private readonly codeScratch: number[] = [];
  /** Longest slice so far, for the benchmark. */
  longestSliceMs = 0;

  constructor(private readonly options: ScannerOptions) {
    const win = options.doc.defaultView;
    this.observer = new (win?.MutationObserver ?? MutationObserver)((records) => this.onMutations(records));
    this.channel.port1.onmessage = () => this.slice();
    this.removals = new RemovalWalk(
      {
        epoch: () => this.epoch,
        tally: this.tally,
        masker: (doc) => this.masker(doc),
        dropLedger: (section) => this.dropLedger(section),
      },
      options.doc,
    );
  }

  /** Starts a fresh scan of the whole page (first load or SPA navigation). */
  start(): void {
    const { doc } = this.options;
    this.reset();
    performance.mark('confidant:scan:start');
    this.scanStarted = true;
    this.slicesSinceFlush = 0;
    // The Masker adds its overlay host to the page now, not in the first draw, and the rows on
    // screen are found after the next frame: a layout read here or in a draw paid a whole-page
    // layout for the host (40-55 ms at 50k rows) in Confidant's task; the frame lays it out anyway.
    this.masker(doc);
    const sections = Array.from(doc.querySelectorAll('tbody')).slice(0, 20);
    this.queue.push(doc.body);
    this.observe(doc.body);
    const epoch = this.epoch;
    afterNextFrame(doc, () => {
      if (this.stopped || epoch !== this.epoch) return;
      this.queueVisibleFirst(doc, sections);
      this.schedule();
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    for (const m of this.maskers.values()) m.destroy();
    this.maskers.clear();
    this.lastDoc = this.lastMasker = null;
    this.epoch++;
    this.channel.port1.close();
  }

  /** The values found in a text node that is still in the page (reveal reads these). */
  entriesOf(node: Text): MaskEntry[] {
    this.resolveCellText(node);
    const out: MaskEntry[] = [];
    for (let e = firstEntry(node, this.epoch); e; e = e.next) out.push(e);
    return out;
  }

  /** The values in the text a range covers, partly or wholly (the copy guard reads these). */
  entriesIn(range: Range): MaskEntry[] {
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) return this.entriesOf(root as Text);
    const out: MaskEntry[] = [];
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!range.intersectsNode(t)) continue;
      this.resolveCellText(t as Text);
      for (let e = firstEntry(t as Text, this.epoch); e; e = e.next) out.push(e);
    }
    return out;
  }

  /** Scans a same-origin frame's document too (frames.ts finds them, also after start and reloads). */
  addDocument(frameDoc: Document): void {
    if (this.stopped || !frameDoc.body) return;
    this.queue.push(frameDoc.body);
    this.observe(frameDoc.body);
    this.schedule();
  }

  /** Drops a frame document that went away (navigated or removed): its entries, counts, queued work and masker. */
  forgetDocument(frameDoc: Document): void {
    if (this.tally.live > 0) this.removals.dropDocument(frameDoc);
    for (const section of this.ledgers.keys()) if (section.ownerDocument === frameDoc) this.dropLedger(section);
    this.queue = this.queue.slice(this.head).filter((n) => n.ownerDocument !== frameDoc);
    this.head = 0;
    this.jobs = this.jobs.filter((job) => (job.kind === 'rows' ? job.section : job.walk.root).ownerDocument !== frameDoc);
    this.removals.forgetDocument(frameDoc);
    this.maskers.get(frameDoc)?.destroy();
    this.maskers.delete(frameDoc);
    if (this.lastDoc === frameDoc) this.lastDoc = this.lastMasker = null;
    this.schedule();
  }

  masker(doc: Document): Masker {
    if (doc === this.lastDoc && this.lastMasker) return this.lastMasker;
    let m = this.maskers.get(doc);
    if (!m)
      this.maskers.set(
        doc,
        (m = new Masker(
          doc,
          (t) => firstEntry(t, this.epoch),
          (row, index) => this.resolveRow(row, index),
        )),
      );
    this.lastDoc = doc;
    this.lastMasker = m;
    return m;
  }

  private reset(): void {
    for (const m of this.maskers.values()) m.clear();
    // Entries of the previous page view stay on their nodes but no longer count (entries.ts).
    this.epoch++;
    this.tally.clear();
    this.removals.clear();
    this.queue = [];
    this.head = 0;
    this.jobs = [];
    this.ledgers.clear();
  }

  private observe(target: Node): void {
    // Old texts: what a row read by its body's pass counted is read from them (editedRows).
    this.observer.observe(target, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  }

  /** Queues the table rows on screen first, so what the user sees is masked first. */
  private queueVisibleFirst(doc: Document, sections: readonly HTMLTableSectionElement[]): void {
    const h = doc.defaultView?.innerHeight ?? 0;
    if (!h) return;
    const rows: Node[] = [];
    for (const section of sections) if (section.isConnected) rows.push(...visibleRows(section, 0, h));
    // Ahead of the queued work (the body; what the page changed since the start).
    this.queue.splice(this.head, 0, ...rows);
  }

  private onMutations(records: MutationRecord[]): void {
    let added = 0;
    /** Cell texts edited in rows without a record, with their text before this batch. */
    let edited: Map<Element, Map<Text, string | null>> | null = null;
    for (const r of records) {
      if (r.type === 'characterData') {
        const text = r.target as Text;
        this.removals.forget(text);
        const row = rowOfCellText(text);
        if (row && rowRecord(row, this.epoch) === undefined && this.ledgers.has(row.parentElement as HTMLTableSectionElement)) {
          edited ??= new Map();
          let olds = edited.get(row);
          if (!olds) edited.set(row, (olds = new Map()));
          if (!olds.has(text)) olds.set(text, r.oldValue);
          continue;
        }
        if (row && !this.rowChanged(row)) continue;
        this.queue.push(text);
      } else {
        const row = rowChangedBy(r.target);
        const readByPass = row !== null && !this.rowChanged(row);
        const ledger = r.target.nodeType === 1 ? this.ledgers.get(r.target as HTMLTableSectionElement) : undefined;
        if (ledger) {
          this.rowsChanged(r, ledger);
          continue;
        }
        const removedNodes = r.removedNodes;
        for (let i = 0; i < removedNodes.length; i++) this.removals.add(removedNodes[i] as Node);
        if (readByPass) continue;
        const addedNodes = r.addedNodes;
        added += addedNodes.length;
        if (added > HUGE_MUTATION) {
          this.queue.push(r.target);
          continue;
        }
        for (let i = 0; i < addedNodes.length; i++) this.queue.push(addedNodes[i] as Node);
      }
    }
    if (edited) this.editedRows(edited);
    this.schedule();
  }

  /**
   * Rows read by their body's pass whose cell texts the page edited (as frameworks update text: a
   * text node's data). What such a row counted is read from its old texts and taken back, and the
   * row is read again alone, keeping a record from then on: no recount of the body. Rows not passed
   * yet are read by the pass as they are now. Many rows at once (at most about 2 ms here, in the
   * observer's callback) or edits the old texts cannot describe have the body read again instead.
   */
  private editedRows(edited: Map<Element, Map<Text, string | null>>): void {
    for (const [row, olds] of edited) {
      if (rowRecord(row, this.epoch) !== undefined) continue;
      const section = row.parentElement as HTMLTableSectionElement | null;
      const ledger = section ? this.ledgers.get(section) : undefined;
      if (!section || !ledger || !passedRow(ledger, row, -1)) continue;
      if (edited.size > MAX_EDITED_ROWS || !this.takeBackEdited(row, olds, ledger)) {
        this.recount(section, ledger);
        continue;
      }
      setRowRecord(row, packRow(this.epoch, 'changed', -1, NO_NUMBERS));
      this.queue.push(row);
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
    const now = readRowCells(row.innerHTML, this.rowCells);
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
    this.settings ??= this.options.settings();
    this.plans.use(this.settings);
    const plans = this.plans.forTable(table);
    const rowLabel = isRowLabelled(before, n);
    for (let i = 0; i < n; i++) {
      const findings = this.markupFindings(before, i, rowLabel, plans);
      for (let k = 0; k < findings.length; k++) {
        const f = findings[k] as Finding;
        const masked = this.modeOf(f) !== 'off';
        ledgerValue(ledger, f.type as keyof PiiCounts, masked, isCounted(f), -1);
        this.tally.accountValue(f.type, masked, isCounted(f), -1);
      }
    }
    return true;
  }

  /**
   * The page changed the list of rows of a body whose pass started (section-ledger.ts): rows
   * appended at its end are read by the pass (resumed after its last row); any other change
   * reads the body again, its implicit rows' old values being unknown.
   */
  private rowsChanged(r: MutationRecord, ledger: SectionLedger): void {
    const section = r.target as HTMLTableSectionElement;
    let removedElements = false;
    const removedNodes = r.removedNodes;
    for (let i = 0; i < removedNodes.length; i++) {
      const n = removedNodes[i] as Node;
      if (n.nodeType !== 1) continue;
      removedElements = true;
      // An implicit row's values leave with the ledger; it holds entries only if some row had cells read through the DOM.
      if (!ledger.domCells && (n as Element).tagName === 'TR' && rowRecord(n as Element, this.epoch) === undefined) continue;
      this.removals.add(n);
    }
    let addedElements = false;
    const addedNodes = r.addedNodes;
    for (let i = 0; i < addedNodes.length && !addedElements; i++) addedElements = (addedNodes[i] as Node).nodeType === 1;
    if (!removedElements && (!addedElements || r.nextSibling === null)) {
      if (addedElements && ledger.state === 'done') {
        ledger.state = 'pending';
        this.queue.push(section);
      }
      return;
    }
    this.recount(section, ledger);
  }

  /** Takes back what a body's pass counted for its implicit rows, and reads the body again from its first row. */
  private recount(section: HTMLTableSectionElement, ledger: SectionLedger): void {
    const at = this.jobs.findIndex((j) => j.kind === 'rows' && j.ledger === ledger);
    if (at >= 0) this.stopJobsFrom(at, ledger);
    this.restartPass(section, ledger);
  }

  private restartPass(section: HTMLTableSectionElement, ledger: SectionLedger): void {
    const queued = ledger.state === 'pending';
    this.tally.takeBack(ledger);
    clearLedger(ledger);
    if (!queued) this.queue.push(section);
    this.schedule();
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
  private dropLedger(section: HTMLTableSectionElement): boolean {
    const ledger = this.ledgers.get(section);
    if (!ledger) return false;
    this.tally.takeBack(ledger);
    this.ledgers.delete(section);
    const at = this.jobs.findIndex((j) => j.kind === 'rows' && j.ledger === ledger);
    if (at >= 0) this.stopJobsFrom(at, ledger);
    return !ledger.domCells;
  }

  /**
   * The page changed a row's cells (text, or which nodes they hold). From now on the row's values
   * live on its text nodes, which the observer's records already handle one by one; compact values
   * (offsets into text that may have changed) are dropped and the row is read again. A row with no
   * record in a body whose pass started may have its values in the body's ledger, which cannot
   * tell them apart: the body is read again (section-ledger.ts), this row with it. Returns whether
   * the changed nodes are to be scanned one by one (false: the body's pass reads them).
   */
  private rowChanged(row: Element): boolean {
    const rec = rowRecord(row, this.epoch);
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
      this.tally.unaccountRow(rec);
      this.queue.push(row);
    }
    setRowRecord(row, packRow(this.epoch, 'changed', -1, NO_NUMBERS));
    return true;
  }

  /**
   * Puts a compact or implicit row's values on its cells' text nodes (it came near the viewport, or
   * reveal or copy asks). `index`: its place among its body's <tr>s, when known (section-ledger.ts).
   */
  resolveRow(row: Element, index = -1): void {
    const rec = rowRecord(row, this.epoch);
    if (rec === undefined) {
      this.resolveImplicit(row, index);
      return;
    }
    if (recordState(rec) !== 'compact') return;
    setRowRecord(row, packRow(this.epoch, 'resolved', recordFrom(rec), NO_NUMBERS));
    if (!hasValues(rec)) return;
    const children = row.children;
    for (let k = FIRST_VALUE; k < rec.length;) {
      // The values of one cell, from k to end.
      const index = cellAt(rec, k);
      let end = k;
      while (end < rec.length && cellAt(rec, end) === index) end = nextValue(rec, end);
      const cell = children[index];
      const t = cell?.firstChild;
      if (t && t.nodeType === 3 && t.nextSibling === null && !firstEntry(t as Text, this.epoch)) {
        this.entriesFromValues(t as Text, rec, k, end);
      } else {
        // The markup showed one text; the cell holds several text nodes side by side (a framework
        // renders them so): each is scanned on its own, as a walk would.
        for (let at = k; at < end; at = nextValue(rec, at)) this.tally.unaccountCode(codeAt(rec, at));
        if (cell) this.scanCellNodes(row, cell, index);
        // The counts changed outside a slice: the next slice reports them.
        this.schedule();
      }
      k = end;
    }
  }

  /** An implicit row's values, read from its markup again, leave its body's ledger for its text nodes. */
  private resolveImplicit(row: Element, index: number): void {
    const section = row.parentElement as HTMLTableSectionElement | null;
    const ledger = section ? this.ledgers.get(section) : undefined;
    // Not read yet: its body's pass reads it, and the Masker draws again then.
    if (!section || !ledger || !passedRow(ledger, row, index)) return;
    const table = section.parentElement;
    if (!table) return;
    this.settings ??= this.options.settings();
    this.plans.use(this.settings);
    const plans = this.plans.forTable(table);
    const cells = readRowCells(row.innerHTML, this.rowCells);
    const n = packedCells(cells);
    const rowLabel = isRowLabelled(cells, n);
    setRowRecord(row, packRow(this.epoch, 'resolved', firstDomCell(cells, n), NO_NUMBERS));
    const children = row.children;
    for (let i = 0; i < n; i++) {
      const findings = this.markupFindings(cells, i, rowLabel, plans);
      if (findings.length === 0) continue;
      for (let k = 0; k < findings.length; k++) {
        const f = findings[k] as Finding;
        ledgerValue(ledger, f.type as keyof PiiCounts, this.modeOf(f) !== 'off', isCounted(f), -1);
      }
      const cell = children[i];
      const t = cell?.firstChild;
      if (t && t.nodeType === 3 && t.nextSibling === null) {
        this.chainEntries(t as Text, findings);
        continue;
      }
      // Several text nodes side by side (the markup showed one text): each is scanned on its own.
      for (let k = 0; k < findings.length; k++) {
        const f = findings[k] as Finding;
        this.tally.accountValue(f.type, this.modeOf(f) !== 'off', isCounted(f), -1);
      }
      if (cell) this.scanCellNodes(row, cell, i);
      this.schedule();
    }
  }

  /** The entries of one cell's values (already counted) on its text node. */
  private entriesFromValues(node: Text, rec: RowRecord, from: number, to: number): void {
    let first: MaskEntry | undefined;
    let last: MaskEntry | undefined;
    for (let at = from; at < to; at = nextValue(rec, at)) {
      const code = codeAt(rec, at);
      const entry = newEntry(
        node,
        startAt(rec, at),
        endAt(rec, at, node.length),
        codeType(code),
        codeMode(code),
        codeCounted(code),
        this.epoch,
      );
      if (last) last.next = entry;
      else first = entry;
      last = entry;
    }
    setFirstEntry(node, first);
  }

  /** Scans each text node of a cell with the cell's plan (outside a slice: reveal, copy or a draw). */
  private scanCellNodes(row: Element, cell: Element, index: number): void {
    this.settings ??= this.options.settings();
    this.plans.use(this.settings);
    const section = row.parentElement as HTMLTableSectionElement;
    const table = section.parentElement;
    if (!table) return;
    const plan = this.cellPlan(this.plans.forTable(table), index, row, cell, cell.tagName);
    for (let c = cell.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) this.scanCellText(c as Text, plan, section);
  }

  /** Resolves the row of a plain cell's text node, so its entries are on it. */
  private resolveCellText(node: Text): void {
    const row = rowOfCellText(node);
    if (row) this.resolveRow(row);
  }

  /** Reveals one value: its mask goes, and the masked count with it. */
  reveal(entry: MaskEntry): void {
    if (entry.revealed) return;
    if (entry.mode !== 'off') this.tally.masked--;
    entry.revealed = true;
    this.masker(entry.node.ownerDocument).remove(entry);
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.channel.port2.postMessage(0);
  }

  private slice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const t0 = performance.now();
    const deadline = t0 + SLICE_MS;
    this.settings = this.options.settings();
    this.plans.use(this.settings);
    if (this.removals.run(deadline)) this.scanUntil(deadline);
    const idle = this.jobs.length === 0 && this.head >= this.queue.length && this.removals.idle;
    // Highlights change in a few batches (each change costs the renderer a pass over all ranges).
    const now = performance.now();
    if (idle || this.slicesSinceFlush++ === 0 || now - this.lastFlush > FLUSH_MS) {
      for (const m of this.maskers.values()) m.flush();
      this.lastFlush = now;
    }
    if (idle) {
      this.queue = [];
      this.head = 0;
      this.slicesSinceFlush = 0;
      if (this.scanStarted) {
        this.scanStarted = false;
        performance.mark('confidant:scan:end');
        performance.measure('confidant:scan', 'confidant:scan:start', 'confidant:scan:end');
      }
      this.options.onIdle(...this.counts());
    }
    // The flush and the report are Confidant's work too: they are inside the measured slice.
    const t1 = performance.now();
    this.longestSliceMs = Math.max(this.longestSliceMs, t1 - t0);
    performance.measure('confidant:slice', { start: t0, end: t1 });
    if (!idle) this.schedule();
  }

  /** Works through the jobs and the queue until the deadline (clock read per row or text node). */
  private scanUntil(deadline: number): void {
    for (;;) {
      const job = this.jobs[this.jobs.length - 1];
      if (!job) {
        if (!this.takeWork()) return;
        if (performance.now() > deadline) return;
        continue;
      }
      if (job.kind === 'rows') {
        if (!this.scanRows(job, deadline)) return;
        continue;
      }
      const next = job.walk.next();
      if (next === null) {
        this.jobs.pop();
        continue;
      }
      if (next.nodeType === 1) {
        this.pushRows(next as HTMLTableSectionElement, null);
        continue;
      }
      this.scanWalked(next as Text, job);
      if (performance.now() > deadline) return;
    }
  }

  /** Turns the next queued node into a job (or scans it, for a text node). False when the queue is empty. */
  private takeWork(): boolean {
    const work = this.queue[this.head++];
    if (!work) return false;
    if (!work.isConnected) return true;
    const type = work.nodeType;
    if (type === 3) {
      const t = work as Text;
      if (!firstEntry(t, this.epoch) && !isSkippedText(t)) this.scanWalked(t, null);
    } else if (type === 1) {
      const el = work as Element;
      if (el.tagName === 'TR') {
        const section = el.parentElement;
        if (section && isTableBody(section) && !el.closest(SKIP_SELECTOR)) {
          // In a body whose pass started, a row without a record is the pass's to read.
          if (!this.ledgers.has(section) || rowRecord(el, this.epoch) !== undefined) this.pushRows(section, el);
          return true;
        }
      } else if (isTableBody(el) && !el.closest(SKIP_SELECTOR)) {
        this.pushRows(el, null);
        return true;
      }
      // An element added inside skipped UI (our own layer, a script): nothing to scan.
      if (el.closest(SKIP_SELECTOR)) return true;
      this.jobs.push({ kind: 'walk', walk: new TextWalk(el, this.onShadowRoot, true), cell: null, plan: null });
    } else if (type === 11 || type === 9) {
      this.jobs.push({ kind: 'walk', walk: new TextWalk(work, this.onShadowRoot, true), cell: null, plan: null });
    }
    return true;
  }

  /**
   * Reads just `row`, or runs the body's pass: from its first row, or after the last one it passed
   * (rows appended since). A body being read or read to its end is left alone.
   */
  private pushRows(section: HTMLTableSectionElement, row: Element | null): void {
    const table = section.parentElement as Element;
    let ledger: SectionLedger | null = null;
    let first = row;
    if (row === null) {
      ledger = this.ledgers.get(section) ?? null;
      if (!ledger) this.ledgers.set(section, (ledger = newLedger()));
      else if (ledger.state !== 'pending') return;
      ledger.state = 'reading';
      first = ledger.last ? ledger.last.nextElementSibling : section.firstElementChild;
    }
    this.jobs.push({
      kind: 'rows',
      section,
      plans: this.plans.forTable(table),
      row: first,
      inRow: false,
      cell: null,
      index: 0,
      single: row !== null,
      ledger,
      masker: this.masker(section.ownerDocument),
    });
  }

  /**
   * Reads rows until the deadline (false) or until the job ends or hands a cell with markup to a
   * walk (true). A cell holding one text node is scanned here with its column's plan.
   */
  private scanRows(job: RowJob, deadline: number): boolean {
    for (;;) {
      const row = job.row;
      if (!row) {
        if (job.ledger) job.ledger.state = 'done';
        this.jobs.pop();
        return true;
      }
      if (job.ledger && !job.section.isConnected) {
        // The body left the page (its removal may not be walked: nothing of it was counted yet).
        if (this.ledgers.get(job.section) === job.ledger) this.dropLedger(job.section);
        else this.jobs.pop();
        return true;
      }
      if (row.parentNode !== job.section) {
        // The page removed the row we stood on (a re-render): the observer has had the body read
        // again (section-ledger.ts), or the row read alone is gone.
        if (job.ledger && this.ledgers.get(job.section) === job.ledger) this.recount(job.section, job.ledger);
        else this.jobs.pop();
        return true;
      }
      let cell: Element | null;
      if (job.inRow) {
        cell = job.cell;
      } else if (row.tagName !== 'TR') {
        cell = null; // a script or template among the rows: nothing of the table's
      } else {
        // Plain cells are read from the row's markup; the DOM path takes over from the first other one.
        const from = this.scanSerializedRow(job, row, deadline);
        cell = from < 0 ? null : (row.children[from] ?? null);
        job.index = Math.max(from, 0);
        job.inRow = true;
        if (cell && performance.now() > deadline) {
          job.cell = cell;
          return false;
        }
      }
      for (; cell; cell = cell.nextElementSibling) {
        const tag = cell.tagName;
        if (tag !== 'TD' && tag !== 'TH') continue;
        const plan = this.cellPlan(job.plans, job.index, row, cell, tag);
        job.index++;
        if (cell.childElementCount === 0) {
          const t = cell.firstChild;
          if (t === null) continue;
          if (t.nodeType === 3 && t.nextSibling === null) {
            this.scanCellText(t as Text, plan, job.section);
            continue;
          }
        }
        // Markup, comments or several text nodes in the cell: walk it, then come back for the next cell.
        job.cell = cell.nextElementSibling;
        this.jobs.push({ kind: 'walk', walk: new TextWalk(cell, this.onShadowRoot), cell, plan });
        return true;
      }
      job.inRow = false;
      if (job.ledger && row.tagName === 'TR') {
        job.ledger.passed++;
        job.ledger.last = row;
      }
      job.row = job.single ? null : row.nextElementSibling;
      if (performance.now() > deadline) return false;
    }
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
  private scanSerializedRow(job: RowJob, row: Element, deadline: number): number {
    const rec = rowRecord(row, this.epoch);
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
        if (firstEntry(t as Text, this.epoch)) job.masker.noteSection(job.section);
        else this.record(t as Text, findings, job.section, job.masker);
        continue;
      }
      // Several text nodes side by side: each is scanned on its own, as a walk would.
      const plan = this.markupPlan(cells, i, rowLabel, job.plans);
      for (let c = cell.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) this.scanCellText(c as Text, plan, job.section);
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
        setRowRecord(row, packRow(this.epoch, 'compact', from, values));
      }
      if (values.length > 0) job.masker.noteSection(job.section);
    }
    return from;
  }

  /** The plan of cell `i` of a row read from its markup (labels.ts: a row header labels a two-cell row). */
  private markupPlan(cells: RowCells, i: number, rowLabel: boolean, plans: readonly (ColumnPlan | undefined)[]): ColumnPlan {
    if (cells.headers[i]) return this.plans.forLabel('');
    if (rowLabel) return this.plans.forLabel(clean(cells.texts[0]));
    return plans[i] ?? this.plans.forLabel('');
  }

  /** The values in cell `i` of a row read from its markup (the same when read again, while the row is unchanged). */
  private markupFindings(cells: RowCells, i: number, rowLabel: boolean, plans: readonly (ColumnPlan | undefined)[]): readonly Finding[] {
    const text = cells.texts[i] as string;
    if (text.length === 0) return NO_FINDINGS;
    const plan = this.markupPlan(cells, i, rowLabel, plans);
    if (tooShort(text, plan)) return NO_FINDINGS;
    return this.detect(text, plan);
  }

  /** The mask mode of a finding under the current settings. */
  private modeOf(f: Finding): MaskMode {
    const settings = this.settings ?? this.options.settings();
    return f.type === 'custom' ? (settings.customModes[f.patternName] ?? 'full') : settings.modes[f.type as keyof ScanSettings['modes']];
  }

  /**
   * Appends the values found in cell `index` (text `textLength` long) to a row's compact values and
   * their codes (valueCode) to `codes`, and counts them.
   */
  private recordValues(values: number[], codes: number[], index: number, textLength: number, findings: readonly Finding[]): void {
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i] as Finding;
      const mode = this.modeOf(f);
      const counted = isCounted(f);
      const code = valueCode(f.type, mode, counted);
      pushValue(values, index, f.start, f.end, textLength, code);
      codes.push(code);
      this.tally.accountValue(f.type, mode !== 'off', counted, 1);
    }
  }

  /** The plan for a cell, by the rules of labels.ts: a row header labels a two-cell row, else the column header. */
  private cellPlan(plans: readonly (ColumnPlan | undefined)[], index: number, row: Element, cell: Element, tag: string): ColumnPlan {
    if (tag === 'TH') return this.plans.forLabel('');
    const first = row.firstElementChild;
    if (first !== cell && first?.tagName === 'TH' && row.childElementCount === 2) return this.plans.forLabel(labelFor(cell));
    return plans[index] ?? this.plans.forLabel('');
  }

  /** A text node met by a walk: in a cell being read for a RowJob it takes the cell's plan, else its own label. */
  private scanWalked(node: Text, job: WalkJob | null): void {
    if (firstEntry(node, this.epoch)) return;
    const parent = node.parentElement;
    if (!parent) return;
    let plan: ColumnPlan;
    if (job?.cell && job.plan && (parent === job.cell || parent.closest(CELL_SELECTOR) === job.cell)) plan = job.plan;
    else plan = this.plans.forLabel(labelFor(parent));
    this.scan(node, plan, undefined);
  }

  private scanCellText(node: Text, plan: ColumnPlan, section: HTMLTableSectionElement): void {
    if (firstEntry(node, this.epoch)) {
      // Met again (a visible row, then the body): already masked, but the row may sit in a new body.
      this.masker(node.ownerDocument).noteSection(section);
      return;
    }
    this.scan(node, plan, section);
  }

  /**
   * Scans one text node and records its values. `section`: the table body it sits in (null outside
   * tables, undefined when not known: the Masker then looks).
   */
  private scan(node: Text, plan: ColumnPlan, section: HTMLTableSectionElement | null | undefined): void {
    const data = node.data;
    if (tooShort(data, plan)) return;
    const findings = this.detect(data, plan);
    if (findings.length > 0) this.record(node, findings, section, this.masker(node.ownerDocument));
  }

  private detect(text: string, plan: ColumnPlan): readonly Finding[] {
    const settings = this.settings ?? this.options.settings();
    return scanCell(text.length > MAX_NODE_TEXT ? text.slice(0, MAX_NODE_TEXT) : text, plan, settings.engine);
  }

  /** Records the values found in a text node: entries on the node, counts, masks. */
  private record(node: Text, findings: readonly Finding[], section: HTMLTableSectionElement | null | undefined, masker: Masker): void {
    for (let e = this.chainEntries(node, findings); e; e = e.next) {
      this.tally.account(e, 1);
      masker.add(e, section);
    }
  }

  /** Puts the entries of `findings` on a text node (not counted here), and returns the first. */
  private chainEntries(node: Text, findings: readonly Finding[]): MaskEntry | undefined {
    let first: MaskEntry | undefined;
    let last: MaskEntry | undefined;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i] as Finding;
      const entry = newEntry(node, f.start, f.end, f.type, this.modeOf(f), isCounted(f), this.epoch);
      if (last) last.next = entry;
      else first = entry;
      last = entry;
    }
    setFirstEntry(node, first);
    return first;
  }

  /** Counts of values on the page now (types with at least one value) and how many are masked. */
  counts(): [PiiCounts, number] {
    return this.tally.counts();
  }
}

const NO_NUMBERS: readonly number[] = [];
const NO_FINDINGS: readonly Finding[] = [];
/** Edited rows taken back one by one in the observer's callback (each reads the row and runs the detectors). */
const MAX_EDITED_ROWS = 64;

/** Built-in types are counted, except a name part in its own column (Finding.uncounted). */
function isCounted(f: Finding): boolean {
  return f.type !== 'custom' && !f.uncounted;
}

/** Cells of a row read from its markup (a record holds 8 bits of cell index: cells past that go to the DOM). */
function packedCells(cells: RowCells): number {
  return Math.min(cells.count, MAX_PACKED_CELL);
}

/** labels.ts: a two-cell row whose first cell is a <th> is labelled by it (a profile table). */
function isRowLabelled(cells: RowCells, n: number): boolean {
  return cells.complete && n === 2 && cells.headers[0] === true && cells.headers[1] === false;
}

/** The first cell left for the DOM path, or -1 when the markup gave the whole row. */
function firstDomCell(cells: RowCells, n: number): number {
  return cells.complete && n === cells.count ? -1 : n;
}

/**
 * Calls `run` once, after the next frame has been rendered (its layout done), or after a second
 * when no frame comes (a tab hidden meanwhile: its frames wait until it is shown).
 */
function afterNextFrame(doc: Document, run: () => void): void {
  const win = doc.defaultView;
  if (!win || doc.visibilityState === 'hidden') {
    run();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  // A timeout set in a frame callback runs after that frame's layout and paint.
  win.requestAnimationFrame(() => win.setTimeout(once, 0));
  win.setTimeout(once, 1000);
}
