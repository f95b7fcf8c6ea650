import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCampaign } from './check';

/**
 * The labelled corpus of real public templates (../shared/corpus/templates, read in place, never
 * copied). Expected reasons for `unclear` rows are derived from the label text, not listed per file.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/templates');
const LABELS = path.join(CORPUS, 'labels.tsv');
if (!fs.existsSync(LABELS)) {
  throw new Error(
    `Template corpus not found at ${CORPUS}: the corpus test needs ../shared/corpus/templates/labels.tsv beside the repository.`,
  );
}

interface Row {
  file: string;
  unsubscribe: string;
  syntax: string;
  postal: string;
  notes: string;
}

const rows: Row[] = fs
  .readFileSync(LABELS, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const c = line.split('\t');
    return { file: c[0] ?? '', unsubscribe: c[3] ?? '', syntax: c[4] ?? '', postal: c[5] ?? '', notes: c[6] ?? '' };
  });

const expectedStatus = (label: string) => ({ yes: 'pass', no: 'fail', unclear: 'warn' })[label];

function expectedUnsubscribeReason(row: Row): string {
  if (/href="#"|<item href="#"/.test(row.syntax)) return 'placeholder-link';
  if (/<unsubscribe\b/.test(row.syntax)) return 'platform-only-tag';
  if (/image/i.test(row.notes)) return 'image-link';
  if (/homepage/i.test(row.notes)) return 'homepage-link';
  if (/blog/i.test(row.notes)) return 'not-unsubscribe-url';
  if (/manage notifications|preference/i.test(row.notes)) return 'preferences-only';
  throw new Error(`No expected reason derivable for ${row.file}`);
}

function expectedPostalReason(row: Row): string {
  if (/street[- ]line only|street-only|no city/i.test(row.notes)) return 'street-only';
  if (/recipient|shipping/i.test(row.notes)) return 'recipient-only';
  throw new Error(`No expected reason derivable for ${row.file}`);
}

const read = (file: string) => fs.readFileSync(path.join(CORPUS, file), 'utf8');

describe('labelled template corpus', () => {
  test('has every label kind', () => {
    expect(rows.length).toBeGreaterThanOrEqual(26);
    for (const label of ['yes', 'no', 'unclear']) {
      expect(rows.some((r) => r.unsubscribe === label)).toBe(true);
      expect(rows.some((r) => r.postal === label)).toBe(true);
    }
  });

  test.each(rows)('$file: unsubscribe $unsubscribe, postal address $postal', (row) => {
    const report = checkCampaign(read(row.file));
    const unsub = report.results.find((r) => r.id === 'unsubscribe-link');
    const postal = report.results.find((r) => r.id === 'postal-address');
    expect(unsub?.status, unsub?.evidence).toBe(expectedStatus(row.unsubscribe));
    expect(postal?.status, postal?.evidence).toBe(expectedStatus(row.postal));
    if (row.unsubscribe === 'unclear') expect(unsub?.reason).toBe(expectedUnsubscribeReason(row));
    if (row.postal === 'unclear') expect(postal?.reason).toBe(expectedPostalReason(row));
    // Every result carries the list of what cannot be seen from the source.
    expect(report.notChecked.length).toBeGreaterThan(0);
  });
});
