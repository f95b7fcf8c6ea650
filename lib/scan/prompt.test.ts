// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { askReason } from './prompt';

const parts = () => {
  const shadow = document.querySelector('confidant-prompt')?.shadowRoot;
  return {
    dialog: shadow?.querySelector('[role="dialog"]'),
    input: shadow?.querySelector('input') as HTMLInputElement,
    submit: shadow?.querySelector('button[type="submit"]') as HTMLButtonElement,
  };
};

describe('reveal reason prompt', () => {
  test('resolves with the trimmed reason', async () => {
    const answer = askReason(document, 'Why?');
    expect(parts().dialog?.getAttribute('aria-label')).toBe('Reason to reveal');
    parts().input.value = '  Customer called  ';
    parts().submit.click();
    await expect(answer).resolves.toBe('Customer called');
    expect(document.querySelector('confidant-prompt')).toBeNull();
  });

  test('Escape cancels and resolves null', async () => {
    const answer = askReason(document, 'Why?');
    parts().input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await expect(answer).resolves.toBeNull();
    expect(document.querySelector('confidant-prompt')).toBeNull();
  });
});
