import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../scripts/lib/browser';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';

const AUDIENCE = 'https://us6.admin.mailchimp.com/lists/members?id=123456';
const fixtureHtml = fs.readFileSync(path.join(ROOT, 'tests/fixtures/esp/mailchimp/audience.html'), 'utf8');
const plantedEmails = [...fixtureHtml.matchAll(/<td class="email">([^<]+)<\/td>/g)].map((m) => m[1] as string);

test('a Mailchimp audience page is counted, logged, badged and explained without storing any address', async ({
  context,
  background,
  extensionId,
  openPopup,
}) => {
  expect(plantedEmails).toHaveLength(37);
  const page = await context.newPage();
  await page.goto(AUDIENCE);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '37');

  await expect
    .poll(async () =>
      background.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://us6.admin.mailchimp.com/*' });
        return chrome.action.getBadgeText({ tabId: tab?.id });
      }),
    )
    .toBe('37');

  const events = await readEvents(context, extensionId);
  const visible = events.filter((e) => e.kind === 'pii.visible');
  expect(visible).toHaveLength(1);
  expect(visible[0]).toMatchObject({ esp: 'mailchimp', host: 'us6.admin.mailchimp.com', pageKind: 'audience', counts: { email: 37 } });
  expect(typeof visible[0]?.at).toBe('number');

  const popup = await openPopup(page);
  await expect(popup.locator('#exposure li[data-type="email"]')).toHaveText('37 email addresses visible on this Mailchimp audience page');
  await expect(popup.locator('#tip')).toContainText(/\S/);

  const stored = await dumpExtensionStorage(context, extensionId, background);
  for (const address of plantedEmails) expect(stored).not.toContain(address);
  expect(stored).not.toMatch(/@example\.(com|org|net)/);
});

test('the popup on a page that is not an ESP says where Confidant works', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=999999`);
  await page.waitForSelector('html[data-ready="1"]');
  await expect(page.locator('#not-esp')).toContainText('Mailchimp');
});

test('the options page shows the policy in force, read-only', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('#policy-source')).toContainText('Built-in defaults');
  await expect(page.locator('#policy-masking')).toContainText('email');
  await expect(page.locator('section[aria-labelledby="policy-heading"]').locator('input, select, textarea')).toHaveCount(0);
});
