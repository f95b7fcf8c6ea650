import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';
import {
  PLANTED,
  answer,
  anything,
  interstitial,
  landed,
  promptAfter,
  registerSelfHosted,
  serveExportFiles,
  setPolicy,
  waitForLanded,
} from './export-helpers';

/**
 * The export guard end to end: the built extension in Chromium, fixture ESP pages at their real
 * URLs, Chromium owning downloads (so onDeterminingFilename fires as in a real browser), and the
 * files checked on disk in the browser's own Downloads folder.
 */
interface EspCase {
  esp: string;
  url: string;
  /** Self-hosted: registered like the options page does; asked in the guard's window (see registerSelfHosted). */
  selfHosted?: { origin: string; esp: 'listmonk' | 'mautic' };
}

const CASES: EspCase[] = [
  { esp: 'mailchimp', url: 'https://us6.admin.mailchimp.com/lists/exports?id=123456' },
  { esp: 'hubspot', url: 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list' },
  { esp: 'klaviyo', url: 'https://www.klaviyo.com/list/XyZ123/export' },
  {
    esp: 'listmonk',
    url: 'https://listmonk.example.org/admin/subscribers',
    selfHosted: { origin: 'https://listmonk.example.org', esp: 'listmonk' },
  },
  { esp: 'mautic', url: 'https://mautic.example.org/s/contacts', selfHosted: { origin: 'https://mautic.example.org', esp: 'mautic' } },
];

const TRIGGERS = [
  ['#export-attachment', 'csv'],
  ['#export-blob', 'csv'],
  ['#export-zip', 'zip'],
] as const;

async function open(
  context: BrowserContext,
  background: Worker,
  extensionId: string,
  c: EspCase,
  exports: Record<string, unknown>,
  extra = {},
): Promise<Page> {
  await serveExportFiles(context);
  if (c.selfHosted) await registerSelfHosted(context, extensionId, c.selfHosted.origin, c.selfHosted.esp);
  await setPolicy(background, exports, extra);
  const page = await context.newPage();
  await page.goto(c.url);
  if (!c.selfHosted) await expect(page.locator('html')).toHaveAttribute('data-confidant-loaded', '1');
  return page;
}

async function exportEvents(context: BrowserContext, extensionId: string, source = 'download') {
  return (await readEvents(context, extensionId)).filter((e) => e.kind === 'export.detected' && e.source === source);
}

for (const c of CASES) {
  test(`${c.esp}: a server attachment, a blob: download and a ZIP are each held, and under warn the user can proceed`, async ({
    context,
    background,
    extensionId,
    downloadsDir,
  }) => {
    const page = await open(context, background, extensionId, c, { action: 'warn' });
    for (const [i, [selector]] of TRIGGERS.entries()) {
      const prompt = await promptAfter(context, page, !!c.selfHosted, () => page.click(selector));
      await expect(prompt).toContainText('Only continue if you need the file');
      expect(landed(downloadsDir)).toHaveLength(i); // held while the question is open
      await answer(prompt, 'Export anyway');
      await waitForLanded(downloadsDir, i + 1);
    }
    const events = await exportEvents(context, extensionId);
    expect(events.map((e) => [e.esp, e.fileType, e.decision])).toEqual(TRIGGERS.map(([, type]) => [c.esp, type, 'warned']));
    const stored = await dumpExtensionStorage(context, extensionId, background);
    for (const address of PLANTED) expect(stored).not.toContain(address);
  });

  test(`${c.esp}: under block nothing lands in the downloads folder`, async ({ context, background, extensionId, downloadsDir }) => {
    const page = await open(context, background, extensionId, c, { action: 'block' });
    // The attachment last: on self-hosted platforms its endpoint is blocked at the network level.
    for (const selector of ['#export-blob', '#export-zip', '#export-attachment']) {
      await page.click(selector);
      if (c.selfHosted) continue; // told in the guard's window, which does not cover the page
      await expect(interstitial(page)).toContainText('does not allow exporting');
      await interstitial(page).getByRole('button', { name: 'OK' }).click();
    }
    await page.waitForTimeout(2500);
    expect(anything(downloadsDir)).toEqual([]);
    const events = await exportEvents(context, extensionId);
    expect(events.length).toBeGreaterThanOrEqual(c.selfHosted ? 2 : 3);
    expect(events.every((e) => e.decision === 'blocked' && e.esp === c.esp)).toBe(true);
    if (c.selfHosted) {
      const rules = await background.evaluate(() => chrome.declarativeNetRequest.getDynamicRules());
      expect(rules.some((r) => r.condition.regexFilter?.startsWith(`^${c.selfHosted?.origin.replace(/\./g, '\\.')}`))).toBe(true);
    }
  });
}

test('mailchimp: under justify the file lands only after a reason is given, by keyboard', async ({
  context,
  background,
  extensionId,
  downloadsDir,
}) => {
  const c = CASES[0] as EspCase;
  const page = await open(
    context,
    background,
    extensionId,
    c,
    { action: 'justify' },
    { messages: { export: 'ACME policy: every export needs a ticket.' } },
  );
  const prompt = await promptAfter(context, page, false, () => page.click('#export-attachment'));
  await expect(prompt).toContainText('ACME policy: every export needs a ticket.');
  const proceed = prompt.getByRole('button', { name: 'Export with this reason' });
  await expect(proceed).toBeDisabled();
  const reason = prompt.getByLabel('Reason for this export');
  await expect(reason).toBeFocused();
  await page.keyboard.type('for ava.dummins0@example.org');
  await expect(prompt.getByRole('status')).toContainText('1 email address');
  await page.waitForTimeout(1000);
  expect(anything(downloadsDir).filter((f) => !f.endsWith('.crdownload'))).toEqual([]);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Ticket OPS-1422: re-import after ESP migration');
  await expect(prompt.getByRole('status')).toHaveCount(0);
  await page.keyboard.press('Tab'); // Cancel
  await page.keyboard.press('Tab'); // Export with this reason
  await expect(proceed).toBeFocused();
  await page.keyboard.press('Enter');
  await waitForLanded(downloadsDir, 1);
  const [event] = await exportEvents(context, extensionId);
  expect(event).toMatchObject({
    esp: 'mailchimp',
    pageKind: 'export',
    decision: 'justified',
    justification: 'Ticket OPS-1422: re-import after ESP migration',
  });
});

test('mautic: under justify, a reason with an address is stored masked; closing the window abandons the export', async ({
  context,
  background,
  extensionId,
  downloadsDir,
}) => {
  const c = CASES[4] as EspCase;
  const page = await open(context, background, extensionId, c, { action: 'justify' });
  let prompt = await promptAfter(context, page, true, () => page.click('#export-blob'));
  await prompt.getByLabel('Reason for this export').fill('Send to ava.dummins0@example.org for the audit');
  await answer(prompt, 'Export with this reason');
  await waitForLanded(downloadsDir, 1);
  prompt = await promptAfter(context, page, true, () => page.click('#export-zip'));
  await prompt.page().close();
  await page.waitForTimeout(1500);
  expect(landed(downloadsDir)).toHaveLength(1);
  const events = await exportEvents(context, extensionId);
  expect(events.map((e) => e.decision)).toEqual(['justified', 'blocked']);
  expect(events[0]?.justification).toBe('Send to a•••@e•••.org for the audit');
  expect(events[1]?.flags).toContain('cancelled-by-user');
  expect(await dumpExtensionStorage(context, extensionId, background)).not.toContain('ava.dummins0');
});

test('mailchimp: Escape cancels, and an export of unsubscribed contacts is flagged on its own', async ({
  context,
  background,
  extensionId,
  downloadsDir,
}) => {
  const page = await open(context, background, extensionId, CASES[0] as EspCase, { action: 'observe' });
  await page.click('#export-blob'); // observe: no question, the file lands
  await waitForLanded(downloadsDir, 1);
  await page.check('#include-optedout');
  const prompt = await promptAfter(context, page, false, () => page.click('#export-attachment'));
  await expect(prompt).toContainText('unsubscribed or cleaned contacts');
  await page.keyboard.press('Escape');
  await expect(prompt).toHaveCount(0);
  await page.waitForTimeout(1500);
  expect(landed(downloadsDir)).toHaveLength(1);
  const events = await exportEvents(context, extensionId);
  expect(events.map((e) => [e.decision, e.flags])).toEqual([
    ['observed', []],
    ['blocked', ['opted-out', 'cancelled-by-user']],
  ]);
  const clicks = await exportEvents(context, extensionId, 'click');
  expect(clicks.length).toBe(2);
});

test('mailchimp: a data: URL download has no origin or referrer of its own and is attributed to the page that started it', async ({
  context,
  background,
  extensionId,
  downloadsDir,
}) => {
  const page = await open(context, background, extensionId, CASES[0] as EspCase, { action: 'warn' });
  const prompt = await promptAfter(context, page, false, () => page.click('#export-data'));
  await expect(prompt).toContainText('TSV file');
  const axe = await new AxeBuilder({ page }).include('[data-confidant-ui="export-interstitial"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await prompt.getByRole('button', { name: 'Export anyway' }).click();
  expect(await waitForLanded(downloadsDir, 1)).toEqual(['audience_export.tsv']);
  expect((await exportEvents(context, extensionId)).map((e) => [e.esp, e.fileType, e.decision])).toEqual([['mailchimp', 'tsv', 'warned']]);
});

test('mailchimp: a question left open longer than Chromium holds a download still keeps the file off the disk', async ({
  context,
  background,
  extensionId,
  downloadsDir,
}) => {
  test.setTimeout(90_000);
  const page = await open(context, background, extensionId, CASES[0] as EspCase, { action: 'warn' });
  for (const [i, selector] of ['#export-attachment', '#export-blob'].entries()) {
    const prompt = await promptAfter(context, page, false, () => page.click(selector));
    await page.waitForTimeout(17_000); // Chromium stops waiting for the extension after about 15 s
    expect(landed(downloadsDir)).toHaveLength(i);
    await prompt.getByRole('button', { name: 'Export anyway' }).click(); // the cancelled download is started again
    await waitForLanded(downloadsDir, i + 1);
  }
  expect((await exportEvents(context, extensionId)).map((e) => [e.fileType, e.decision])).toEqual([
    ['csv', 'warned'],
    ['csv', 'warned'],
  ]);
});

test('klaviyo: the daily limit blocks the export after the allowed number', async ({ context, background, extensionId, downloadsDir }) => {
  const page = await open(context, background, extensionId, CASES[2] as EspCase, { action: 'observe', dailyLimit: 1 });
  await page.click('#export-attachment');
  await waitForLanded(downloadsDir, 1);
  const prompt = await promptAfter(context, page, false, () => page.click('#export-blob'));
  await expect(prompt).toContainText('1 exports a day');
  await prompt.getByRole('button', { name: 'OK' }).click();
  await page.waitForTimeout(1000);
  expect(landed(downloadsDir)).toHaveLength(1);
  expect((await exportEvents(context, extensionId)).map((e) => e.decision)).toEqual(['observed', 'blocked']);
});

test('klaviyo: a required lesson not yet passed blocks exports and says which lesson', async ({
  context,
  background,
  extensionId,
  downloadsDir,
}) => {
  const page = await open(context, background, extensionId, CASES[2] as EspCase, { action: 'observe', requiredLesson: 'export-hygiene' });
  const prompt = await promptAfter(context, page, false, () => page.click('#export-zip'));
  await expect(prompt).toContainText('Complete the lesson "export-hygiene"');
  await prompt.getByRole('button', { name: 'OK' }).click();
  await page.waitForTimeout(1000);
  expect(anything(downloadsDir)).toEqual([]);
  expect((await exportEvents(context, extensionId)).map((e) => [e.decision, e.flags])).toEqual([['blocked', ['required-lesson']]]);
});

test('hubspot: an emailed export is held at the request click, logged as requested', async ({ context, background, extensionId }) => {
  const page = await open(context, background, extensionId, CASES[1] as EspCase, { perEsp: { hubspot: 'justify' } });
  await page.getByRole('button', { name: 'Export', exact: true }).first().click();
  const prompt = await promptAfter(context, page, false, () => page.locator('#export-request').click());
  await expect(page.locator('#export-status')).toHaveText(''); // the request has not reached the ESP
  await prompt.getByLabel('Reason for this export').fill('Quarterly CRM reconciliation, ticket OPS-77');
  await prompt.getByRole('button', { name: 'Export with this reason' }).click();
  await expect(page.locator('#export-status')).toHaveText('Export requested');
  const requests = await exportEvents(context, extensionId, 'request');
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({ esp: 'hubspot', pageKind: 'audience', decision: 'justified' });

  await setPolicy(background, { perEsp: { hubspot: 'block' } });
  await page.reload();
  await page.getByRole('button', { name: 'Export', exact: true }).first().click();
  await page.locator('#export-request').click();
  await expect(page.locator('[role="alertdialog"]')).toContainText('blocked');
  await expect(page.locator('#export-status')).toHaveText('');
  expect((await exportEvents(context, extensionId, 'request')).map((e) => e.decision)).toEqual(['justified', 'blocked']);
});
