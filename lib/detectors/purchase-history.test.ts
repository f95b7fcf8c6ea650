import { describe, expect, test } from 'vitest';
import { Rng } from '../../tests/corpus/prng';
import { purchaseHistory } from './purchase-history';
import { shapeOf } from './shape';

/** The labelled-cell regex the character checks stand in front of, kept as the reference. */
const VALUE = String.raw`(?:[A-Z]{0,3}[$€£¥₹]\s?\d[\d,.]*(?:\s?[A-Z]{3})?|[A-Z]{3}\s?\d[\d,.]*|\d[\d,.\u00a0\u202f ]*\s?(?:[$€£₹]|[A-Z]{3})|\d{1,7}(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[\p{L}\d](?:[\p{L}\d '&().+-]|/(?= ))*(?:, [\p{L}\d](?:[\p{L}\d '&().+-]|/(?= ))*){0,9})`;
const VALUE_CELL = new RegExp(`^${VALUE}$`, 'u');

const accepts = (value: string) => purchaseHistory.cell?.accepts(value, shapeOf(value));

const PIECES = [
  '$',
  '€',
  '£',
  '¥',
  '₹',
  '¢',
  ' ',
  '\t',
  '1',
  '42',
  '2024',
  '0',
  ',',
  ', ',
  '.',
  '/',
  '-',
  'USD',
  'EUR',
  'A',
  'CA',
  ' / ',
  '\u00a0',
  'Hiking',
  'é',
  "'",
  '&',
  '(',
  ')',
  '+',
  ':',
  '#',
];

describe('purchase-history labelled cells', () => {
  test("an order's items one per line are accepted when every line is a value", () => {
    expect(accepts('Reusable Beeswax Wraps\nCold Brew Concentrate 1L')).toBe(true);
    expect(accepts('Reusable Beeswax Wraps\n\nCold Brew Concentrate 1L')).toBe(true);
    expect(accepts('Reusable Beeswax Wraps\nsee: notes?')).toBe(false);
  });

  test('accepts agrees with the regex on random values', () => {
    const rng = new Rng(2026);
    let values = 0;
    for (let i = 0; i < 40_000; i++) {
      let value = '';
      const n = rng.int(1, 7);
      for (let k = 0; k < n; k++) value += rng.pick(PIECES);
      const expected = VALUE_CELL.test(value);
      expect(accepts(value), JSON.stringify(value)).toBe(expected);
      if (expected) values++;
    }
    expect(values).toBeGreaterThan(3_000);
  });

  test.each([
    ['$620.30', true],
    ['€ 534,37', true],
    ['$', false],
    ['$ ', false],
    ['$x', false],
    ['$1,2.3 USD', true],
    ['4', true],
    ['12345678', true],
    ['2026-02-18', true],
    ['05/04/2024', true],
    ['5/4/24', true],
    ['123/4/2024', false],
    ['05/04/20245', false],
    ['05/04/', false],
    ['05/04', false],
    ['Hiking boots (2), Tent', true],
    ['Everyday Sneaker (White / 8)', true],
    ['A$26.98', true],
    ['R$ 89,45', true],
    ['USD 1,353.90', true],
    ['205,24 €', true],
    ['0.00 USD', true],
    ['173,12', true],
    ['1208,75', true],
    ['1 234,56', true],
    ['05.04.2024', true],
    ['Hiking boots,Tent', false],
    ['-4', false],
  ])('%j', (value, expected) => {
    expect(VALUE_CELL.test(value)).toBe(expected);
    expect(accepts(value)).toBe(expected);
  });
});
