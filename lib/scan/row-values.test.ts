import { describe, expect, test } from 'vitest';
import {
  FIRST_VALUE,
  cellAt,
  codeAt,
  codeCounted,
  codeMode,
  codeType,
  endAt,
  hasValues,
  nextValue,
  packRow,
  pushValue,
  recordFrom,
  recordState,
  startAt,
  valueCode,
} from './row-values';

describe('row records', () => {
  test('keep state, first DOM cell and values, whole-cell or partial', () => {
    const values: number[] = [];
    pushValue(values, 0, 0, 23, 23, valueCode('email', 'partial', true));
    pushValue(values, 4, 6, 20, 41, valueCode('postal-address', 'full', true));
    pushValue(values, 254, 0, 5, 5, valueCode('custom', 'off', false));
    const rec = packRow(70_000, 'compact', 7, values);
    expect([recordState(rec), recordFrom(rec), hasValues(rec)]).toEqual(['compact', 7, true]);
    const read: unknown[] = [];
    for (let at = FIRST_VALUE; at < rec.length; at = nextValue(rec, at)) {
      const code = codeAt(rec, at);
      read.push([cellAt(rec, at), startAt(rec, at), endAt(rec, at, 99), codeType(code), codeMode(code), codeCounted(code)]);
    }
    expect(read).toEqual([
      [0, 0, 99, 'email', 'partial', true], // whole cell: its end is the cell's length now
      [4, 6, 20, 'postal-address', 'full', true],
      [254, 0, 99, 'custom', 'off', false],
    ]);
  });

  test('without values, read wholly from markup', () => {
    const rec = packRow(3, 'changed', -1, []);
    expect([recordState(rec), recordFrom(rec), hasValues(rec)]).toEqual(['changed', -1, false]);
  });
});
