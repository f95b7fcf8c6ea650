import type { PiiType } from '../pii/types';
import { email } from './email';
import type { Detector, Finding, ScanContext } from './types';

/** Every detector, keyed by its PII type. */
export const DETECTORS: Partial<Record<PiiType, Detector>> = {
  email,
};

export interface ScanOptions {
  /** Types to look for; defaults to every registered detector. */
  types?: readonly PiiType[];
  context?: ScanContext;
}

/** Finds PII in a piece of text. Pure: no DOM, no browser APIs. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const types = options.types ?? (Object.keys(DETECTORS) as PiiType[]);
  for (const type of types) {
    const detector = DETECTORS[type];
    if (!detector || !detector.prefilter(text)) continue;
    for (const pattern of detector.patterns) {
      pattern.regex.lastIndex = 0;
      for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
        const value = m[0];
        if (detector.invalidate?.(value, text, m.index)) continue;
        let validated = false;
        if (detector.validate) {
          if (!detector.validate(value)) continue;
          validated = true;
        }
        const label = options.context?.label ?? '';
        const contextWords = detector.context.filter((word) => label.includes(word));
        const score = Math.min(1, pattern.score + (validated ? 0.05 : 0) + contextWords.length * 0.05);
        if (score < detector.minScore) continue;
        findings.push({
          type,
          detectorId: detector.id,
          patternName: pattern.name,
          start: m.index,
          end: m.index + value.length,
          score,
          validated,
          contextWords,
        });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export type { Detector, Finding, ScanContext } from './types';
