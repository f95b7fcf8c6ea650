import { scanText, type ScanOptions } from '../detectors/index';
import type { PiiCounts } from '../pii/types';
import type { MaskEntry } from './entries';
import { labelFor } from './labels';
import { Masker } from './masker';
import { visibleRows } from './visible-rows';
import type { ScanSettings } from './policy-options';
import { SKIP_SELECTOR, TextWalk, isSkippedText } from './walker';

/** Longest text scanned per node: a giant text node (a pasted export) is scanned in its first part. */
export const MAX_NODE_TEXT = 50_000;
/** Work slice length; the goal is no task of Confidant's over 50 ms (docs/benchmarks.md). */
const SLICE_MS = 6;
/** During a long scan, pending masks join the highlights at most this often. */
const FLUSH_MS = 1000;
/** More added nodes than this in one batch: rescan the container instead of each node. */
const HUGE_MUTATION = 1000;

export interface ScannerOptions {
  doc: Document;
  settings: () => ScanSettings;
  /** Same-origin iframes to scan too (adapter selectors). */
  frameSelectors?: readonly string[];
  /** Called when the queue drains, with the counts of values on the page now. */
  onIdle: (counts: PiiCounts, masked: number) => void;
}

type Work = Node;

/**
 * watcher → scanner → detectors → masker. Walks text in time slices (visible rows first), keeps
 * the entries of scanned text nodes, and re-scans only what a mutation touched.
 */
export class PageScanner {
  private queue: Work[] = [];
  private walk: TextWalk | null = null;
  private entries = new Map<Text, MaskEntry[]>();
  private maskers = new Map<Document, Masker>();
  private observer: MutationObserver;
  private scheduled = false;
  private channel = new MessageChannel();
  private scanStarted = false;
  private stopped = false;
  private slicesSinceFlush = 0;
  /** Counts kept up to date as nodes are scanned and removed: a report never walks every entry. */
  private tally: PiiCounts = {};
  private maskedTally = 0;
  /** Nodes the page removed, to drop their entries (work proportional to what the page changed). */
  private removed: Node[] = [];
  /** The removed subtree being walked, when one did not fit in a slice. */
  private removing: TreeWalker | null = null;
  private lastFlush = 0;
  /**
   * Detector options per label, for the current settings: a table has a dozen labels, so the
   * options object is built once per column instead of once per cell (less garbage to collect).
   */
  private optionsCache = new WeakMap<ScanSettings, Map<string, ScanOptions>>();
  /** Longest slice so far, for the benchmark. */
  longestSliceMs = 0;

  constructor(private readonly options: ScannerOptions) {
    const win = options.doc.defaultView;
    this.observer = new (win?.MutationObserver ?? MutationObserver)((records) => this.onMutations(records));
    this.channel.port1.onmessage = () => this.slice();
  }

  /** Starts a fresh scan of the whole page (first load or SPA navigation). */
  start(): void {
    const { doc } = this.options;
    this.reset();
    performance.mark('confidant:scan:start');
    this.scanStarted = true;
    this.slicesSinceFlush = 0;
    this.queueVisibleFirst(doc);
    this.queue.push(doc.body);
    this.observe(doc.body);
    for (const frameDoc of this.frames()) {
      this.queue.push(frameDoc.body);
      this.observe(frameDoc.body);
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    for (const m of this.maskers.values()) m.destroy();
    this.maskers.clear();
    this.entries.clear();
    this.channel.port1.close();
  }

  /** Scans a same-origin frame's document too (frames.ts finds them, also after start and reloads). */
  addDocument(frameDoc: Document): void {
    if (this.stopped || !frameDoc.body) return;
    this.queue.push(frameDoc.body);
    this.observe(frameDoc.body);
    this.schedule();
  }

  /** Drops a frame document that went away (navigated or removed): its entries, counts and masker. */
  forgetDocument(frameDoc: Document): void {
    for (const text of Array.from(this.entries.keys())) if (text.ownerDocument === frameDoc) this.forget(text);
    this.queue = this.queue.filter((n) => n.ownerDocument !== frameDoc);
    if (this.walk?.root.ownerDocument === frameDoc) this.walk = null;
    this.maskers.get(frameDoc)?.destroy();
    this.maskers.delete(frameDoc);
    this.schedule();
  }

  /** Every entry whose text node is still in the page (reveal and copy guard read these). */
  liveEntries(): Map<Text, MaskEntry[]> {
    return this.entries;
  }

  masker(doc: Document): Masker {
    let m = this.maskers.get(doc);
    if (!m) this.maskers.set(doc, (m = new Masker(doc)));
    return m;
  }

  private reset(): void {
    for (const m of this.maskers.values()) m.clear();
    this.entries.clear();
    this.tally = {};
    this.maskedTally = 0;
    this.removed = [];
    this.removing = null;
    this.queue = [];
    this.walk = null;
  }

  private frames(): Document[] {
    const docs: Document[] = [];
    for (const sel of this.options.frameSelectors ?? []) {
      for (const frame of Array.from(this.options.doc.querySelectorAll<HTMLIFrameElement>(sel))) {
        try {
          const d = frame.contentDocument;
          if (d?.body) docs.push(d);
        } catch {
          // Cross-origin frame: not ours to read.
        }
      }
    }
    return docs;
  }

  private observe(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  /** Queues the table rows on screen first, so what the user sees is masked first. */
  private queueVisibleFirst(doc: Document): void {
    const h = doc.defaultView?.innerHeight ?? 0;
    if (!h) return;
    for (const section of Array.from(doc.querySelectorAll('tbody')).slice(0, 20)) {
      for (const row of visibleRows(section, 0, h)) this.queue.push(row);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    let added = 0;
    for (const r of records) {
      if (r.type === 'characterData') {
        const text = r.target as Text;
        this.forget(text);
        this.queue.push(text);
      } else {
        for (const n of Array.from(r.removedNodes)) this.removed.push(n);
        added += r.addedNodes.length;
        if (added > HUGE_MUTATION) {
          this.queue.push(r.target);
          continue;
        }
        for (const n of Array.from(r.addedNodes)) this.queue.push(n);
      }
    }
    this.schedule();
  }

  private account(list: MaskEntry[], sign: 1 | -1): void {
    for (const e of list) {
      if (e.mode !== 'off' && !e.revealed) this.maskedTally += sign;
      if (e.finding.type === 'custom' || e.finding.uncounted) continue;
      this.tally[e.finding.type] = (this.tally[e.finding.type] ?? 0) + sign;
    }
  }

  /** Reveals one value: its mask goes, and the masked count with it. */
  reveal(entry: MaskEntry): void {
    if (entry.revealed) return;
    if (entry.mode !== 'off') this.maskedTally--;
    entry.revealed = true;
    this.masker(entry.node.ownerDocument).remove(entry);
  }

  /**
   * Drops the entries under nodes the page removed (unless it put them back). A removed subtree is
   * walked in steps (`removing`), so removing a 50k-row tbody never blocks beyond the slice.
   */
  private dropRemoved(deadline: number): boolean {
    for (;;) {
      if (this.removing) {
        const walker = this.removing;
        let n = 0;
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (this.entries.has(t as Text)) this.forget(t as Text);
          if (++n % 256 === 0 && performance.now() > deadline) return false;
        }
        this.removing = null;
      }
      if (performance.now() > deadline) return this.removed.length === 0;
      const node = this.removed.pop();
      if (!node) return true;
      if (node.isConnected) continue;
      if (node.nodeType === 3) {
        this.forget(node as Text);
      } else if (this.entries.size > 0) {
        this.removing = (node.ownerDocument ?? this.options.doc).createTreeWalker(node, 0x4);
      }
    }
  }

  private forget(text: Text): void {
    const old = this.entries.get(text);
    if (!old) return;
    this.account(old, -1);
    const masker = this.masker(text.ownerDocument);
    for (const e of old) masker.remove(e);
    this.entries.delete(text);
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
    // The deadline is checked after every text node: one node's detectors can cost milliseconds.
    if (this.dropRemoved(deadline)) {
      while (performance.now() < deadline) {
        const text = this.nextText();
        if (!text) break;
        this.scanNode(text);
      }
    }
    const t1 = performance.now();
    this.longestSliceMs = Math.max(this.longestSliceMs, t1 - t0);
    performance.measure('confidant:slice', { start: t0, end: t1 });
    const idle = !this.walk && this.queue.length === 0 && this.removed.length === 0 && !this.removing;
    // Highlights change in a few batches (each change costs the renderer a pass over all ranges).
    if (idle || this.slicesSinceFlush++ === 0 || t1 - this.lastFlush > FLUSH_MS) {
      for (const m of this.maskers.values()) m.flush();
      this.lastFlush = t1;
    }
    if (!idle) {
      this.schedule();
      return;
    }
    this.slicesSinceFlush = 0;
    if (this.scanStarted) {
      this.scanStarted = false;
      performance.mark('confidant:scan:end');
      performance.measure('confidant:scan', 'confidant:scan:start', 'confidant:scan:end');
    }
    this.options.onIdle(...this.counts());
  }

  /**
   * The next text node to scan. A node with entries was scanned and has not changed since (a
   * change drops its entries); a node without any may be met twice (a visible row, then the body
   * walk) and is simply scanned again. No WeakSet of every scanned node: at 50k rows its 600k
   * weak entries slowed every garbage collection.
   */
  private nextText(): Text | null {
    for (;;) {
      if (this.walk) {
        const t = this.walk.next();
        if (t) {
          if (!this.entries.has(t)) return t;
          continue;
        }
        this.walk = null;
      }
      const work = this.queue.shift();
      if (!work) return null;
      if (!work.isConnected) continue;
      if (work.nodeType === 3) {
        const t = work as Text;
        if (!this.entries.has(t) && !isSkippedText(t)) return t;
        continue;
      }
      if (work.nodeType === 1 || work.nodeType === 11 || work.nodeType === 9) {
        // An element added inside skipped UI (our own layer, a script): nothing to scan.
        if (work.nodeType === 1 && (work as Element).closest(SKIP_SELECTOR)) continue;
        this.walk = new TextWalk(work, (shadow) => {
          this.queue.push(shadow);
          this.observe(shadow);
        });
      }
    }
  }

  private scanNode(node: Text): void {
    const data = node.data;
    if (data.length < 3) return;
    const text = data.length > MAX_NODE_TEXT ? data.slice(0, MAX_NODE_TEXT) : data;
    const settings = this.options.settings();
    const findings = scanText(text, this.detectorOptions(settings, labelFor(node.parentElement)));
    if (findings.length === 0) return;
    const masker = this.masker(node.ownerDocument);
    const list: MaskEntry[] = [];
    for (const finding of findings) {
      const mode = finding.type === 'custom' ? (settings.customModes[finding.patternName] ?? 'full') : settings.modes[finding.type];
      // No StaticRange yet: the Masker makes one when the value joins a highlight.
      const entry: MaskEntry = { node, finding, mode, revealed: false };
      list.push(entry);
      masker.add(entry);
    }
    this.entries.set(node, list);
    this.account(list, 1);
  }

  private detectorOptions(settings: ScanSettings, label: string): ScanOptions {
    let byLabel = this.optionsCache.get(settings);
    // Labels are column headers and field names; a page with very many distinct ones starts over.
    if (!byLabel || byLabel.size > 500) this.optionsCache.set(settings, (byLabel = new Map()));
    let options = byLabel.get(label);
    if (!options) byLabel.set(label, (options = { ...settings.engine, context: { label } }));
    return options;
  }

  /** Counts of values on the page now (types with at least one value) and how many are masked. */
  counts(): [PiiCounts, number] {
    const counts: PiiCounts = {};
    for (const [type, n] of Object.entries(this.tally) as [keyof PiiCounts, number][]) if (n > 0) counts[type] = n;
    return [counts, this.maskedTally];
  }
}
