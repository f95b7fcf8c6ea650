/// <reference types="chrome" />
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { EXTENSION_ID, ROOT, discoverSites, launchBrowser, serveSites, serviceWorker } from '../scripts/lib/browser';

/** Fixture ESP sites served at their real origins (see tests/fixtures/esp/<esp>/routes*.json). */
export const FIXTURE_SITES = discoverSites(path.join(ROOT, 'tests/fixtures/esp'));

interface Fixtures {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  /** Opens the popup as a page describing the given tab. */
  openPopup: (forPage: Page) => Promise<Page>;
  /** $HOME/Downloads of this browser, with Chromium (not Playwright) owning downloads, as in a real browser. */
  downloadsDir: string;
}

const homes = new WeakMap<BrowserContext, string>();

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchBrowser();
    await serveSites(launched.context, FIXTURE_SITES);
    homes.set(launched.context, launched.home);
    await use(launched.context);
    await launched.close();
  },
  background: async ({ context }, use) => use(await serviceWorker(context)),
  downloadsDir: async ({ context }, use) => {
    // Playwright's own download handling silences downloads.onDeterminingFilename (docs: toolchain.md).
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await use(path.join(homes.get(context) ?? '', 'Downloads'));
  },
  extensionId: async ({ background }, use) => {
    const id = new URL(background.url()).host;
    expect(id).toBe(EXTENSION_ID);
    await use(id);
  },
  openPopup: async ({ context, extensionId, background }, use) => {
    await use(async (forPage) => {
      const tabId = await background.evaluate(async (url) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === url)?.id ?? -1;
      }, forPage.url());
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('html[data-ready="1"]');
      return popup;
    });
  },
});

export { expect };

/** Reads every audit event from the extension's IndexedDB through an extension page. */
export async function readEvents(context: BrowserContext, extensionId: string): Promise<Record<string, unknown>[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const events = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('confidant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readonly');
          const all = tx.objectStore('events').getAll();
          all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  await page.close();
  return events;
}

/** Everything the extension has at rest, as one string: storage areas plus the IndexedDB log. */
export async function dumpExtensionStorage(context: BrowserContext, extensionId: string, background: Worker): Promise<string> {
  const areas = await background.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
  return JSON.stringify({ areas, events: await readEvents(context, extensionId) });
}
