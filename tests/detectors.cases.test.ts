import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DETECTORS, scanText } from '../lib/detectors/index';
import { PII_TYPES, type PiiType } from '../lib/pii/types';

interface Case {
  text: string;
  expected: { start: number; end: number }[];
  note: string;
  label?: string;
}

const dir = path.join(import.meta.dirname, 'cases');

describe.each(PII_TYPES.map((t) => [t]))('%s detector cases', (type: PiiType) => {
  const cases = JSON.parse(fs.readFileSync(path.join(dir, `${type}.json`), 'utf8')) as Case[];
  test('has positives and hard negatives', () => {
    expect(cases.some((c) => c.expected.length > 0)).toBe(true);
    expect(cases.some((c) => c.expected.length === 0)).toBe(true);
  });
  test.each(cases.map((c) => [c.note, c]))('%s', (_note, c) => {
    const found = scanText(c.text, { types: [type], ...(c.label ? { context: { label: c.label } } : {}) });
    expect(found.map((f) => ({ start: f.start, end: f.end }))).toEqual(c.expected);
    for (const f of found) expect(f.detectorId).toBe(DETECTORS[type].id);
  });
});
