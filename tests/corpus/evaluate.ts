import { PII_TYPES, type PiiType } from '../../lib/pii/types';
import type { CorpusDoc } from './generate';

export interface Found {
  start: number;
  end: number;
  type: string;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Per-type precision and recall: a labelled span is found when a finding of its type overlaps it. */
export function evaluate(
  docs: CorpusDoc[],
  scan: (doc: CorpusDoc) => Found[],
  types: readonly PiiType[] = PII_TYPES,
): Record<PiiType, TypeScore> {
  const scores = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }])) as Record<PiiType, TypeScore>;
  for (const doc of docs) {
    const found = scan(doc);
    for (const type of types) {
      const truth = doc.spans.filter((s) => s.type === type);
      const mine = found.filter((f) => f.type === type);
      const s = scores[type];
      for (const t of truth) {
        if (mine.some((f) => overlaps(f, t))) s.tp++;
        else s.fn++;
      }
      for (const f of mine) if (!truth.some((t) => overlaps(f, t))) s.fp++;
    }
  }
  for (const s of Object.values(scores)) {
    s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  }
  return scores;
}
