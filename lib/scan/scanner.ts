import type { ColumnPlan } from '../detectors/index';
import type { PiiCounts } from '../pii/types';
import type { CoveringUi } from './covering-ui';
import { firstEntry, isFirstPiece, piecesOf, type MaskEntry } from './entries';
import type { Job, RowJob, WalkJob } from './jobs';
import { labelFor } from './labels';
import { PROFILE_HEADING_LABEL, inProfileHeading } from './profile-heading';
import { SectionLedgers } from './ledger-changes';
import { shadowRootOf } from './shadow-roots';
import { Masker, UI_ATTR } from './masker';
import type { ScanSettings } from './policy-options';
import { MAX_NODE_TEXT, TextRecorder } from './recorder';
import { RemovalWalk } from './removal-walk';
import { RowReader } from './row-reader';
import { RowResolver } from './row-resolver';
import { rowChangedBy, rowOfCellText, rowRecord } from './row-values';
import type { SectionLedger } from './section-ledger';
import { Tally } from './tally';
import { visibleRows } from './visible-rows';
import { SKIP_SELECTOR, TextWalk, isSkippedText, isTableBody } from './walker';
import { inlineRun, type InlineRun } from './inline-run';

export { MAX_NODE_TEXT } from './recorder';

/** Work slice length; the goal is no task of Confidant's over 50 ms and slices under 16 (docs/benchmarks.md). */
const SLICE_MS = 6;
/** During a long scan, pending masks join the highlights at most this often. */
const FLUSH_MS = 1000;
/** More added nodes than this in one batch: rescan the container instead of each node. */
const HUGE_MUTATION = 1000;
/** Cells are labelled by the closest of these (labels.ts). */
const CELL_SELECTOR = 'td, th, [role="gridcell"], [role="cell"]';

export interface ScannerOptions {
  doc: Document;
  settings: () => ScanSettings;
  /** Called when the queue drains, with the counts of values on the page now. */
  onIdle: (counts: PiiCounts, masked: number) => void;
  /**
   * A node the page added, a container whose many additions are read again, or an open shadow root
   * found: for readers of what text walks miss (form fields).
   */
  onAdded?: (node: Node) => void;
  /** The page's menus and dialogs of a document (covering-ui.ts): overlays are not drawn over them. */
  covering?: (doc: Document) => CoveringUi | undefined;
  /** The page is one contact's record: its heading is the contact's name (profile-heading.ts). */
  contactPage?: () => boolean;
}

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
  private readonly jobs: Job[] = [];
  private maskers = new Map<Document, Masker>();
  private observer: MutationObserver;
  private scheduled = false;
  private channel = new MessageChannel();
  private scanStarted = false;
  private stopped = false;
  private slicesSinceFlush = 0;
  /** Counts kept up to date as nodes are scanned and removed: a report never walks every entry. */
  private readonly tally = new Tally();
  /** Detectors and entries, and the scan's epoch, settings and plans (recorder.ts). */
  private readonly recorder: TextRecorder;
  /** Table rows read from their markup (row-reader.ts). */
  private readonly reader: RowReader;
  /** Table bodies whose pass started, with what it counted for rows that keep no record. */
  private readonly ledgers: SectionLedgers;
  /** Compact and implicit rows' values put on their text nodes (row-resolver.ts). */
  private readonly resolver: RowResolver;
  /** Nodes the page removed, whose values leave the counts in the slices. */
  private readonly removals: RemovalWalk;
  /** Text nodes read with their inline run in this page view's scan: walked later, they are skipped. */
  private runsRead = { epoch: 0, nodes: new WeakSet<Text>() };
  private lastFlush = 0;
  /** The last document's masker (nearly every node is in the top document). */
  private lastDoc: Document | null = null;
  private lastMasker: Masker | null = null;
  private readonly onShadowRoot = (shadow: ShadowRoot): void => {
    this.queue.push(shadow);
    this.observe(shadow);
    this.options.onAdded?.(shadow);
  };
  /** Longest slice so far, for the benchmark. */
  longestSliceMs = 0;

  constructor(private readonly options: ScannerOptions) {
    const win = options.doc.defaultView;
    this.observer = new (win?.MutationObserver ?? MutationObserver)((records) => this.onMutations(records));
    this.channel.port1.onmessage = () => this.slice();
    this.recorder = new TextRecorder(options.settings, this.tally, (doc) => this.masker(doc));
    this.reader = new RowReader(this.recorder);
    this.ledgers = new SectionLedgers(this.recorder, this.reader, this.jobs, {
      enqueue: (node) => this.queue.push(node),
      schedule: () => this.schedule(),
      removed: (node) => this.removals.add(node),
    });
    this.resolver = new RowResolver(this.recorder, this.reader, this.ledgers, () => this.schedule());
    this.removals = new RemovalWalk(
      {
        epoch: () => this.recorder.epoch,
        tally: this.tally,
        masker: (doc) => this.masker(doc),
        dropLedger: (section) => this.ledgers.drop(section),
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
    const epoch = this.recorder.epoch;
    afterNextFrame(doc, () => {
      if (this.stopped || epoch !== this.recorder.epoch) return;
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
    this.recorder.epoch++;
    this.channel.port1.close();
  }

  /** The values found in a text node that is still in the page (reveal reads these). */
  entriesOf(node: Text): MaskEntry[] {
    this.resolver.resolveCellText(node);
    const out: MaskEntry[] = [];
    for (let e = firstEntry(node, this.recorder.epoch); e; e = e.next) out.push(e);
    return out;
  }

  /**
   * The values in the text a range covers, partly or wholly (the copy guard reads these), the
   * shadow roots of the elements in it included (the browser's copy holds their text). With
   * `unscanned`, the parts of the range this scan does not read are added to it: text in a <pre>
   * or <code> block, and a node's text past its first MAX_NODE_TEXT characters. With `roots`, the
   * shadow roots entered are added to it.
   */
  entriesIn(range: Range, unscanned?: string[], roots?: ShadowRoot[]): MaskEntry[] {
    const root = range.commonAncestorContainer;
    const out: MaskEntry[] = [];
    const visit = (t: Text, bounded: boolean) => {
      if (unscanned) addUnscanned(t, bounded ? range : null, unscanned);
      this.resolver.resolveCellText(t);
      for (let e = firstEntry(t, this.recorder.epoch); e; e = e.next) out.push(e);
    };
    if (root.nodeType === 3) {
      visit(root as Text, true);
      return out;
    }
    const doc = root.ownerDocument ?? (root as Document);
    // Elements too: any of them may host a shadow root, all of whose text the copy holds.
    const walker = doc.createTreeWalker(root, 0x5);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        if (range.intersectsNode(n)) visit(n as Text, true);
        continue;
      }
      const shadow = shadowRootOf(n as Element);
      if (shadow && !(n as Element).hasAttribute(UI_ATTR) && range.intersectsNode(n)) this.shadowEntries(shadow, visit, roots);
    }
    return out;
  }

  /** Every text of a shadow root in a copied range, nested roots included. */
  private shadowEntries(shadow: ShadowRoot, visit: (t: Text, bounded: boolean) => void, roots?: ShadowRoot[]): void {
    roots?.push(shadow);
    const walker = shadow.ownerDocument.createTreeWalker(shadow, 0x5);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) visit(n as Text, false);
      else {
        const inner = shadowRootOf(n as Element);
        if (inner) this.shadowEntries(inner, visit, roots);
      }
    }
  }

  /**
   * Runs Confidant's own transient writes to the page (print-guard.ts: masked forms put in for a
   * print, then the page's text put back) without the scan taking them for the page's changes. The
   * page's own changes made before are handled first; the records of these writes are dropped.
   */
  withoutObserving(change: () => void): void {
    const pending = this.observer.takeRecords();
    if (pending.length > 0) this.onMutations(pending);
    try {
      change();
    } finally {
      this.observer.takeRecords();
    }
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
    this.ledgers.dropDocument(frameDoc);
    this.queue = this.queue.slice(this.head).filter((n) => n.ownerDocument !== frameDoc);
    this.head = 0;
    // In place: the ledgers hold the same stack.
    let kept = 0;
    for (const job of this.jobs)
      if ((job.kind === 'rows' ? job.section : job.walk.root).ownerDocument !== frameDoc) this.jobs[kept++] = job;
    this.jobs.length = kept;
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
          (t) => firstEntry(t, this.recorder.epoch),
          (row, index) => this.resolver.resolveRow(row, index),
          () => this.options.covering?.(doc)?.covers() ?? null,
        )),
      );
    this.lastDoc = doc;
    this.lastMasker = m;
    return m;
  }

  private reset(): void {
    for (const m of this.maskers.values()) m.clear();
    // Entries of the previous page view stay on their nodes but no longer count (entries.ts).
    this.recorder.epoch++;
    this.tally.clear();
    this.removals.clear();
    this.queue = [];
    this.head = 0;
    this.jobs.length = 0;
    this.ledgers.clear();
  }

  private observe(target: Node): void {
    // Old texts: what a row read by its body's pass counted is read from them (ledger-changes.ts, editedRows).
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
    this.ledgers.beginBatch();
    let added = 0;
    /** Cell texts edited in rows without a record, with their text before this batch. */
    let edited: Map<Element, Map<Text, string | null>> | null = null;
    for (const r of records) {
      if (r.type === 'characterData') {
        const text = r.target as Text;
        this.removals.forget(text);
        this.runsRead.nodes.delete(text);
        const row = rowOfCellText(text);
        if (row && rowRecord(row, this.recorder.epoch) === undefined && this.ledgers.has(row.parentElement as HTMLTableSectionElement)) {
          edited ??= new Map();
          let olds = edited.get(row);
          if (!olds) edited.set(row, (olds = new Map()));
          if (!olds.has(text)) olds.set(text, r.oldValue);
          continue;
        }
        if (row && !this.ledgers.rowChanged(row)) continue;
        this.queue.push(text);
      } else {
        const row = rowChangedBy(r.target);
        const readByPass = row !== null && !this.ledgers.rowChanged(row);
        const ledger = r.target.nodeType === 1 ? this.ledgers.get(r.target as HTMLTableSectionElement) : undefined;
        if (ledger) {
          this.ledgers.rowsChanged(r, ledger);
          continue;
        }
        const removedNodes = r.removedNodes;
        for (let i = 0; i < removedNodes.length; i++) this.removals.add(removedNodes[i] as Node);
        if (readByPass) continue;
        const addedNodes = r.addedNodes;
        added += addedNodes.length;
        if (added > HUGE_MUTATION) {
          this.queue.push(r.target);
          this.options.onAdded?.(r.target);
          continue;
        }
        for (let i = 0; i < addedNodes.length; i++) {
          const node = addedNodes[i] as Node;
          this.queue.push(node);
          if (node.nodeType === 1) this.options.onAdded?.(node);
        }
      }
    }
    if (edited) this.ledgers.editedRows(edited);
    this.schedule();
  }

  /** Puts a compact or implicit row's values on its cells' text nodes (row-resolver.ts). */
  resolveRow(row: Element, index = -1): void {
    this.resolver.resolveRow(row, index);
  }

  /** Reveals one value, every piece of it when the page split it: its masks go, and the masked count with them. */
  reveal(entry: MaskEntry): void {
    for (const piece of piecesOf(entry)) {
      if (piece.revealed) continue;
      // The first piece stands for the value in the masked total (Tally.account).
      if (piece.mode !== 'off' && isFirstPiece(piece)) this.tally.masked--;
      piece.revealed = true;
      this.masker(piece.node.ownerDocument).remove(piece);
    }
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
    this.recorder.beginSlice();
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
      if (!firstEntry(t, this.recorder.epoch) && !isSkippedText(t)) this.scanWalked(t, null);
    } else if (type === 1) {
      const el = work as Element;
      if (el.tagName === 'TR') {
        const section = el.parentElement;
        if (section && isTableBody(section) && !el.closest(SKIP_SELECTOR)) {
          // In a body whose pass started, a row without a record is the pass's to read.
          if (!this.ledgers.has(section) || rowRecord(el, this.recorder.epoch) !== undefined) this.pushRows(section, el);
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
      if (!ledger) ledger = this.ledgers.create(section);
      else if (ledger.state !== 'pending') return;
      ledger.state = 'reading';
      first = ledger.last ? ledger.last.nextElementSibling : section.firstElementChild;
    }
    this.jobs.push({
      kind: 'rows',
      section,
      plans: this.recorder.plans.forTable(table),
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
        if (this.ledgers.get(job.section) === job.ledger) this.ledgers.drop(job.section);
        else this.jobs.pop();
        return true;
      }
      if (row.parentNode !== job.section) {
        // The page removed the row we stood on (a re-render): the observer has had the body read
        // again (section-ledger.ts), or the row read alone is gone.
        if (job.ledger && this.ledgers.get(job.section) === job.ledger) this.ledgers.recount(job.section, job.ledger);
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
        const from = this.reader.scanSerializedRow(job, row, deadline);
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
        const plan = this.reader.cellPlan(job.plans, job.index, row, cell, tag);
        job.index++;
        if (cell.childElementCount === 0) {
          const t = cell.firstChild;
          if (t === null) continue;
          if (t.nodeType === 3 && t.nextSibling === null) {
            this.recorder.scanCellText(t as Text, plan, job.section);
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

  /** A text node met by a walk: in a cell being read for a RowJob it takes the cell's plan, else its own label. */
  private scanWalked(node: Text, job: WalkJob | null): void {
    if (firstEntry(node, this.recorder.epoch)) return;
    const parent = node.parentElement;
    if (!parent) return;
    if (this.runsRead.epoch !== this.recorder.epoch) this.runsRead = { epoch: this.recorder.epoch, nodes: new WeakSet() };
    if (this.runsRead.nodes.has(node)) return; // read with its inline run
    const run = inlineRun(node);
    const labelled = run ? run.block : parent;
    let plan: ColumnPlan;
    if (job?.cell && job.plan && (labelled === job.cell || labelled.closest(CELL_SELECTOR) === job.cell)) plan = job.plan;
    else plan = this.recorder.plans.forLabel(this.labelOf(labelled));
    if (run) this.scanRun(run, plan);
    else this.recorder.scan(node, plan, undefined);
  }

  /** The label of a text's element: its layout's (labels.ts), or on a contact page its heading's. */
  private labelOf(el: Element): string {
    const label = labelFor(el);
    if (label || !this.options.contactPage?.() || !inProfileHeading(el)) return label;
    return PROFILE_HEADING_LABEL;
  }

  /**
   * A value may run across the nodes of an inline run (inline-run.ts): the run is read whole, again
   * whenever one of its nodes changes, so the values its nodes held are dropped first.
   */
  private scanRun(run: InlineRun, plan: ColumnPlan): void {
    for (const node of run.nodes) {
      this.removals.forget(node);
      this.runsRead.nodes.add(node);
    }
    this.recorder.scanRun(run, plan);
  }

  /** Counts of values on the page now (types with at least one value) and how many are masked. */
  counts(): [PiiCounts, number] {
    return this.tally.counts();
  }
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

/** The part of a text node inside `range` (all of it without one) that the scan does not read, if any (PageScanner.entriesIn). */
function addUnscanned(t: Text, range: Range | null, into: string[]): void {
  const from = range && t === range.startContainer ? range.startOffset : 0;
  const to = range && t === range.endContainer ? range.endOffset : t.length;
  if (isSkippedText(t)) {
    // Confidant's own UI is not page content.
    if (!t.parentElement?.closest(`[${UI_ATTR}]`)) into.push(t.data.slice(from, to));
  } else if (to > MAX_NODE_TEXT) {
    into.push(t.data.slice(Math.max(from, MAX_NODE_TEXT), to));
  }
}
