import { describe, expect, test } from 'vitest';
import { scanDocument } from '../../lib/scan/scan-document';
import { PII_TYPES } from '../../lib/pii/types';
import { evaluate } from './evaluate';
import { HELD_OUT_SEED, TUNING_SEED, generateCorpus } from './generate';

const scan = (doc: { name: string; content: string }) => scanDocument(doc.name, doc.content);

describe('accuracy on the labelled synthetic corpus', () => {
  test('the corpus is deterministic', () => {
    expect(generateCorpus(TUNING_SEED, 20_000)).toEqual(generateCorpus(TUNING_SEED, 20_000));
    expect(generateCorpus(TUNING_SEED, 20_000)).not.toEqual(generateCorpus(HELD_OUT_SEED, 20_000));
  });

  test.each([
    ['tuning seed', TUNING_SEED],
    ['held-out seed', HELD_OUT_SEED],
  ])('%s: every type has precision >= 0.97 and recall >= 0.95', (_name, seed) => {
    const docs = generateCorpus(seed, 150_000);
    const scores = evaluate(docs, scan);
    for (const type of PII_TYPES) {
      const s = scores[type];
      expect(s.tp + s.fn, `${type}: the corpus must plant this type`).toBeGreaterThan(10);
      expect(s.precision, `${type} precision (tp ${s.tp}, fp ${s.fp})`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${type} recall (tp ${s.tp}, fn ${s.fn})`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
