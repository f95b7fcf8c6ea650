import type { Page, Worker } from '@playwright/test';
import type { EffectivePolicy } from '../lib/policy/defaults';

/**
 * Sends a policy to the content script of the tab at `url` (a match pattern), as the background
 * broadcasts one when a team policy is applied, without going through the options page.
 */
export async function broadcastPolicy(background: Worker, url: string, policy: EffectivePolicy): Promise<void> {
  await background.evaluate(
    async ({ url, policy }) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'bg:policyChanged', policy });
    },
    { url, policy },
  );
}

/** Selects the contents of the element at `selector` and copies them; returns what the page put on the clipboard ('' when it left the copy alone). */
export function copyContents(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => {
    let text = '';
    window.addEventListener('copy', (e) => (text = e.clipboardData?.getData('text/plain') ?? ''), { once: true });
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(selector) as Node);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    document.execCommand('copy');
    return text;
  }, selector);
}
