/// <reference types="chrome" />
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { BrowserContext, Locator, Page, Route, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** Synthetic export bodies: reserved example domains only. */
export const CSV = 'email,first_name\nava.dummins0@example.org,Ava\nnoah.sampleton1@example.net,Noah\n';
export const PLANTED = ['ava.dummins0@example.org', 'noah.sampleton1@example.net', 'mia.testwell2@example.com'];
const ZIP = zipSync({
  'subscribed_members_export_3f2a9c.csv': strToU8(CSV),
  'unsubscribed_members_export_3f2a9c.csv': strToU8('email\n'),
  'cleaned_members_export_3f2a9c.csv': strToU8('email\n'),
});

function attachment(route: Route) {
  const url = new URL(route.request().url());
  const isZip = url.pathname.endsWith('.zip');
  const name = isZip ? path.basename(url.pathname) : url.pathname.endsWith('.csv') ? path.basename(url.pathname) : 'subscribers.csv';
  return route.fulfill({
    status: 200,
    headers: {
      'content-type': isZip ? 'application/zip' : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
    body: isZip ? Buffer.from(ZIP) : CSV,
  });
}

/** The export endpoints the fixture pages link to, answered as attachments (registered after the fixture sites, so they win). */
export async function serveExportFiles(context: BrowserContext): Promise<void> {
  await context.route(/\/export-files\//, attachment);
  await context.route('https://exports.example.net/**', attachment);
  await context.route('https://listmonk.example.org/api/subscribers/export**', attachment);
  await context.route('https://mautic.example.org/s/contacts/batchExport**', attachment);
}

/** The user's own settings layer (storage.local `userPolicy`): a legitimate product path the tests drive. */
export async function setPolicy(background: Worker, exports: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<void> {
  await background.evaluate((userPolicy) => chrome.storage.local.set({ userPolicy }), {
    schema: 'confidant-policy/1',
    id: 'e2e-team',
    version: 1,
    exports,
    ...extra,
  });
}

/**
 * Registers a self-hosted site as the options page does once the user granted the optional host
 * permission. Headless Chromium cannot answer that permission prompt, so in these tests the site's
 * content script stays uninjected and the guard asks in its extension window instead.
 */
export async function registerSelfHosted(
  context: BrowserContext,
  extensionId: string,
  origin: string,
  esp: 'listmonk' | 'mautic',
): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await options.evaluate((site) => chrome.runtime.sendMessage({ type: 'options:addSelfHostedSite', payload: site }), {
    origin,
    esp,
  });
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  await options.close();
}

/** Files that finished landing (not Chromium's in-progress .crdownload files). */
export function landed(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => !f.endsWith('.crdownload') && !f.startsWith('.'));
}

export async function waitForLanded(dir: string, count: number): Promise<string[]> {
  await expect.poll(() => landed(dir).length, { timeout: 10_000 }).toBe(count);
  return landed(dir);
}

export const interstitial = (page: Page) => page.locator('[role="alertdialog"]');

/** Runs `trigger` and returns the export question: in the page, or in the guard's window when the page cannot be asked. */
export async function promptAfter(
  context: BrowserContext,
  page: Page,
  inWindow: boolean,
  trigger: () => Promise<unknown>,
): Promise<Locator> {
  if (!inWindow) {
    await trigger();
    await expect(interstitial(page)).toBeVisible();
    return interstitial(page);
  }
  const [win] = await Promise.all([promptWindow(context), trigger()]);
  await expect(interstitial(win)).toBeVisible();
  return interstitial(win);
}

/**
 * Clicks a button of the export question. The guard's window closes itself on the answer, at times
 * before Playwright's click has finished ("Target page closed", about one run in thirty): that
 * window closing is the expected outcome, not a failure.
 */
export async function answer(prompt: Locator, name: string): Promise<void> {
  const page = prompt.page();
  try {
    await prompt.getByRole('button', { name }).click();
  } catch (error) {
    if (!page.isClosed()) throw error;
  }
}

/**
 * The guard's window once it opens. A new window's page can be announced before it commits its
 * URL (still about:blank), so each new page is given time to reach the prompt's URL rather than
 * judged by the URL it has when announced: judged that way, a window announced early was missed
 * and the test waited for one that never came. Fails after `timeout` with a clear message.
 */
async function promptWindow(context: BrowserContext, timeout = 20_000): Promise<Page> {
  let onPage: ((candidate: Page) => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<Page>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the export guard's window did not open within ${timeout} ms`)), timeout);
      onPage = (candidate) => {
        candidate
          .waitForURL(/\/export-prompt\.html/, { timeout })
          .then(() => resolve(candidate))
          .catch(() => undefined); // another page, or one that closed: keep waiting
      };
      context.on('page', onPage);
    });
  } finally {
    clearTimeout(timer);
    if (onPage) context.off('page', onPage);
  }
}

/** Everything in the downloads folder, finished or not. */
export const anything = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
