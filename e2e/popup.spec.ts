import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, readEvents, test } from './fixtures';

const AUDIENCE = 'https://us6.admin.mailchimp.com/lists/members?id=123456';
const HOST = 'us6.admin.mailchimp.com';

async function openAudience(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(AUDIENCE);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '37');
  return page;
}

/** Adds audit events the way the export guard would, through an extension page (the db's own origin). */
async function seedEvents(context: BrowserContext, extensionId: string, events: Record<string, unknown>[]) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('confidant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readwrite');
          for (const row of rows) tx.objectStore('events').add(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    events,
  );
  await page.close();
}

/** Adds campaign checks to the tab's report, as the campaign checker does for an editor tab. */
async function seedChecks(background: Worker, checks: unknown[]) {
  await background.evaluate(async (list) => {
    const [tab] = await chrome.tabs.query({ url: 'https://us6.admin.mailchimp.com/*' });
    const key = `tab:${tab?.id}`;
    const stored = (await chrome.storage.session.get(key))[key] as Record<string, unknown>;
    await chrome.storage.session.set({ [key]: { ...stored, checks: list } });
  }, checks);
}

test('on an ESP tab the popup says where, what is exposed and how it is masked, with a tip and its lesson', async ({
  context,
  openPopup,
}) => {
  const page = await openAudience(context);
  const popup = await openPopup(page);
  await expect(popup.locator('#where')).toHaveText('Mailchimp · audience page');
  await expect(popup.locator('#exposure li[data-type="email"]')).toHaveText('37 email addresses visible on this Mailchimp audience page');
  await expect(popup.locator('#masking li[data-type="email"]')).toHaveText('Email addresses: partly masked');
  await expect(popup.locator('#exports')).toContainText('No exports recorded on this site.');
  await expect(popup.locator('#warnings')).toHaveCount(0);
  const tipLesson = popup.locator('#tip a.lesson-link');
  await expect(tipLesson).toHaveAttribute('href', /^lesson\.html\?id=[a-z-]+$/);
  await expect(popup.locator('#training')).toContainText('Lessons passed: 0');
  // The benchmark reads this mark; it must exist once the first render is done.
  expect(await popup.evaluate(() => performance.getEntriesByName('confidant:popup:rendered').length)).toBe(1);
  await expectNoSeriousA11yViolations(popup, 'popup (ESP tab)');
});

test('warnings link their lesson, checks show fixes and rules, exports their decision; a warning can be snoozed and that is logged', async ({
  context,
  background,
  extensionId,
  openPopup,
}) => {
  const page = await openAudience(context);
  await seedEvents(context, extensionId, [
    {
      kind: 'export.detected',
      at: Date.now() - 60_000,
      esp: 'mailchimp',
      host: HOST,
      pageKind: 'export',
      decision: 'warned',
      fileType: 'csv',
      source: 'download',
    },
    {
      kind: 'export.detected',
      at: Date.now() - 30_000,
      esp: 'klaviyo',
      host: 'www.klaviyo.com',
      pageKind: 'export',
      decision: 'blocked',
      fileType: 'csv',
      source: 'download',
    },
  ]);
  await seedChecks(background, [
    {
      id: 'unsubscribe-link',
      status: 'fail',
      title: 'No unsubscribe link',
      evidence: 'The footer has no unsubscribe merge tag.',
      fix: { text: 'Add the unsubscribe tag to the footer.', snippet: '*|UNSUB|*' },
      rules: ['CAN-SPAM', 'CASL'],
    },
    { id: 'postal-address', status: 'pass', title: 'Postal address present', evidence: 'Found *|LIST:ADDRESS|*', rules: ['CAN-SPAM'] },
  ]);

  let popup = await openPopup(page);
  const check = popup.locator('#warnings li[data-warning="check:unsubscribe-link"]');
  await expect(check).toContainText('No unsubscribe link');
  await expect(check).toContainText('Fix: Add the unsubscribe tag to the footer.');
  await expect(check).toContainText('*|UNSUB|*');
  await expect(check).toContainText('Rules: CAN-SPAM, CASL');
  await expect(check.locator('a.lesson-link')).toHaveText('Learn why: Opt-outs and honouring them');
  await expect(popup.locator('#checks li[data-check="postal-address"]')).toContainText('Pass');
  await expect(popup.locator('#checks li[data-check="unsubscribe-link"]')).toContainText('Fail');

  const exportWarning = popup.locator('#warnings li[data-warning="export:recent"]');
  await expect(exportWarning).toContainText('Export on this site: warned');
  await expect(exportWarning.locator('a.lesson-link')).toHaveAttribute('href', 'lesson.html?id=exporting-safely');
  // Only this host's exports are listed.
  await expect(popup.locator('#exports li')).toHaveCount(1);
  await expect(popup.locator('#exports li')).toContainText('CSV download · warned');
  await expectNoSeriousA11yViolations(popup, 'popup (warnings)');

  // The lesson link opens the lesson that explains the warning.
  const [lesson] = await Promise.all([context.waitForEvent('page'), check.locator('a.lesson-link').click()]);
  await expect(lesson.locator('h1')).toHaveText('Opt-outs and honouring them');
  await lesson.close();

  // Snooze with the keyboard only.
  await exportWarning.getByRole('button', { name: 'Snooze on this site for a day' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('#warnings li[data-warning="export:recent"]')).toHaveCount(0);
  await expect(popup.locator('#snoozed-note')).toHaveText('1 warning snoozed on this site.');
  await expect(popup.locator('#warnings-heading')).toBeFocused();
  const snoozes = (await readEvents(context, extensionId)).filter((e) => e.kind === 'warning.snoozed');
  expect(snoozes).toEqual([expect.objectContaining({ host: HOST, esp: 'mailchimp', warning: 'export:recent', pageKind: 'audience' })]);
  expect(snoozes[0]?.until).toBeGreaterThan(Date.now());

  // Still snoozed when the popup is opened again; the check warning is not.
  await popup.close();
  popup = await openPopup(page);
  await expect(popup.locator('#warnings li[data-warning="export:recent"]')).toHaveCount(0);
  await expect(popup.locator('#warnings li[data-warning="check:unsubscribe-link"]')).toHaveCount(1);
});

test('on a tab that is not an ESP the popup says, kindly, where Confidant works', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto('about:blank');
  const popup = await openPopup(page);
  await expect(popup.locator('#not-esp h2')).toHaveText('Nothing to guard on this page');
  await expect(popup.locator('#not-esp')).toContainText('Confidant works on email marketing dashboards');
  for (const esp of ['Mailchimp', 'Klaviyo', 'HubSpot', 'listmonk']) await expect(popup.locator('#not-esp')).toContainText(esp);
  await expect(popup.locator('#exposure, #where, #tip')).toHaveCount(0);
  await expect(popup.locator('#all-lessons')).toHaveAttribute('href', 'lesson.html');
  await expectNoSeriousA11yViolations(popup, 'popup (not an ESP)');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(popup, 'popup (not an ESP, dark)');
});
