import { browser } from 'wxt/browser';
import type { TabReport } from '../../lib/messaging/protocol';

/**
 * Per-tab reports, kept in storage.session so they survive the service worker being stopped.
 * Reports hold counts only, never values.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabReport(tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: report });
}

export async function loadTabReport(tabId: number): Promise<TabReport | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabReport | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
