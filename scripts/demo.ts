/**
 * The main job, offline: the built extension in Chromium on the bundled demo ESP dashboard
 * (demo/esp/), served at the real Mailchimp URLs through Playwright routing.
 * Headed where a display exists (the window stays open to explore; Ctrl+C to quit); headless
 * otherwise, saving screenshots into demo-output/ and printing what Confidant found and decided.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { ROOT, discoverSites, launchBrowser, serveSites, serviceWorker } from './lib/browser';

const OUT = path.join(ROOT, 'demo-output');
const BASE = 'https://us6.admin.mailchimp.com';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

interface Event {
  kind: string;
  pageKind: string;
  decision?: string;
  counts?: Record<string, number>;
  checks?: { id: string; status: string }[];
  fileType?: string;
}

const tabIdOf = (page: Page, worker: Worker) =>
  worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, name) });
}

async function popupFor(context: BrowserContext, worker: Worker, page: Page, name: string): Promise<void> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${await tabIdOf(page, worker)}`);
  await popup.waitForSelector('html[data-ready="1"]');
  await shot(popup, name);
  await popup.close();
}

async function readEvents(context: BrowserContext, extensionId: string): Promise<Event[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const events = await page.evaluate(
    () =>
      new Promise<Event[]>((resolve, reject) => {
        const open = indexedDB.open('confidant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => resolve(all.result as Event[]);
        };
      }),
  );
  await page.close();
  return events;
}

function describe(e: Event): string {
  const detail = e.counts
    ? Object.entries(e.counts)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ')
    : e.checks
      ? e.checks.map((c) => `${c.id}: ${c.status}`).join(', ')
      : (e.fileType ?? '');
  return `${e.kind.padEnd(17)} ${e.pageKind.padEnd(16)} ${(e.decision ?? '').padEnd(9)} ${detail}`;
}

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const { context, home, close } = await launchBrowser({ headless: !headed });
  await serveSites(context, discoverSites(path.join(ROOT, 'demo/esp')));
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;

  // 1. The audience table: personal data masked on screen, counted on the badge and in the popup.
  const audience = await context.newPage();
  await audience.goto(`${BASE}/lists/members?id=123456`);
  await audience.waitForSelector('html[data-confidant-count]', { timeout: 15_000 });
  await audience.waitForTimeout(1000);
  await shot(audience, '1-audience-masked.png');
  await popupFor(context, worker, audience, '2-popup-audience.png');
  const badge = await worker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), await tabIdOf(audience, worker));
  // Saved as PDF: the file holds the masked forms, not the values (a transparent highlight alone
  // would leave every address in the PDF's text). What the print holds is read at `beforeprint`.
  await audience.evaluate(() =>
    addEventListener('beforeprint', () => {
      const text = document.body.innerText;
      document.documentElement.dataset.demoPrinted = JSON.stringify({
        clear: (text.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []).length,
        masked: (text.match(/•••@/g) ?? []).length,
      });
    }),
  );
  // Chromium saves PDFs headless only: a headed demo skips this step.
  await audience.pdf({ path: path.join(OUT, '8-audience.pdf') }).catch(() => undefined);
  const printed = JSON.parse((await audience.getAttribute('html', 'data-demo-printed')) ?? '{}') as { clear?: number; masked?: number };

  // 2. A contact's profile and its edit form: values in form fields are masked by an overlay too.
  const contact = await context.newPage();
  await contact.goto(`${BASE}/lists/members/view?id=123456`);
  await contact.waitForSelector('html[data-confidant-count]', { timeout: 15_000 });
  await contact.waitForTimeout(1000);
  await shot(contact, '7-contact-form-masked.png');
  const fieldsMasked = await contact.evaluate(
    () => document.querySelector('confidant-field-masks')?.shadowRoot?.querySelectorAll('span').length ?? 0,
  );

  // 3. The campaign editor: checks in an in-page panel, and the pre-send gate on Send.
  const editor = await context.newPage();
  await editor.goto(`${BASE}/campaigns/edit?id=778899`);
  await editor.waitForTimeout(1500);
  await shot(editor, '3-campaign-checks.png');
  await editor.getByRole('button', { name: 'Send', exact: true }).click();
  await editor.waitForTimeout(500);
  await shot(editor, '4-send-gate.png');
  const held = await editor.getByRole('alertdialog').isVisible();
  await popupFor(context, worker, editor, '5-popup-campaign.png');
  await editor.keyboard.press('Escape');

  // 4. The export page: the download is held until the user answers the policy's question.
  const cdp = await context.newCDPSession(audience);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  const exportPage = await context.newPage();
  await exportPage.goto(`${BASE}/lists/exports?id=123456`);
  await exportPage.getByRole('link', { name: 'Export As CSV' }).click();
  const question = exportPage.getByRole('alertdialog');
  await question.waitFor({ timeout: 15_000 });
  await shot(exportPage, '6-export-question.png');
  const downloads = path.join(home, 'Downloads');
  const landedBefore = fs.existsSync(downloads) ? fs.readdirSync(downloads).filter((f) => f.endsWith('.csv')).length : 0;
  await question.getByRole('button', { name: /Export anyway|Export with this reason/ }).click();
  await exportPage.waitForTimeout(2500);
  const landedAfter = fs.existsSync(downloads) ? fs.readdirSync(downloads).filter((f) => f.endsWith('.csv')).length : 0;

  const events = await readEvents(context, extensionId);
  const lines = [
    'Confidant on the offline demo dashboard (https://us6.admin.mailchimp.com, synthetic data):',
    `  audience page: ${await audience.getAttribute('html', 'data-confidant-count')} personal values found and masked on screen; badge "${badge}"`,
    printed.masked === undefined
      ? '  audience saved as PDF: skipped (Chromium saves PDFs when headless only)'
      : `  audience saved as PDF (${path.relative(ROOT, OUT)}/8-audience.pdf): ${printed.masked} addresses in it masked, ${printed.clear ?? 0} in clear`,
    `  contact profile: ${await contact.getAttribute('html', 'data-confidant-count')} personal values masked, ${fieldsMasked} of the edit form's fields covered by a mask; tab title "${await contact.title()}"`,
    `  campaign editor: ${held ? 'a failing check (hidden unsubscribe link): Send was held by the pre-send gate' : 'Send was not held'}`,
    `  export: the CSV was held (${landedBefore} on disk while asking), then ${landedAfter} after "Export anyway"`,
    `Audit log (metadata only, ${events.length} events):`,
    ...events.map((e) => `  ${describe(e)}`),
    `Screenshots: ${path.relative(ROOT, OUT)}/ (${fs.readdirSync(OUT).length} files)`,
  ];
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
