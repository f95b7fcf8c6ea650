import { describe, expect, test } from 'vitest';
import { Rng } from '../../tests/corpus/prng';
import { email } from './email';
import type { Candidate } from './types';

/**
 * The address search before its one-regex fast path for whole-cell addresses, kept as the
 * reference: `find` must return exactly what it returned, on any text.
 */
function referenceFind(text: string): Candidate[] {
  const isLocal = (c: number) => /[A-Za-z0-9._%+-]/.test(String.fromCharCode(c));
  const isDomain = (c: number) => /[A-Za-z0-9.-]/.test(String.fromCharCode(c));
  const out: Candidate[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 254 && isDomain(text.charCodeAt(e))) e++;
    while (e > at + 1 && /[.-]/.test(text.charAt(e - 1))) e--;
    while (s < at && text.charAt(s) === '.') s++;
    if (s === at || e === at + 1) continue;
    const labels = text.slice(at + 1, e).split('.');
    const tld = labels.pop() as string;
    const labelsOk = labels.length >= 1 && labels.length <= 8 && labels.every((l) => l.length >= 1 && l.length <= 63 && !/^-|-$/.test(l));
    const tldOk = /^[A-Za-z]{2,24}$/.test(tld) && !['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'css', 'js'].includes(tld.toLowerCase());
    if (labelsOk && tldOk) out.push({ start: s, end: e, patternName: 'email-address', score: 0.9 });
  }
  return out;
}

const find = (text: string) => [...(email.find as (text: string, label: string) => readonly Candidate[])(text, '')];

const PIECES = [
  'a',
  'Z',
  '7',
  '.',
  '-',
  '_',
  '+',
  '%',
  '@',
  ' ',
  ',',
  'é',
  'com',
  'png',
  'PnG',
  'Js',
  'jpeg',
  'example',
  'mail.',
  '..',
  '.-',
  'x'.repeat(61),
];
const LOCAL = ['ava', 'D', '7', '.', '_', '+', '%', '-', 'x'.repeat(30)];
const LABEL = ['mail', 'ex', '2', '-', 'b-c', 'x'.repeat(40), ''];
const TLD = ['com', 'org', 'PNG', 'Js', 'jpeg', 'c', 'c0', 'example', 'y'.repeat(24), 'y'.repeat(25), ''];

/** Random text, half of it shaped like an address (local part, `@`, labels, top-level domain) near the limits. */
function randomText(rng: Rng): string {
  const repeat = (pieces: readonly string[], n: number) => Array.from({ length: n }, () => rng.pick(pieces)).join('');
  if (rng.chance(0.5)) return repeat(PIECES, rng.int(1, 12));
  const labels = Array.from({ length: rng.int(0, 9) }, () => repeat(LABEL, rng.int(1, 2)));
  const address = `${repeat(LOCAL, rng.int(1, 4))}@${[...labels, rng.pick(TLD)].join('.')}`;
  return (rng.chance(0.2) ? repeat(PIECES, 1) : '') + address + (rng.chance(0.2) ? repeat(PIECES, 1) : '');
}

describe('email find', () => {
  test('matches the reference search on random text', () => {
    const rng = new Rng(20261130);
    let whole = 0;
    for (let i = 0; i < 30_000; i++) {
      const text = randomText(rng);
      const found = find(text);
      expect(found, text).toEqual(referenceFind(text));
      if (found.length === 1 && found[0]?.start === 0 && found[0].end === text.length) whole++;
    }
    // Enough texts that are one address to exercise the fast path.
    expect(whole).toBeGreaterThan(500);
  });

  test('matches the reference search on addresses at the limits', () => {
    const label = (n: number) => 'd'.repeat(n);
    const cases = [
      'ava@example.org',
      '.ava@example.org',
      'ava@example.org.',
      'ava@ex-ample.org',
      'ava@-example.org',
      'ava@example-.org',
      'logo@2x.png',
      'logo@2x.PNG',
      'a@b.jpeg',
      'a@b.webp',
      'a@b.js',
      'a@b.cssx',
      'a@b.c',
      'a@b.' + 'c'.repeat(24),
      'a@b.' + 'c'.repeat(25),
      'a@b.c0m',
      'a@' + 'b.'.repeat(8) + 'com',
      'a@' + 'b.'.repeat(9) + 'com',
      'l'.repeat(61) + '@b.co',
      'l'.repeat(62) + '@b.co',
      'l'.repeat(64) + '@b.co',
      'l'.repeat(65) + '@b.co',
      `a@${label(63)}.com`,
      `a@${label(64)}.com`,
      `a@${label(60)}.${label(60)}.${label(60)}.${label(60)}.com`,
      'a@b@c.com',
      'a@@b.com',
      'x a@b.com',
      'a@b.com x',
      '%+-_@b.com',
    ];
    for (const text of cases) expect(find(text), text).toEqual(referenceFind(text));
  });
});
