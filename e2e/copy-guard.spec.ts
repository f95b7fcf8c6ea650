import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { ROOT } from '../scripts/lib/browser';
import { DEFAULT_POLICY } from '../lib/policy/defaults';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';
import { broadcastPolicy } from './page-helpers';

/** Contact view with every PII type planted (tests/fixtures/esp/mailchimp/contacts-all-types.html). */
const ORIGIN = 'https://us6.admin.mailchimp.com';
const CONTACTS = `${ORIGIN}/lists/members/view?id=445566`;
/** Planted values of the third row (synthetic: reserved domain, test card, fictional number). */
const ROW_VALUES = ['mia.testwell@example.com', '6011 1111 1111 1117', '+1 415 555 0199'];

/** Opens the contacts page with the copy guard set to `justify`, as a team policy would. */
async function justifyPage(context: BrowserContext, background: Worker): Promise<Page> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  const page = await context.newPage();
  await page.goto(CONTACTS);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '33');
  await broadcastPolicy(background, 'https://us6.admin.mailchimp.com/*', { ...DEFAULT_POLICY, copyGuard: 'justify' as const });
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '33');
  return page;
}

/** Selects the third contact row with the mouse-free route (a range) and copies it with the keyboard. */
async function copyThirdRow(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#contacts tbody tr:nth-child(3)') as Node);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  });
  await page.keyboard.press('Control+C');
  return text;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('copy guard justify: the copy is held until a reason is given, then the real text reaches the clipboard and the reason is logged masked', async ({
  context,
  background,
  extensionId,
}) => {
  const page = await justifyPage(context, background);
  await page.evaluate(() => navigator.clipboard.writeText('clipboard before the copy'));
  const selected = await copyThirdRow(page);
  for (const value of ROW_VALUES) expect(selected).toContain(value);

  const dialog = page.getByRole('dialog', { name: 'Reason to copy personal data' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 email address');
  // Held: only masks on the clipboard while the user decides, and nothing logged yet.
  const held = await clipboard(page);
  expect(held).toContain('m•••@e•••.com');
  for (const value of ROW_VALUES) expect(held).not.toContain(value);
  const reason = dialog.getByRole('textbox', { name: 'Reason' });
  await expect(reason).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('confidant-prompt').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(axe.passes.length).toBeGreaterThan(3);

  // Keyboard only: type the reason (it names a personal value, which the log must not keep) and press Enter.
  await reason.pressSequentially('Refund check, forwarding to mia.testwell@example.com');
  await reason.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => clipboard(page)).toBe(selected);

  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied'))
    .toEqual([
      expect.objectContaining({
        esp: 'mailchimp',
        pageKind: 'contact',
        decision: 'justified',
        reason: expect.stringMatching(/^Refund check, forwarding to m•+@e•+\.com$/),
        counts: expect.objectContaining({ email: 1, phone: 1, 'payment-card': 1 }),
      }),
    ]);
  const stored = await dumpExtensionStorage(context, extensionId, background);
  for (const value of ROW_VALUES) expect(stored).not.toContain(value);
});

test('copy guard justify: Escape cancels, the clipboard keeps only masks and a cancelled copy is logged as blocked', async ({
  context,
  background,
  extensionId,
}) => {
  const page = await justifyPage(context, background);
  await page.evaluate(() => navigator.clipboard.writeText('clipboard before the copy'));
  await copyThirdRow(page);
  const dialog = page.getByRole('dialog', { name: 'Reason to copy personal data' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('not sure');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const after = await clipboard(page);
  expect(after).toContain('m•••@e•••.com');
  for (const value of ROW_VALUES) expect(after).not.toContain(value);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied'))
    .toEqual([
      expect.objectContaining({ decision: 'blocked', flags: ['cancelled-by-user'], counts: expect.objectContaining({ email: 1 }) }),
    ]);
  const [event] = (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied');
  expect(event).not.toHaveProperty('reason');
});

test('copy guard justify: when the browser refuses the clipboard write, the dialog says so and the copy is logged as blocked, not justified', async ({
  context,
  background,
  extensionId,
}) => {
  // The ESP page forbids the async clipboard (Permissions-Policy), so the write after the reason is refused.
  const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/esp/mailchimp/contacts-all-types.html'));
  await context.route(`${ORIGIN}/lists/members/view*`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'permissions-policy': 'clipboard-write=()' },
      body: html,
    }),
  );
  const page = await justifyPage(context, background);
  await copyThirdRow(page);
  const dialog = page.getByRole('dialog', { name: 'Reason to copy personal data' });
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Refund check');
  await dialog.getByRole('button', { name: 'Copy with this reason' }).click();
  await expect(dialog.getByRole('alert')).toContainText('nothing was copied');
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied'))
    .toEqual([expect.objectContaining({ decision: 'blocked', reason: 'Refund check', flags: ['clipboard-write-refused'] })]);
  const after = await clipboard(page);
  for (const value of ROW_VALUES) expect(after).not.toContain(value);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

/**
 * Drags from the element at `from` into a notes box (a textarea the test adds, standing for a
 * spreadsheet or another tab) with the real mouse, as a user would; returns what was dropped.
 */
async function dragToNotes(page: Page, from: string): Promise<string> {
  await page.evaluate(() => {
    if (!document.getElementById('drop')) {
      const box = document.createElement('textarea');
      box.id = 'drop';
      box.style.cssText = 'position:fixed;right:8px;bottom:8px;width:420px;height:80px';
      document.body.append(box);
    }
    (document.getElementById('drop') as HTMLTextAreaElement).value = '';
  });
  const source = await page.locator(from).boundingBox();
  const to = await page.locator('#drop').boundingBox();
  if (!source || !to) throw new Error('no boxes to drag between');
  await page.mouse.move(source.x + 10, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 30, source.y + source.height / 2 + 5, { steps: 3 });
  await page.mouse.move(to.x + 20, to.y + 20, { steps: 5 });
  await page.mouse.up();
  return page.locator('#drop').inputValue();
}

/** Selects the third contact row's address and drags the selection into the notes box. */
async function dragThirdRow(page: Page): Promise<string> {
  const cell = '#contacts tbody tr:nth-child(3) td:nth-child(2)';
  await page.evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(cell) as Node);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, cell);
  return dragToNotes(page, cell);
}

test('dragging selected values out of the page is judged as a copy: observed as it is, blocked with the masked text dropped', async ({
  context,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(CONTACTS);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '33');
  const copies = async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied');

  // Observed (the default): the drag carries the text as it is, and is logged.
  expect(await dragThirdRow(page)).toContain(ROW_VALUES[0]);
  await expect.poll(copies).toEqual([expect.objectContaining({ decision: 'observed', counts: { email: 1 } })]);
  // The notes box now holds an address, counted like any field's; emptied again for the next drag.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '34');
  await page.locator('#drop').fill('');

  // Blocked: the drop gets the masked form only, the user is told, and the drag is logged as blocked.
  await broadcastPolicy(background, `${ORIGIN}/*`, { ...DEFAULT_POLICY, copyGuard: 'block' as const });
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '33');
  const dropped = await dragThirdRow(page);
  expect(dropped).toBe('m•••@e•••.com');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '33');
  await expect(page.locator('confidant-notice')).toHaveCount(1);
  await expect.poll(async () => (await copies()).at(-1)).toEqual(expect.objectContaining({ decision: 'blocked', counts: { email: 1 } }));
});

/** A contact record whose "Copy" buttons write to the clipboard from script (tests/fixtures/esp/hubspot/contact-copy-buttons.html). */
const RECORD_ORIGIN = 'https://app.hubspot.com';
const RECORD = `${RECORD_ORIGIN}/contacts/4455667/record/0-1/1301`;

test("the page's own copy buttons (navigator.clipboard, no copy event) are judged as copies: observed, then blocked to the masked text; a value-free copy passes", async ({
  context,
  background,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: RECORD_ORIGIN });
  const page = await context.newPage();
  await page.goto(RECORD);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '2');
  const copies = async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied');
  const status = page.locator('#copied');

  // Observed (the default policy): the address reaches the clipboard as it is, and the copy is logged.
  await page.click('#copy-email');
  await expect(status).toHaveText('Email copied');
  expect(await clipboard(page)).toBe('noor.lindqvist@example.org');
  await expect.poll(copies).toEqual([expect.objectContaining({ decision: 'observed', counts: { email: 1 } })]);

  // Blocked: the page's writes carry the masked text, plain text and a ClipboardItem alike.
  await broadcastPolicy(background, `${RECORD_ORIGIN}/*`, { ...DEFAULT_POLICY, copyGuard: 'block' as const });
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '2');
  await page.click('#copy-phone');
  await expect(status).toHaveText('Phone number copied');
  await expect.poll(() => clipboard(page)).not.toContain('555');
  await expect.poll(async () => (await copies()).at(-1)).toEqual(expect.objectContaining({ decision: 'blocked', counts: { phone: 1 } }));
  await page.click('#copy-card');
  await expect(status).toHaveText('Contact card copied');
  const card = await clipboard(page);
  expect(card).toContain('n•••@e•••.org');
  expect(card).not.toMatch(/lindqvist@|555-0164/);
  await expect
    .poll(async () => (await copies()).at(-1))
    .toEqual(expect.objectContaining({ decision: 'blocked', counts: expect.objectContaining({ email: 1, phone: 1 }) }));
  const logged = (await copies()).length;

  // A copy with no personal data passes untouched and is not logged.
  await page.click('#copy-id');
  await expect(status).toHaveText('Record ID copied');
  expect(await clipboard(page)).toBe('1301');
  expect(await copies()).toHaveLength(logged);
  // The audit log holds counts, never the values copied.
  expect(await dumpExtensionStorage(context, extensionId, background)).not.toMatch(/lindqvist|555-0164/);
});

/** A contact table whose addresses are mail links (tests/fixtures/esp/hubspot/contacts-frozen-column.html). */
const LINKS = 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/frozen/list';

/** Drags the third row's mail link (no selection) into the notes box. */
async function dragMailLink(page: Page): Promise<string> {
  await page.evaluate(() => getSelection()?.removeAllRanges());
  return dragToNotes(page, '#rows tr:nth-child(3) a[href^="mailto:"]');
}

test('dragging a mail link out of the page is judged as a copy: its own address when observed, the masked one when blocked', async ({
  context,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(LINKS);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  const copies = async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied');

  // Observed: the link guard showed the address masked under the pointer, yet the drag carries the link's own.
  expect(await dragMailLink(page)).toBe('mailto:customer.person2@example.com');
  await expect.poll(copies).toEqual([expect.objectContaining({ decision: 'observed', counts: { email: 1 } })]);
  await page.locator('#drop').fill('');

  await broadcastPolicy(background, 'https://app.hubspot.com/*', { ...DEFAULT_POLICY, copyGuard: 'block' as const });
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  expect(await dragMailLink(page)).toBe('mailto:c•••@e•••.com');
  await expect.poll(async () => (await copies()).at(-1)).toEqual(expect.objectContaining({ decision: 'blocked', counts: { email: 1 } }));
});
