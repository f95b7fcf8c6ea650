import type { PiiType } from '../pii/types';
import { dateOfBirth } from './date-of-birth';
import { email } from './email';
import { resolveOverlaps, runCustom, runDetectorWithLabel, type EngineOptions } from './engine';
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

export type { Detector, Finding, ScanContext } from './types';
