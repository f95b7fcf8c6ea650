import { describe, expect, test } from 'vitest';
import { PII_TYPES } from '../../lib/pii/types';
import { scanDocument } from '../../lib/scan/scan-document';
import { evaluate } from '../corpus/evaluate';
import { BLIND_HELD_OUT_SEED, BLIND_TUNING_SEED, generateBlindCorpus } from './generate';

const scan = (doc: { name: string; content: string }) => scanDocument(doc.name, doc.content);

/**
 * The detectors on the corpus written without reading them (README.md). Seeds 11 and 13-16 were
 * looked at while fixing what they missed; seed 12 never was: it is the honest figure.
 */
describe('accuracy on the blind corpus', { timeout: 60_000 }, () => {
  test.each([
    ['tuning seed', BLIND_TUNING_SEED],
    ['held-out seed', BLIND_HELD_OUT_SEED],
  ])('%s: every type has precision >= 0.97 and recall >= 0.95', (_name, seed) => {
    const scores = evaluate(generateBlindCorpus(seed, 300_000), scan);
    for (const type of PII_TYPES) {
      const s = scores[type];
      expect(s.tp + s.fn, `${type}: the corpus must plant this type`).toBeGreaterThan(10);
      expect(s.precision, `${type} precision (tp ${s.tp}, fp ${s.fp})`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${type} recall (tp ${s.tp}, fn ${s.fn})`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
