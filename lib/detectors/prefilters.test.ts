import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collectFindings, contextWords } from './engine';
import { iban } from './iban';
import { nationalId } from './national-id';
import { paymentCard } from './payment-card';
import { postalAddress } from './postal-address';
import { shapeOf } from './shape';
import { defineDetector, type Detector, type Finding } from './types';

/**
 * The prefilters and the card's IBAN pre-check only skip work: a detector finds exactly what it
 * found without them. Checked on the test cases and on random strings built from the pieces the
 * patterns look for (digit runs, separators, capitals, street and country words).
 */

const PIECES = [
  ...['1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '1234567890', '0000', '666', '078', '05', '1120'],
  ...['4111', '1111', '5555', '4444', '3782', '822463', '10005', '4242424242424242', '4111111111111111'],
  ...[' ', ' ', ' ', '-', '-', ',', '.', '#', '/', ':', '+', '_', '  ', ', '],
  ...['A', 'B', 'C', 'D', 'Z', 'AB', 'GB', 'DE', 'DE89', 'NL91', 'FR', 'NO', 'WEST', 'ABNA', 'SW1A', '1AA', 'QC', 'NSW', 'TX', 'ON M5V'],
  ...['Street', 'St', 'Ave', 'Road', 'Rd', 'High', 'Main', '5th', '21st', 'Apt', 'Unit', 'N', 'Springfield', 'London'],
  ...['Hauptstraße', 'Musterstr.', 'Weg', 'Ring', 'ring', 'tracking', 'Box', 'PO Box', 'P.O. Box', 'Postfach', 'GPO Box', 'D-'],
  ...['rue', 'avenue', 'av.', 'bis', 'ter', 'de', 'la', "l'", 'allée', 'Paris', 'Éloise', 'ß', '€', 'x', 'order', 'ssn'],
];

/** Values the patterns find, to embed in random context and mutate into near misses. */
const VALUES = [
  ...['078-05-1120', '123 45 6789', '078051120', 'AB 12 34 56 C', 'AB123456C', 'CE 123456 D', 'JK12 34 56A'],
  ...['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'NL91 ABNA 0417 1643 00', 'NO9386011117947'],
  ...['4111 1111 1111 1111', '5555-5555-5555-4444', '3782 822463 10005', '4242424242424242'],
  ...['12 High Street', '1333 Sample Ave, Toronto, ON M5V 7T4', '9A 5th Ave N, Apt 4', '249 Oak Road, London SW1A 3AA'],
  ...['Hauptstraße 10, 30708 Berlin', 'Am Ring 5', 'Musterstr. 12a', '186 rue de la Fontaine, 75606 Paris', '12 bis, avenue Victor Hugo'],
  ...['PO Box 66071, Springfield, IL 07627', 'P.O. Box 12', 'Postfach 1234', 'GPO Box 9, Sydney NSW 2000'],
];
const EDITS = ['', ' ', '-', '0', '9', 'A', 'D', 'x', ',', '.'];

function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const pick = (list: readonly string[]) => list[next(list.length)] as string;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const parts = 1 + next(9);
    for (let p = 0; p < parts; p++) text += (next(3) === 0 ? ' ' : '') + (next(4) === 0 ? pick(VALUES) : pick(PIECES));
    // Near misses: up to two characters replaced, dropped or added.
    for (let edit = next(3); edit > 0; edit--) {
      const at = next(text.length + 1);
      text = text.slice(0, at) + pick(EDITS) + text.slice(at + next(2));
    }
    texts.push(text);
  }
  return texts;
}

const CASES = ['national-id', 'postal-address', 'iban', 'payment-card'].flatMap((type) =>
  (JSON.parse(readFileSync(`tests/cases/${type}.json`, 'utf8')) as { text: string }[]).map((c) => c.text),
);
const TEXTS = [...CASES, ...randomTexts(8_000, 7)];

function findings(detector: Detector, text: string, label: string) {
  const out: Finding[] = [];
  collectFindings(detector, text, {}, label, contextWords(detector, label), shapeOf(text), out);
  return out;
}

describe('detector pre-checks change no finding', () => {
  test.each([
    ['national-id', nationalId, ['', 'ssn', 'order id']],
    ['postal-address', postalAddress, ['', 'address']],
    ['iban', iban, ['', 'iban']],
  ] as const)('%s prefilter', { timeout: 60_000 }, (_id, detector, labels) => {
    expect(detector.prefilter).toBeDefined();
    const unfiltered = defineDetector({ ...detector, prefilter: undefined });
    let found = 0;
    for (const text of TEXTS) {
      for (const label of labels) {
        const expected = findings(unfiltered, text, label);
        expect(findings(detector, text, label), text).toEqual(expected);
        if (label === '' && expected.length > 0) found++;
      }
    }
    // The strings hold real values, not only misses.
    expect(found).toBeGreaterThan(100);
  });

  test('payment-card IBAN pre-check', { timeout: 60_000 }, () => {
    // The invalidate this pre-check fronts, as it was: the regex on the 40 characters before the card.
    const IBAN_BEFORE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$/;
    const regexOnly = defineDetector({
      ...paymentCard,
      invalidate: (_value, text, start) => IBAN_BEFORE.test(text.slice(Math.max(0, start - 40), start)),
    });
    const texts = [
      ...TEXTS,
      'DE89 3704 0044 0532 0130 00',
      'FR20 3533 7135 4111 1111 1111 1111',
      'X 4111111111111111',
      'AB12 4111 1111 1111 1111',
    ];
    let found = 0;
    for (const text of texts) {
      const expected = findings(regexOnly, text, '');
      expect(findings(paymentCard, text, ''), text).toEqual(expected);
      if (expected.length > 0) found++;
    }
    expect(found).toBeGreaterThan(100);
  });
});
