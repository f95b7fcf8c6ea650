/**
 * README screenshots from the real built extension: the popup on the Mailchimp fixture audience page
 * (synthetic data; the popup shows counts only) and a lesson page, light and dark.
 *
 *   npx wxt build && npx tsx scripts/screenshots.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_ID, ROOT, discoverSites, launchBrowser, serveSites, serviceWorker } from './lib/browser';

const OUT = path.join(ROOT, 'docs/screenshots');
const AUDIENCE = 'https://us6.admin.mailchimp.com/lists/members?id=123456';

interface Shot {
  file: string;
  url: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
}

async function shoot(context: BrowserContext, shot: Shot) {
  const page = await context.newPage();
  await page.setViewportSize({ width: shot.width, height: shot.height });
  await page.emulateMedia({ colorScheme: shot.scheme });
  await page.goto(`chrome-extension://${EXTENSION_ID}/${shot.url}`);
  await page.waitForSelector('html[data-ready="1"]');
  await page.screenshot({ path: path.join(OUT, shot.file), fullPage: false });
  await page.close();
  console.log(`wrote docs/screenshots/${shot.file}`);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const launched = await launchBrowser();
  try {
    const { context } = launched;
    await serveSites(context, discoverSites(path.join(ROOT, 'tests/fixtures/esp')));
    const worker = await serviceWorker(context);
    const esp = await context.newPage();
    await esp.goto(AUDIENCE);
    await esp.waitForSelector('html[data-confidant-count]');
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, AUDIENCE);

    await shoot(context, {
      file: 'popup-mailchimp-audience.png',
      url: `popup.html?tab=${tabId}`,
      width: 400,
      height: 520,
      scheme: 'light',
    });

    // A second view with warnings: a failed campaign check and a warned export, both synthetic.
    await worker.evaluate(async (id) => {
      const key = `tab:${id}`;
      const report = (await chrome.storage.session.get(key))[key] as Record<string, unknown>;
      const checks = [
        {
          id: 'unsubscribe-link',
          status: 'fail',
          title: 'No unsubscribe link',
          evidence: 'The footer has no unsubscribe merge tag.',
          fix: { text: 'Add the unsubscribe tag to the footer.', snippet: '*|UNSUB|*' },
          rules: ['CAN-SPAM', 'CASL'],
        },
        { id: 'postal-address', status: 'pass', title: 'Postal address present', evidence: '', rules: ['CAN-SPAM'] },
      ];
      await chrome.storage.session.set({ [key]: { ...report, checks } });
    }, tabId);
    const seeder = await context.newPage();
    await seeder.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await seeder.evaluate(
      (host) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('confidant');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('events', 'readwrite');
            tx.objectStore('events').add({
              kind: 'export.detected',
              at: Date.now() - 600_000,
              esp: 'mailchimp',
              host,
              pageKind: 'export',
              decision: 'warned',
              fileType: 'csv',
              source: 'download',
            });
            tx.oncomplete = () => resolve();
          };
        }),
      new URL(AUDIENCE).host,
    );
    await seeder.close();

    const shots: Shot[] = [
      { file: 'popup-mailchimp-warnings.png', url: `popup.html?tab=${tabId}`, width: 400, height: 900, scheme: 'light' },
      { file: 'popup-mailchimp-warnings-dark.png', url: `popup.html?tab=${tabId}`, width: 400, height: 900, scheme: 'dark' },
      { file: 'lesson-on-screen-exposure.png', url: 'lesson.html?id=on-screen-exposure', width: 900, height: 1100, scheme: 'light' },
      { file: 'lessons-list-dark.png', url: 'lesson.html', width: 900, height: 800, scheme: 'dark' },
    ];
    for (const shot of shots) await shoot(context, shot);
  } finally {
    await launched.close();
  }
}

await main();
