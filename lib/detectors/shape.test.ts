import { describe, expect, it } from 'vitest';
import { Rng } from '../../tests/corpus/prng';
import { CellReader, DIGIT, NEWLINE, NON_ASCII, shapeDigits, shapeOf, shapeRun } from './shape';

/** Where an unquoted cell starting at `from` ends: its delimiter, `\r\n`, `\n` or the text's end. */
function expectedEnd(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === delimiter || text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) return i;
  }
  return text.length;
}

describe('shapeOf', () => {
  it('counts digits and the longest run, and flags character kinds', () => {
    const shape = shapeOf('+44 20 7946 0958\r');
    expect(shapeDigits(shape)).toBe(12);
    expect(shapeRun(shape)).toBe(4);
    expect(shape & DIGIT).toBe(DIGIT);
    expect(shape & NEWLINE).toBe(NEWLINE);
    expect(shapeOf('Chloé') & NON_ASCII).toBe(NON_ASCII);
  });
});

describe('CellReader', () => {
  it.each([',', ';', '\t'])('finds the same end and shape as indexOf + shapeOf (delimiter %j)', (delimiter) => {
    const rng = new Rng(7);
    const alphabet = ['a', 'Z', '0', '7', ' ', '@', ':', '.', '=', '-', '\r', '\n', ',', ';', '\t', 'é', '€', '"'];
    const reader = new CellReader(delimiter);
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      let text = '';
      for (let i = rng.int(0, 40); i > 0; i--) text += rng.pick(alphabet);
      for (let from = 0; from <= text.length; from++) {
        const shape = reader.read(text, from);
        const end = expectedEnd(text, from, delimiter);
        expect(reader.end).toBe(end);
        expect(shape).toBe(shapeOf(text, from, end));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });
});
