import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test as base, type BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, EXTENSION_ID, ROOT, chromiumPath, discoverSites, serveSites, serviceWorker } from '../scripts/lib/browser';
import { expectNoSeriousA11yViolations } from './axe';

/** The same browser as e2e/fixtures.ts, but with a German UI (--lang decides chrome.i18n's locale). */
const test = base.extend<{ context: BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'confidant-de-'));
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      locale: 'de-DE',
      env: { ...process.env, HOME: home },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--lang=de',
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
      ],
    });
    await serveSites(context, discoverSites(path.join(ROOT, 'tests/fixtures/esp')));
    await serviceWorker(context);
    await use(context);
    await context.close();
    fs.rmSync(home, { recursive: true, force: true });
  },
});

test('with a German browser the popup and the lessons speak German', async ({ context }) => {
  const esp = await context.newPage();
  await esp.goto('https://us6.admin.mailchimp.com/lists/members?id=123456');
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-count', '37');
  const worker = await serviceWorker(context);
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://us6.admin.mailchimp.com/*' }))[0]?.id);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('html[data-ready="1"]');
  await expect(popup.locator('html')).toHaveAttribute('lang', /^de/);
  await expect(popup.locator('#where')).toHaveText('Mailchimp · Zielgruppenseite');
  await expect(popup.locator('#exposure li[data-type="email"]')).toHaveText(
    '37 E-Mail-Adressen sichtbar auf dieser Seite (Mailchimp, Zielgruppenseite)',
  );
  await expect(popup.locator('#masking li[data-type="email"]')).toHaveText('E-Mail-Adressen: teilweise maskiert');
  await expect(popup.locator('#tip h2')).toHaveText('Tipp:');
  await expectNoSeriousA11yViolations(popup, 'popup (de)');

  const lesson = await context.newPage();
  await lesson.goto(`chrome-extension://${EXTENSION_ID}/lesson.html?id=gdpr`);
  await lesson.waitForSelector('html[data-ready="1"]');
  await expect(lesson.locator('h1')).toHaveText('DSGVO für E-Mail-Marketing');
  await expect(lesson.locator('article')).toHaveAttribute('lang', 'de');
  await expect(lesson.getByRole('button', { name: 'Antworten prüfen' })).toBeVisible();
  await expectNoSeriousA11yViolations(lesson, 'lesson (de)');
});
