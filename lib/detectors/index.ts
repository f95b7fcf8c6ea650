import type { PiiType } from '../pii/types';
import { BoundedCache } from '../util/bounded-cache';
import { dateOfBirth } from './date-of-birth';
import { email } from './email';
import {
  collectFindings,
  contextWords,
  resolveOverlaps,
  resolveOverlapsFrom,
  runCustom,
  type EngineOptions,
  type LabelWords,
} from './engine';
import { iban } from './iban';
import { ipAddress } from './ip-address';
import { nationalId } from './national-id';
import { paymentCard } from './payment-card';
import { personName } from './person-name';
import { phone } from './phone';
import { postalAddress } from './postal-address';
import { purchaseHistory } from './purchase-history';
import { visibleText, writtenSpan, type VisibleText } from './invisible';
import { AT, COLON, DIGIT, NON_ASCII, passes, shapeOf } from './shape';
import { labelHas, type Detector, type Finding } from './types';

/** Every detector, keyed by its PII type: a type without a detector is a compile error. */
export const DETECTORS = {
  email,
  phone,
  'postal-address': postalAddress,
  'person-name': personName,
  'purchase-history': purchaseHistory,
  'payment-card': paymentCard,
  iban,
  'national-id': nationalId,
  'ip-address': ipAddress,
  'date-of-birth': dateOfBirth,
} satisfies Record<PiiType, Detector>;

const ALL_TYPES = Object.keys(DETECTORS) as PiiType[];

export type ScanOptions = EngineOptions;

/**
 * Every pattern needs a digit, an `@` or a `:` (an inline "Label: value"); only a labelled cell can
 * be PII without one (a name under "Name"). Most text on an ESP page ("Subscribed", tags) has
 * none of them, so this one test on the text's shape skips ten detectors.
 */
const ANCHOR = DIGIT | AT | COLON;
const cellLabels = new BoundedCache<string, boolean>(500);

function labelMakesCells(label: string): boolean {
  return cellLabels.get(label) ?? cellLabels.set(label, computeLabelMakesCells(label));
}

function computeLabelMakesCells(label: string): boolean {
  const lower = label.toLowerCase();
  return ALL_TYPES.some((t) => {
    const d: Detector = DETECTORS[t];
    return d.cell !== undefined && d.context.some((w) => labelHas(lower, w));
  });
}

/** Finds PII in a piece of text. Pure: no DOM, no browser APIs. Overlapping findings keep the best. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const shape = shapeOf(text);
  const visible = (shape & NON_ASCII) !== 0 ? visibleText(text) : null;
  if (visible) return mapToWritten(scanText(visible.text, options), visible, 0);
  if (!options.custom?.length && (shape & ANCHOR) === 0 && !(options.context?.label && labelMakesCells(options.context.label))) return [];
  const findings: Finding[] = [];
  const label = options.context?.label ? options.context.label.toLowerCase() : '';
  for (const type of options.types ?? ALL_TYPES) {
    const detector: Detector = DETECTORS[type];
    collectFindings(detector, text, options, label, contextWords(detector, label), shape, findings);
  }
  if (options.custom?.length) findings.push(...runCustom(options.custom, text));
  return resolveOverlaps(findings);
}

/**
 * How one table column is scanned: every requested detector, each with the label it should see. A
 * column header is given only to the detectors it can change (document scanners decide which), so
 * the other types score as in bare text. Built once per column, used for every cell: the label
 * words are looked up once, and detectors the header makes unreachable (phones under "Order ID")
 * are left out.
 */
export interface ColumnPlan {
  steps: PlanStep[];
  /** The header can make a cell PII without an anchor character (a name under "Name"). */
  cellLabel: boolean;
}

interface PlanStep {
  detector: Detector;
  /** Lower-cased label, '' where the header does not apply to this detector. */
  label: string;
  words: LabelWords;
  /** A labelled cell may match whatever its shape: the gate is checked by the engine after it. */
  cellPossible: boolean;
}

export function planColumn(label: string, labelledTypes: readonly PiiType[], options: ScanOptions = {}): ColumnPlan {
  const lower = label.toLowerCase();
  const steps: PlanStep[] = [];
  for (const type of options.types ?? ALL_TYPES) {
    const detector: Detector = DETECTORS[type];
    const stepLabel = labelledTypes.includes(type) ? lower : '';
    const words = contextWords(detector, stepLabel);
    if (words.dead) continue;
    const cellPossible = detector.cell !== undefined && words.positive.length > 0;
    steps.push({ detector, label: stepLabel, words, cellPossible });
  }
  const cellLabel = steps.some((s) => s.label !== '') && labelMakesCells(lower);
  return { steps, cellLabel };
}

/**
 * False when no detector of the plan can find anything in a cell of this shape (no digit, `@` or
 * colon, and no header that makes a plain cell a value): callers skip such cells without copying them.
 */
export function cellMayHold(plan: ColumnPlan, shape: number, options: ScanOptions = {}): boolean {
  return (options.custom?.length ?? 0) > 0 || plan.cellLabel || (shape & ANCHOR) !== 0;
}

/** scanText for one table cell with its column's plan (same engine, no per-cell lookups). */
export function scanCell(text: string, plan: ColumnPlan, options: ScanOptions = {}, shape: number = shapeOf(text)): readonly Finding[] {
  if (!cellMayHold(plan, shape, options)) return NO_CELL_FINDINGS;
  // Most cells hold nothing: findings are collected in one reused array and copied out only when
  // there are some (an array per cell was most of what a table page allocated).
  const found = scanCellInto(text, plan, options, shape, cellScratch);
  if (found === 0) return NO_CELL_FINDINGS;
  const findings = cellScratch.slice();
  cellScratch.length = 0;
  return findings;
}

/** scanCell's working array: empty between calls (detectors never call back into scanCell). */
const cellScratch: Finding[] = [];

/**
 * scanCell that appends the cell's findings (overlaps resolved) to `out` and returns how many: a
 * document scanner collects a whole file in one array, with no array per cell.
 */
export function scanCellInto(text: string, plan: ColumnPlan, options: ScanOptions, shape: number, out: Finding[]): number {
  const from = out.length;
  const visible = (shape & NON_ASCII) !== 0 ? visibleText(text) : null;
  if (visible) {
    const count = scanCellInto(visible.text, plan, options, shapeOf(visible.text), out);
    mapToWritten(out, visible, from);
    return count;
  }
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as PlanStep;
    if (!step.cellPossible && !passes(step.detector.gate, shape)) continue;
    collectFindings(step.detector, text, options, step.label, step.words, shape, out);
  }
  if (options.custom?.length) out.push(...runCustom(options.custom, text));
  resolveOverlapsFrom(out, from);
  return out.length - from;
}

/** Puts the findings of `findings` from index `from` on, made on a visible text (invisible.ts), back on the text as written. */
function mapToWritten(findings: Finding[], visible: VisibleText, from: number): Finding[] {
  for (let i = from; i < findings.length; i++) {
    const f = findings[i] as Finding;
    [f.start, f.end] = writtenSpan(visible, f.start, f.end);
  }
  return findings;
}

/** Shared by every cell without findings; callers only read results. */
const NO_CELL_FINDINGS: readonly Finding[] = Object.freeze([]);

export type { Detector, Finding, ScanContext } from './types';
