import { browser } from 'wxt/browser';
import type { ExportAnswer, ExportPrompt } from '../../lib/export/protocol';

const ABANDONED: ExportAnswer = { proceed: false, justification: '' };

/**
 * Asks in a small extension window (export-prompt.html) and resolves with the answer, or with
 * "did not proceed" when the window is closed unanswered.
 */
export async function askInWindow(prompt: ExportPrompt): Promise<ExportAnswer> {
  const id = crypto.randomUUID();
  const promptKey = `exportPrompt:${id}`;
  const answerKey = `exportAnswer:${id}`;
  await browser.storage.session.set({ [promptKey]: prompt });
  const win = await browser.windows.create({
    url: browser.runtime.getURL(`/export-prompt.html#${id}`),
    type: 'popup',
    width: 520,
    height: 520,
  });
  return new Promise<ExportAnswer>((resolve) => {
    const done = (answer: ExportAnswer) => {
      browser.storage.onChanged.removeListener(onChanged);
      browser.windows.onRemoved.removeListener(onRemoved);
      void browser.storage.session.remove([promptKey, answerKey]);
      resolve(answer);
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const value = changes[answerKey]?.newValue as Partial<ExportAnswer> | undefined;
      if (area !== 'session' || !value) return;
      done({ proceed: value.proceed === true, justification: typeof value.justification === 'string' ? value.justification : '' });
    };
    // The answer is written before the window closes; a close without one is an abandoned export.
    const onRemoved = (windowId: number) => {
      if (windowId === win?.id) setTimeout(() => done(ABANDONED), 200);
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.windows.onRemoved.addListener(onRemoved);
  });
}
