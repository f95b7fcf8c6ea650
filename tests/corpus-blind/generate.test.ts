/**
 * Self-checks of the blind corpus generator (written blind, independent of the detectors): determinism, exact
 * and well-formed spans, coverage of every type, and validity of the planted phones, cards, IBANs and national
 * ids. It does not run any detector.
 */
import { isValidPhoneNumber } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { PII_TYPES } from '../../lib/pii/types';
import { BLIND_HELD_OUT_SEED, BLIND_TUNING_SEED, generateBlindCorpus, generateBlindCorpusPlanted, type PlantedDoc } from './generate';

const SIZE = 150_000;
const corpora: readonly { seed: number; docs: PlantedDoc[] }[] = [BLIND_TUNING_SEED, BLIND_HELD_OUT_SEED].map((seed) => ({
  seed,
  docs: generateBlindCorpusPlanted(seed, SIZE),
}));

function spansOf(docs: readonly PlantedDoc[], type: string): { text: string; country?: string; doc: string }[] {
  return docs.flatMap((d) =>
    d.spans.filter((s) => s.type === type).map((s) => ({ text: d.content.slice(s.start, s.end), country: s.country, doc: d.name })),
  );
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function ibanValid(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const numeric = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r === 1;
}

function nationalIdValid(id: string): boolean {
  const ssn = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(id);
  if (ssn) {
    const [, area = '', group = '', serial = ''] = ssn;
    return area !== '000' && area !== '666' && area < '900' && group !== '00' && serial !== '0000';
  }
  const nino = /^([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$/.exec(id);
  if (!nino) return false;
  const prefix = nino[1] ?? '';
  return !/[DFIQUV]/.test(prefix) && prefix.charAt(1) !== 'O' && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix);
}

/** Character ranges of markup, comments, scripts and styles in an HTML document. */
function markupRanges(html: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>/g)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe('blind corpus generator', () => {
  it('is deterministic per seed, and seeds differ', () => {
    expect(generateBlindCorpus(BLIND_TUNING_SEED, SIZE)).toEqual(generateBlindCorpus(BLIND_TUNING_SEED, SIZE));
    expect(generateBlindCorpus(BLIND_HELD_OUT_SEED, 20_000)).toEqual(generateBlindCorpus(BLIND_HELD_OUT_SEED, 20_000));
    expect(generateBlindCorpus(BLIND_TUNING_SEED, 20_000)).not.toEqual(generateBlindCorpus(BLIND_HELD_OUT_SEED, 20_000));
  });

  it('returns plain corpus documents (name, content, spans of start/end/type)', () => {
    const docs = generateBlindCorpus(BLIND_TUNING_SEED, 30_000);
    for (const d of docs) {
      expect(Object.keys(d).sort()).toEqual(['content', 'name', 'spans']);
      for (const s of d.spans) expect(Object.keys(s).sort()).toEqual(['end', 'start', 'type']);
    }
  });

  it.each(corpora)('seed $seed: about the requested size, ~40% CSV / 50% HTML / 10% text, unique names', ({ docs }) => {
    const bytes: Record<string, number> = { csv: 0, html: 0, txt: 0 };
    for (const d of docs) {
      const ext = /\.(csv|html|txt)$/.exec(d.name)?.[1];
      expect(ext, d.name).toBeDefined();
      bytes[ext ?? ''] = (bytes[ext ?? ''] ?? 0) + d.content.length;
    }
    const total = docs.reduce((a, d) => a + d.content.length, 0);
    expect(total).toBeGreaterThanOrEqual(SIZE);
    expect(total).toBeLessThan(SIZE + 15_000);
    expect((bytes.csv ?? 0) / total).toBeGreaterThan(0.33);
    expect((bytes.csv ?? 0) / total).toBeLessThan(0.47);
    expect((bytes.html ?? 0) / total).toBeGreaterThan(0.43);
    expect((bytes.html ?? 0) / total).toBeLessThan(0.57);
    expect((bytes.txt ?? 0) / total).toBeGreaterThan(0.06);
    expect((bytes.txt ?? 0) / total).toBeLessThan(0.14);
    expect(new Set(docs.map((d) => d.name)).size).toBe(docs.length);
  });

  it.each(corpora)('seed $seed: spans lie within content, do not overlap, and are non-empty and trimmed', ({ docs }) => {
    for (const d of docs) {
      let prevEnd = 0;
      for (const s of d.spans) {
        expect(s.start, d.name).toBeGreaterThanOrEqual(prevEnd);
        expect(s.end, d.name).toBeGreaterThan(s.start);
        expect(s.end, d.name).toBeLessThanOrEqual(d.content.length);
        const text = d.content.slice(s.start, s.end);
        expect(text.trim(), `${d.name} ${s.type}`).toBe(text);
        expect(text.length).toBeGreaterThan(0);
        prevEnd = s.end;
      }
    }
  });

  it.each(corpora)('seed $seed: plants every one of the 10 types more than 10 times', ({ docs }) => {
    expect(PII_TYPES).toHaveLength(10);
    for (const type of PII_TYPES) expect(spansOf(docs, type).length, type).toBeGreaterThan(10);
  });

  it.each(corpora)('seed $seed: every phone is valid for its country (libphonenumber-js)', ({ docs }) => {
    for (const p of spansOf(docs, 'phone')) {
      expect(p.country, p.text).toBeDefined();
      expect(
        isValidPhoneNumber(p.text, p.country as Parameters<typeof isValidPhoneNumber>[1]),
        `${p.text} (${p.country}) in ${p.doc}`,
      ).toBe(true);
    }
  });

  it.each(corpora)('seed $seed: every card passes Luhn, every IBAN mod-97, every national id its structure', ({ docs }) => {
    for (const c of spansOf(docs, 'payment-card')) {
      expect(c.text, c.doc).toMatch(/^\d[\d -]{11,21}\d$/);
      expect(luhn(c.text.replace(/\D/g, '')), c.text).toBe(true);
    }
    for (const i of spansOf(docs, 'iban')) expect(ibanValid(i.text), i.text).toBe(true);
    for (const n of spansOf(docs, 'national-id')) expect(nationalIdValid(n.text), n.text).toBe(true);
  });

  it.each(corpora)('seed $seed: IPs are in documentation ranges', ({ docs }) => {
    for (const ip of spansOf(docs, 'ip-address')) {
      expect(ip.text).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$|^2001:db8:/);
    }
  });

  it.each(corpora)('seed $seed: no labelled value inside HTML markup, attributes, comments, scripts or styles', ({ docs }) => {
    for (const d of docs.filter((x) => x.name.endsWith('.html'))) {
      const ranges = markupRanges(d.content);
      for (const s of d.spans) {
        const hit = ranges.find(([a, b]) => s.start < b && a < s.end);
        expect(hit, `${d.name}: ${s.type} ${d.content.slice(s.start, s.end)}`).toBeUndefined();
      }
    }
  });
});
