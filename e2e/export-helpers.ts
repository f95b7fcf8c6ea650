/// <reference types="chrome" />
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { BrowserContext, Page, Route, Worker } from '@playwright/test';
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
    headers: { 'content-type': isZip ? 'application/zip' : 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` },
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
  await background.evaluate(
    (userPolicy) => chrome.storage.local.set({ userPolicy }),
    { schema: 'confidant-policy/1', id: 'e2e-team', version: 1, exports, ...extra },
  );
}

/**
 * Grants a self-hosted site the way a user can on chrome://extensions (Site access → on specific
 * sites → add), since the permission prompt of the options page cannot be answered headless; then
 * tells the background about it, as the options page does after its own prompt.
 */
export async function grantSelfHosted(context: BrowserContext, extensionId: string, origin: string, esp: 'listmonk' | 'mautic'): Promise<void> {
  const ext = await context.newPage();
  await ext.goto('chrome://extensions');
  await ext.evaluate(
    async ({ id, pattern }) => {
      const dp = (chrome as unknown as { developerPrivate: Record<string, (...a: unknown[]) => Promise<unknown>> }).developerPrivate;
      await dp.updateExtensionConfiguration!({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      await dp.addHostPermission!(id, pattern);
    },
    { id: extensionId, pattern: `${origin}/*` },
  );
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await ext.evaluate((site) => chrome.runtime.sendMessage({ type: 'options:addSelfHostedSite', payload: site }), { origin, esp });
  expect(reply).toMatchObject({ ok: true });
  await ext.close();
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
