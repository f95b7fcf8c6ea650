import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DETECTORS } from '../../lib/detectors/index';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DETECTOR_DIR = path.join(ROOT, 'lib/detectors');
/** Files in lib/detectors that are the engine, not detectors. */
const INFRASTRUCTURE = new Set(['index.ts', 'types.ts', 'engine.ts', 'custom.ts', 'shape.ts', 'invisible.ts']);

const detectorFiles = fs
  .readdirSync(DETECTOR_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !INFRASTRUCTURE.has(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('detector registry', () => {
  test('there are detector files to check', () => {
    expect(detectorFiles.length).toBeGreaterThanOrEqual(10);
  });
  test.each(detectorFiles.map((f) => [f]))('%s is registered under its file name', (id) => {
    const registered = (DETECTORS as Record<string, { id: string }>)[id];
    // No? Add it to DETECTORS in lib/detectors/index.ts, keyed by its PII type.
    expect(registered, `${id}.ts is not in DETECTORS (lib/detectors/index.ts)`).toBeDefined();
    // No? The file name is the id: rename the file or fix the id.
    expect(registered?.id).toBe(id);
  });
  test.each(detectorFiles.map((f) => [f]))('%s has a case file or a sibling test', (id) => {
    const hasCases = fs.existsSync(path.join(ROOT, 'tests/cases', `${id}.json`));
    const hasTest = fs.existsSync(path.join(DETECTOR_DIR, `${id}.test.ts`));
    // No? Add tests/cases/<id>.json with positives and hard negatives.
    expect(hasCases || hasTest, `add tests/cases/${id}.json`).toBe(true);
  });
  test('every registered detector has a file', () => {
    for (const id of Object.keys(DETECTORS)) expect(detectorFiles, `lib/detectors/${id}.ts is missing`).toContain(id);
  });
});
