import type { PiiType } from '../pii/types';
import { defineGate, type Gate } from './shape';

/** One regex alternative of a detector. Compiled once, when the detector is defined. */
export interface DetectorPattern {
  name: string;
  regex: RegExp;
  /** Base confidence 0..1 before validation and context adjust it. */
  score: number;
  /** Capture group that holds the value (inline "Label: value" patterns); the whole match when absent. */
  group?: number;
  /** Runs on bare text of a context-only detector only when the caller opts in (IP columns). */
  optIn?: boolean;
  /**
   * Literals the pattern cannot match without (its keywords, case as written): the regex runs only
   * when the text contains one. indexOf runs at GB/s, a keyword regex tried at every capital or
   * digit at tens of MB/s (docs: benchmarks.md).
   */
  requires?: readonly string[];
  /** What this pattern's matches always contain, beyond the detector's gate (shape.ts). */
  gate?: Gate;
}

/** Context around a piece of text, e.g. the header of the table column it sits in. */
export interface ScanContext {
  /** Label text that describes the value (column header, form label, profile field name). */
  label?: string;
}

/** A candidate span before validation and scoring. */
export interface Candidate {
  start: number;
  end: number;
  patternName: string;
  score: number;
}

/** Shared by every `find` and pattern run without a candidate (most texts): nothing to allocate. */
export const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);

/** Why a value was flagged: powers the popup and the lessons. */
export interface Finding {
  /** A PII type, or `custom` for a policy-defined pattern (its id is in `detectorId`). */
  type: PiiType | 'custom';
  detectorId: PiiType | `custom:${string}`;
  patternName: string;
  start: number;
  end: number;
  score: number;
  validated: boolean;
  /** Name of the check that passed (`luhn`, `mod-97`, `numbering-plan`), when one ran. */
  validation?: string;
  /** Context words found in the label that raised (or, prefixed `-`, lowered) confidence. */
  contextWords: readonly string[];
  /**
   * Masked but not counted: a first name or surname in its own column is part of a person whose
   * name is counted once elsewhere (or not identifying on its own). See lib/detectors/README.md.
   */
  uncounted?: true;
}

export interface Detector {
  id: PiiType;
  /**
   * What every match contains (digits, an `@`, a colon…), checked on the text's shape (shape.ts)
   * before anything else runs. Labelled-cell shapes are not bound by it.
   */
  gate: Gate;
  /** A finer test after the gate (a keyword, or the shape read more finely), still cheaper than the patterns. */
  prefilter?: (text: string, shape: number) => boolean;
  patterns: DetectorPattern[];
  /** Custom candidate finder, used instead of `patterns` when a regex alone is too slow or too loose. */
  find?: (text: string, label: string) => readonly Candidate[];
  /** Lower-case words that raise confidence when found in the value's label. */
  context: string[];
  /** Lower-case label words that lower confidence (a column headed "Order #" holds no phones). */
  negativeContext?: string[];
  /**
   * A cell whose label names the type is one value when it has this shape (a column headed
   * "Date of birth" holding `1990-04-12`).
   */
  cell?: {
    /** Whether the trimmed cell text is one value; `shape` is the untrimmed text's (shape.ts). */
    accepts: (value: string, shape: number) => boolean;
    /** Labels that make the finding a part (masked, not counted), e.g. "first name". */
    partLabels?: string[];
  };
  /**
   * Context-driven types (names, purchase history, dates of birth, IPs): bare patterns never run;
   * only labelled cells and patterns with a `group` (they carry their own inline label) do.
   */
  contextOnly?: boolean;
  /** Checksum or structural validation: true raises the score, false drops the finding. */
  validate?: (value: string, label: string) => boolean;
  /** Name of what `validate` checks, quoted in explanations. */
  validation?: string;
  /** Near-miss pruning: true drops the finding. */
  invalidate?: (value: string, text: string, start: number) => boolean;
  minScore: number;
}

type PatternDefinition = Omit<DetectorPattern, 'gate'> & { gate?: Partial<Gate> };

export function defineDetector(
  detector: Omit<Detector, 'gate' | 'patterns'> & { gate: Partial<Gate>; patterns: PatternDefinition[] },
): Detector {
  const patterns: DetectorPattern[] = detector.patterns.map(({ gate, ...p }) => (gate ? { ...p, gate: defineGate(gate) } : p));
  for (const pattern of patterns) {
    if (!pattern.regex.global) throw new Error(`${detector.id}/${pattern.name}: patterns must use the g flag`);
    if (pattern.group !== undefined && !pattern.regex.hasIndices) {
      throw new Error(`${detector.id}/${pattern.name}: group patterns need the d flag`);
    }
  }
  // Every detector gets the same properties in the same order (absent ones undefined): the engine
  // reads them for every cell, and ten differently shaped detectors made those reads megamorphic.
  const uniform: Detector = {
    id: detector.id,
    gate: defineGate(detector.gate),
    prefilter: detector.prefilter,
    patterns,
    find: detector.find,
    context: detector.context,
    negativeContext: detector.negativeContext,
    cell: detector.cell,
    contextOnly: detector.contextOnly,
    validate: detector.validate,
    validation: detector.validation,
    invalidate: detector.invalidate,
    minScore: detector.minScore,
  };
  return Object.freeze(uniform);
}

/**
 * True when `label` contains `word` as a whole word (labels are short: a linear scan is fine).
 * Underscores join words as spaces do: exports name their columns `FIRST_NAME`, `LAST_ORDER_DATE`.
 */
export function labelHas(label: string, word: string): boolean {
  if (label.includes('_')) label = label.replaceAll('_', ' ');
  let at = label.indexOf(word);
  while (at >= 0) {
    const before = at === 0 ? ' ' : label.charAt(at - 1);
    const after = label.charAt(at + word.length) || ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    at = label.indexOf(word, at + 1);
  }
  return false;
}
