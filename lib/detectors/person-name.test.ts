import { describe, expect, test } from 'vitest';
import { Rng } from '../../tests/corpus/prng';
import { asciiNameCell, personName } from './person-name';
import { shapeOf } from './shape';

/** The labelled-cell regex the ASCII reader replaces, kept as the reference. */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = '(?:van|von|de|der|den|da|das|do|dos|di|du|del|della|la|le|bin|al|ter|ten|zu)\\s';
const NAME_CELL = new RegExp(`^(?:${PARTICLE}){0,2}${NAME_WORD}(?:,? (?:${PARTICLE}){0,2}${NAME_WORD}){0,3}$`, 'u');

const accepts = (value: string) => personName.cell?.accepts(value, shapeOf(value));

const PIECES = [
  'Ava',
  'O',
  "'",
  '’',
  'Testy',
  '.',
  '-',
  ' ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  'van ',
  'der ',
  'de',
  'del',
  'bin',
  'al',
  'de ',
  'x',
  'la\t',
  'Zoë',
  'Élodie',
  'ß',
  'J.',
  ',',
  '1',
];

describe('person-name labelled cells', () => {
  test('the ASCII reader agrees with the regex wherever it decides, and accepts always does', () => {
    const rng = new Rng(1130);
    let decided = 0;
    let names = 0;
    for (let i = 0; i < 40_000; i++) {
      let value = '';
      const n = rng.int(1, 8);
      for (let k = 0; k < n; k++) value += rng.pick(PIECES);
      const expected = NAME_CELL.test(value);
      const ascii = asciiNameCell(value);
      if (ascii !== undefined) {
        decided++;
        expect(ascii, JSON.stringify(value)).toBe(expected);
      }
      expect(accepts(value), JSON.stringify(value)).toBe(expected);
      if (expected) names++;
    }
    expect(decided).toBeGreaterThan(10_000);
    expect(names).toBeGreaterThan(1_000);
  });

  test.each([
    ['Ava', true],
    ['Van der Mock', true],
    ['Ava van Der', true],
    ['Ava van  Der', false],
    ['Ava van\tDer', true],
    ['Ava van', false],
    ['Ava vanx Der', false],
    ['Ava Bo Cy Di', true],
    ['Ava Bo Cy Di Ed', false],
    ['Ava ', false],
    ['ava', false],
    ["O'Testy-Smith Jr.", true],
    ['Ava’s', true],
    ['Zoë', true],
    ['de Vries', true],
    ['van den Broek', true],
    ['Sofía de la Cruz', true],
    ['Russo, Luca', true],
    ['van de la Cruz', false],
    ['de', false],
    ['Russo,Luca', false],
    ['', false],
  ])('%j', (value, expected) => {
    expect(NAME_CELL.test(value)).toBe(expected);
    expect(accepts(value)).toBe(expected);
  });
});
