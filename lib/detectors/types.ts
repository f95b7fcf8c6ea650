import type { PiiType } from '../pii/types';

/** One regex alternative of a detector. Compiled once, when the detector is defined. */
export interface DetectorPattern {
  name: string;
  regex: RegExp;
  /** Base confidence 0..1 before validation and context adjust it. */
  score: number;
}

/** Context around a piece of text, e.g. the header of the table column it sits in. */
export interface ScanContext {
  /** Lower-cased label text that describes the value (column header, form label). */
  label?: string;
}

/** Why a value was flagged: powers the popup and the lessons. */
export interface Finding {
  type: PiiType;
  detectorId: PiiType;
  patternName: string;
  start: number;
  end: number;
  score: number;
  validated: boolean;
  contextWords: string[];
}

export interface Detector {
  id: PiiType;
  /** Cheap test that rules the text out before any regex runs. */
  prefilter: (text: string) => boolean;
  patterns: DetectorPattern[];
  /** Lower-case words that raise confidence when found near the value or in its label. */
  context: string[];
  /** Checksum or structural validation: true raises the score, false drops the finding. */
  validate?: (value: string) => boolean;
  /** Near-miss pruning: true drops the finding. */
  invalidate?: (value: string, text: string, start: number) => boolean;
  minScore: number;
}

export function defineDetector(detector: Detector): Detector {
  for (const pattern of detector.patterns) {
    if (!pattern.regex.global) throw new Error(`${detector.id}/${pattern.name}: patterns must use the g flag`);
  }
  return Object.freeze(detector);
}
