import type { PiiType } from '../pii/types';
import { dateOfBirth } from './date-of-birth';
import { email } from './email';
import {
  contextWords,
  resolveOverlaps,
  runCustom,
  runDetectorWithLabel,
  runDetectorWithWords,
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
 * none of them, so this one test skips ten detectors.
 */
const ANCHOR = /[\d@:]/;
const cellLabels = new Map<string, boolean>();

function labelMakesCells(label: string): boolean {
  let known = cellLabels.get(label);
  if (known === undefined) {
    const lower = label.toLowerCase();
    known = ALL_TYPES.some((t) => {
      const d: Detector = DETECTORS[t];
      return d.cell !== undefined && d.context.some((w) => labelHas(lower, w));
    });
    if (cellLabels.size > 500) cellLabels.clear();
    cellLabels.set(label, known);
  }
  return known;
}

/** Finds PII in a piece of text. Pure: no DOM, no browser APIs. Overlapping findings keep the best. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  if (!options.custom?.length && !ANCHOR.test(text) && !(options.context?.label && labelMakesCells(options.context.label))) return [];
  const findings: Finding[] = [];
  const label = options.context?.label ? options.context.label.toLowerCase() : '';
  for (const type of options.types ?? ALL_TYPES) {
    const found = runDetectorWithLabel(DETECTORS[type], text, options, label);
    for (let i = 0; i < found.length; i++) findings.push(found[i] as Finding);
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
  /** Some step needs digits: count them once per cell. */
  countDigits: boolean;
}

interface PlanStep {
  detector: Detector;
  /** Lower-cased label, '' where the header does not apply to this detector. */
  label: string;
  words: LabelWords;
  /** Cells with fewer ASCII digits cannot hold a match (0 when a labelled cell may match without). */
  minDigits: number;
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
    steps.push({ detector, label: stepLabel, words, minDigits: cellPossible ? 0 : (detector.minDigits ?? 0) });
  }
  const cellLabel = steps.some((s) => s.label !== '') && labelMakesCells(lower);
  return { steps, cellLabel, countDigits: steps.some((s) => s.minDigits > 0) };
}

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** scanText for one table cell with its column's plan (same engine, no per-cell lookups). */
export function scanCell(text: string, plan: ColumnPlan, options: ScanOptions = {}): readonly Finding[] {
  // The digit count doubles as most of the anchor test (ANCHOR is a digit, '@' or ':').
  const digits = plan.countDigits ? digitCount(text) : 0;
  const anchored = digits > 0 || (plan.countDigits ? text.includes('@') || text.includes(':') : ANCHOR.test(text));
  if (!options.custom?.length && !plan.cellLabel && !anchored) return NO_CELL_FINDINGS;
  // Most cells hold nothing: the result array is created only for the first finding.
  let findings: Finding[] | null = null;
  for (const step of plan.steps) {
    if (digits < step.minDigits) continue;
    const found = runDetectorWithWords(step.detector, text, options, step.label, step.words);
    if (found.length === 0) continue;
    findings ??= [];
    for (let i = 0; i < found.length; i++) findings.push(found[i] as Finding);
  }
  if (options.custom?.length) (findings ??= []).push(...runCustom(options.custom, text));
  return findings ? resolveOverlaps(findings) : NO_CELL_FINDINGS;
}

/** Shared by every cell without findings; callers only read results. */
const NO_CELL_FINDINGS: readonly Finding[] = Object.freeze([]);

export type { Detector, Finding, ScanContext } from './types';
