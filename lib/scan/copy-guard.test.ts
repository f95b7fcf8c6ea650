import { describe, expect, test } from 'vitest';
import { maskedSelection } from './copy-guard';
import type { MaskEntry } from './entries';

function entry(text: string, value: string, type: MaskEntry['type'], mode: MaskEntry['mode']): MaskEntry {
  const start = text.indexOf(value);
  const node = { data: text } as Text;
  return {
    node,
    start,
    end: start + value.length,
    type,
    mode,
    counted: true,
    revealed: false,
    range: undefined,
    next: undefined,
    epoch: 1,
  };
}

describe('copy guard masking', () => {
  test('replaces every masked value in the copied text by its mask, never leaving the value', () => {
    const row = 'ava.dummins@example.org\t(415) 555-0123\tSubscribed';
    const hits = [entry(row, 'ava.dummins@example.org', 'email', 'partial'), entry(row, '(415) 555-0123', 'phone', 'full')];
    const out = maskedSelection(row, hits);
    expect(out).toBe('a•••@e•••.org\t••••••••••••\tSubscribed');
    expect(out).not.toContain('555-0123');
  });
});
