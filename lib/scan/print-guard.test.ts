// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fullMask } from '../pii/mask';
import { newEntry } from './entries';
import { maskedTexts } from './print-guard';

describe('maskedTexts', () => {
  test('every masked value of a text in its masked form, the text around them as written', () => {
    document.body.innerHTML = '<p>Ava: ava@example.org, (415) 555-0123.</p>';
    const node = document.querySelector('p')?.firstChild as Text;
    const at = (value: string) => node.data.indexOf(value);
    const entries = [
      newEntry(node, at('ava@'), at('ava@') + 15, 'email', 'partial', true, 1),
      newEntry(node, at('(415)'), at('(415)') + 14, 'phone', 'full', true, 1),
    ];
    expect(maskedTexts(entries).get(node)).toBe(`Ava: a•••@e•••.org, ${fullMask('(415) 555-0123')}.`);
  });

  test('values whose mask is off, revealed ones, and texts left with nothing to mask are not changed', () => {
    document.body.innerHTML = '<p>ava@example.org</p><p>liam@example.net</p>';
    const [a, b] = Array.from(document.querySelectorAll('p'), (p) => p.firstChild as Text) as [Text, Text];
    const revealed = newEntry(b, 0, 16, 'email', 'partial', true, 1);
    revealed.revealed = true;
    expect(maskedTexts([newEntry(a, 0, 15, 'email', 'off', true, 1), revealed]).size).toBe(0);
  });

  test('of two overlapping values none is left in clear; a stale one past the text is cut at its end', () => {
    document.body.innerHTML = '<p>2237 Maple Ave, Toronto</p>';
    const node = document.querySelector('p')?.firstChild as Text;
    const entries = [
      newEntry(node, 0, 14, 'postal-address', 'full', true, 1),
      newEntry(node, 5, 23, 'postal-address', 'full', true, 1),
      newEntry(node, 20, 90, 'email', 'full', true, 1),
    ];
    expect(maskedTexts(entries).get(node)).toBe(`${fullMask('2237 Maple Ave')}${fullMask(', Toronto')}`);
  });
});
