import { scanCell, type ColumnPlan, type Finding } from '../detectors/index';
import type { PiiCounts } from '../pii/types';
import type { MaskMode } from '../policy/schema';
import { firstEntry, joinPieces, newEntry, setFirstEntry, type MaskEntry } from './entries';
import type { InlineRun } from './inline-run';
import type { Masker } from './masker';
import { Plans } from './plans';
import { maskModeOf, type ScanSettings } from './policy-options';
import { ledgerValue, type SectionLedger } from './section-ledger';
import type { Tally } from './tally';

/** Longest text scanned per node: a giant text node (a pasted export) is scanned in its first part. */
export const MAX_NODE_TEXT = 50_000;

/**
 * Runs the detectors on a text with its plan and records what they find: entries on the text node
 * (entries.ts), counts (tally.ts), masks (masker.ts). It also holds what every reader of the page
 * shares for the scan in force: its epoch, the current slice's settings, the detector plans.
 *
 * Why a class of its own: the body walk, the row reader, the ledgers of table bodies and the row
 * resolver all end here; each gets this object rather than the whole scanner.
 */
export class TextRecorder {
  /** This page view's scan: entries made by an earlier one are ignored (entries.ts). */
  epoch = 1;
  /** The settings of the current slice (read once per slice). */
  settings: ScanSettings | null = null;
  readonly plans = new Plans();

  constructor(
    private readonly readSettings: () => ScanSettings,
    readonly tally: Tally,
    /** The masker of a node's document. */
    readonly maskerOf: (doc: Document) => Masker,
  ) {}

  /** Reads the settings for a slice, and drops the plans when they changed. */
  beginSlice(): void {
    this.settings = this.readSettings();
    this.plans.use(this.settings);
  }

  /** Settings and plans for work outside a slice (the observer's callback, reveal, copy, a draw). */
  useSettings(): void {
    this.settings ??= this.readSettings();
    this.plans.use(this.settings);
  }

  /** The mask mode of a finding under the current settings. */
  modeOf(f: Finding): MaskMode {
    return maskModeOf(this.settings ?? this.readSettings(), f);
  }

  detect(text: string, plan: ColumnPlan): readonly Finding[] {
    const settings = this.settings ?? this.readSettings();
    return scanCell(text.length > MAX_NODE_TEXT ? text.slice(0, MAX_NODE_TEXT) : text, plan, settings.engine);
  }

  scanCellText(node: Text, plan: ColumnPlan, section: HTMLTableSectionElement): void {
    if (firstEntry(node, this.epoch)) {
      // Met again (a visible row, then the body): already masked, but the row may sit in a new body.
      this.maskerOf(node.ownerDocument).noteSection(section);
      return;
    }
    this.scan(node, plan, section);
  }

  /**
   * Scans one text node and records its values. `section`: the table body it sits in (null outside
   * tables, undefined when not known: the Masker then looks).
   */
  scan(node: Text, plan: ColumnPlan, section: HTMLTableSectionElement | null | undefined): void {
    const data = node.data;
    if (tooShort(data, plan)) return;
    const findings = this.detect(data, plan);
    if (findings.length > 0) this.record(node, findings, section, this.maskerOf(node.ownerDocument));
  }

  /**
   * Scans an inline run (inline-run.ts) as one text and puts each value on the text nodes it
   * covers, a piece on each: every piece is masked, and the value is counted once, on its first
   * piece (the masked and live totals count pieces). The caller has dropped the nodes' entries.
   */
  scanRun(run: InlineRun, plan: ColumnPlan): void {
    if (tooShort(run.text, plan)) return;
    const findings = this.detect(run.text, plan);
    if (findings.length > 0) this.recordRun(run, findings);
  }

  /** Whether the run was read in this scan: a value always leaves a piece on some node of it. */
  runRead(run: InlineRun): boolean {
    return run.nodes.some((n) => firstEntry(n, this.epoch) !== undefined);
  }

  /** Records the values found in a run's text (offsets into `run.text`) as pieces on its nodes, counted. */
  recordRun(run: InlineRun, findings: readonly Finding[]): void {
    const masker = this.maskerOf(run.block.ownerDocument);
    const { nodes, starts } = run;
    /** The last entry put on each node, to chain the next one after it. */
    const tails: (MaskEntry | undefined)[] = [];
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i] as Finding;
      const mode = this.modeOf(f);
      let counted = isCounted(f);
      const pieces: MaskEntry[] = [];
      for (let k = 0; k < nodes.length; k++) {
        const node = nodes[k] as Text;
        const from = starts[k] as number;
        const to = from + node.data.length;
        if (to <= f.start || from >= f.end) continue;
        const entry = newEntry(node, Math.max(f.start, from) - from, Math.min(f.end, to) - from, f.type, mode, counted, this.epoch);
        counted = false;
        const tail = tails[k];
        if (tail) tail.next = entry;
        else setFirstEntry(node, entry);
        tails[k] = entry;
        pieces.push(entry);
        masker.add(entry, undefined);
      }
      // Revealed, copied, drawn and masked in the total as one value (entries.ts): joined before counted.
      joinPieces(pieces);
      for (const piece of pieces) this.tally.account(piece, 1);
    }
  }

  /** Records the values found in a text node: entries on the node, counts, masks. */
  record(node: Text, findings: readonly Finding[], section: HTMLTableSectionElement | null | undefined, masker: Masker): void {
    for (let e = this.chainEntries(node, findings); e; e = e.next) {
      this.tally.account(e, 1);
      masker.add(e, section);
    }
  }

  /**
   * Takes one cell's findings back out of a body's `ledger` (when given) and out of the counts (when
   * `fromTally`): a row read by its body's pass is read again (resolved near the viewport, or
   * edited by the page), and what it counted must not be counted twice.
   */
  takeBack(findings: readonly Finding[], ledger: SectionLedger | null, fromTally: boolean): void {
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i] as Finding;
      const masked = this.modeOf(f) !== 'off';
      const counted = isCounted(f);
      if (ledger) ledgerValue(ledger, f.type as keyof PiiCounts, masked, counted, -1);
      if (fromTally) this.tally.accountValue(f.type, masked, counted, -1);
    }
  }

  /** Puts the entries of `findings` on a text node (not counted here), and returns the first. */
  chainEntries(node: Text, findings: readonly Finding[]): MaskEntry | undefined {
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
}

/**
 * Text too short to hold a value: no pattern matches fewer than three characters, but a labelled
 * cell can (an order count of `3` under "Orders", a two-letter first name under "First name").
 */
export function tooShort(text: string, plan: ColumnPlan): boolean {
  return text.length < 3 && !plan.cellLabel;
}

/** Built-in types are counted, except a name part in its own column (Finding.uncounted). */
export function isCounted(f: Finding): boolean {
  return f.type !== 'custom' && !f.uncounted;
}
