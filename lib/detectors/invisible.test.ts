import { describe, expect, test } from 'vitest';
import { planColumn, scanCell, scanText } from './index';
import { visibleText, writtenSpan } from './invisible';
import { PII_TYPES } from '../pii/types';

const found = (text: string) => scanText(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('zero-width and typographic spaces inside values', () => {
  test('plain text (and text with ordinary non-ASCII letters) is read as written', () => {
    expect(visibleText('ava@example.org')).toBeNull();
    expect(visibleText('Zoë Ångström, €310.50, +44 20 7946 0958')).toBeNull();
  });

  test('zero-width characters and soft hyphens are dropped, typographic spaces become plain ones', () => {
    const written = 'a\u200bb\u00adc\u2009d\u202fe';
    const visible = visibleText(written);
    if (!visible) throw new Error('expected characters to drop');
    expect(visible.text).toBe('abc d e');
    // Each visible character points at its place in the text as written, the end at its length.
    expect(Array.from(visible.written)).toEqual([0, 2, 4, 5, 6, 7, 8, 9]);
    // A span keeps what was removed inside it, not what sits just outside it.
    expect(writtenSpan(visible, 0, 3)).toEqual([0, 5]);
    expect(writtenSpan(visible, 1, 2)).toEqual([2, 3]);
  });

  test('a value holding them is found whole, its span over the text as written', () => {
    expect(found('mail ava.dummins@\u200bexample.org today')).toEqual([['email', 'ava.dummins@\u200bexample.org']]);
    expect(found('ava.dummins\u00ad@example.org')).toEqual([['email', 'ava.dummins\u00ad@example.org']]);
    expect(found('(415)\u2009555-0123')).toEqual([['phone', '(415)\u2009555-0123']]);
    expect(found('Call \u200b+44\u202f20\u202f7946\u202f0958 now')).toEqual([['phone', '+44\u202f20\u202f7946\u202f0958']]);
    // A right-to-left interface's direction marks and isolates inside a number.
    expect(found('טלפון: \u2066+44\u200e 20 7946\u200f 0958\u2069')).toEqual([['phone', '+44\u200e 20 7946\u200f 0958']]);
  });

  test('table cells too (the in-page scanner and the CLI read cells through plans)', () => {
    const plan = planColumn('email', PII_TYPES);
    const cell = 'noah.sampleton@\u200bexample.net';
    expect(scanCell(cell, plan).map((f) => cell.slice(f.start, f.end))).toEqual([cell]);
  });
});
