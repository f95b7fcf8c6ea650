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

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What each overlay in the layer `host` (a tag: confidant-masks, confidant-field-masks) shows: its box cut by its clip-path, and its text. */
export function shownOverlays(page: Page, host = 'confidant-masks'): Promise<(Box & { text: string })[]> {
  return page.evaluate(
    (host) =>
      Array.from(document.querySelector(host)?.shadowRoot?.querySelectorAll('span') ?? [], (s) => {
        const r = s.getBoundingClientRect();
        const inset = (/inset\(([^)]*)\)/.exec(s.style.clipPath)?.[1] ?? '0px 0px 0px 0px').split(' ').map(Number.parseFloat);
        const [t = 0, rt = 0, b = 0, l = 0] = inset;
        return { left: r.left + l, right: r.right - rt, top: r.top + t, bottom: r.bottom - b, text: s.textContent ?? '' };
      }),
    host,
  );
}

/** The element's box in the viewport. */
export const boxOf = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

/** Whether two boxes share more than a rounding error of area. */
export const overlap = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
