/**
 * The main job, offline: the built extension in Chromium on the bundled demo ESP dashboard
 * (demo/esp/), served at the real Mailchimp URLs through Playwright routing.
 * Headed where a display exists (leave the window open to explore, Ctrl+C to quit); headless
 * otherwise, saving screenshots into demo-output/ and printing what Confidant found.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, discoverSites, launchBrowser, serveSites, serviceWorker } from './lib/browser';

const OUT = path.join(ROOT, 'demo-output');
const BASE = 'https://us6.admin.mailchimp.com';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

async function tabIdOf(page: Page, worker: Awaited<ReturnType<typeof serviceWorker>>): Promise<number> {
  return worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const { context, close } = await launchBrowser({ headless: !headed });
  await serveSites(context, discoverSites(path.join(ROOT, 'demo/esp')));
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  const lines: string[] = [];

  const audience = await context.newPage();
  await audience.goto(`${BASE}/lists/members?id=123456`);
  await audience.waitForSelector('html[data-confidant-count]', { timeout: 15_000 });
  await audience.waitForTimeout(500);
  await audience.screenshot({ path: path.join(OUT, '1-audience.png') });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(audience, worker)}`);
  await popup.waitForSelector('html[data-ready="1"]');
  await popup.screenshot({ path: path.join(OUT, '2-popup-audience.png') });
  lines.push('Audience page (https://us6.admin.mailchimp.com/lists/members):');
  for (const text of await popup.locator('main li, main p, aside').allInnerTexts()) lines.push(`  ${text.replace(/\s+/g, ' ').trim()}`);

  const editor = await context.newPage();
  await editor.goto(`${BASE}/campaigns/edit?id=778899`);
  await editor.waitForTimeout(1500);
  await editor.screenshot({ path: path.join(OUT, '3-campaign-editor.png') });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(editor, worker)}`);
  await popup.waitForSelector('html[data-ready="1"]');
  await popup.screenshot({ path: path.join(OUT, '4-popup-campaign.png') });
  lines.push('Campaign editor (https://us6.admin.mailchimp.com/campaigns/edit):');
  for (const text of await popup.locator('main li, main p, aside').allInnerTexts()) lines.push(`  ${text.replace(/\s+/g, ' ').trim()}`);

  const exportPage = await context.newPage();
  await exportPage.goto(`${BASE}/lists/exports?id=123456`);
  await exportPage.waitForTimeout(800);
  await exportPage.screenshot({ path: path.join(OUT, '5-export-page.png') });

  const events = await popup.evaluate(
    () =>
      new Promise<{ kind: string; pageKind: string; decision?: string }[]>((resolve, reject) => {
        const open = indexedDB.open('confidant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  lines.push(`Audit log (metadata only): ${events.length} events`);
  for (const e of events) lines.push(`  ${e.kind} on ${e.pageKind}${e.decision ? ` → ${e.decision}` : ''}`);
  lines.push(`Screenshots: ${path.relative(ROOT, OUT)}/`);
  console.log(lines.join('\n'));

  if (headed) {
    console.log('\nThe demo browser stays open: explore the dashboard, then press Ctrl+C to quit.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  }
  await close();
}

main().catch((error: unknown) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
