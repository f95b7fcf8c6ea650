import type { PiiType } from '../pii/types';
import { dateOfBirth } from './date-of-birth';
import { email } from './email';
import { resolveOverlaps, runCustom, runDetector, type EngineOptions } from './engine';
import { iban } from './iban';
import { ipAddress } from './ip-address';
import { nationalId } from './national-id';
import { paymentCard } from './payment-card';
import { personName } from './person-name';
import { phone } from './phone';
import { postalAddress } from './postal-address';
import { purchaseHistory } from './purchase-history';
import type { Detector, Finding } from './types';

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

/** Finds PII in a piece of text. Pure: no DOM, no browser APIs. Overlapping findings keep the best. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const type of options.types ?? ALL_TYPES) {
    const found = runDetector(DETECTORS[type], text, options);
    for (let i = 0; i < found.length; i++) findings.push(found[i] as Finding);
  }
  if (options.custom?.length) findings.push(...runCustom(options.custom, text));
  return resolveOverlaps(findings);
}

export type { Detector, Finding, ScanContext } from './types';
