import type { Page } from '@playwright/test';
import { tablePage } from '../scripts/bench/table-page';
import { expect, test } from './fixtures';

/**
 * Printing and "Save as PDF" (lib/scan/print-guard.ts). `page.pdf()` prints the page as Chromium
 * does, `beforeprint` and `afterprint` included. What the print holds is read in the page at
 * `beforeprint` by a listener added after the extension's (so it runs after Confidant's): a
 * transparent highlight would still put the real text in a PDF, so the text itself must be masked.
 */
const ROWS = 1_500;
const TABLE = 'https://us6.admin.mailchimp.com/lists/members?id=1500';
/** A contact's edit form (tests/fixtures/esp/hubspot/contact-edit.html). */
const EDIT = 'https://app.hubspot.com/contacts/4455667/record/0-1/1201/edit';

interface Printed {
  firstRow: string[];
  lastRow: string[];
  highlighted: number;
  fields: string[];
}

/** Records, at the next print, the first and last rows' texts, the highlighted ranges and the fields' values. */
function recordPrint(page: Page): Promise<void> {
  return page.evaluate(() => {
    const cells = (row: Element | null) => Array.from(row?.querySelectorAll('td') ?? [], (td) => td.textContent ?? '');
    addEventListener('beforeprint', () => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const w = window as unknown as { __printed: Printed };
      w.__printed = {
        firstRow: cells(document.querySelector('#t tbody tr')),
        lastRow: cells(document.querySelector('#t tbody tr:last-child')),
        highlighted: [...registry.values()].reduce((n, h) => n + h.size, 0),
        fields: Array.from(document.querySelectorAll<HTMLInputElement>('input[data-pii], textarea[data-pii]'), (f) => f.value),
      };
    });
  });
}

const printed = (page: Page) => page.evaluate(() => (window as unknown as { __printed: Printed }).__printed);

test("a printed or saved-as-PDF table holds every row's values in their masked forms, and the page gets its text back after", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.route(TABLE, (route) => route.fulfill({ body: tablePage(ROWS), contentType: 'text/html' }));
  await page.goto(TABLE);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', String(ROWS * 5), { timeout: 60_000 });
  const lastBefore = await page.locator('#t tbody tr:last-child td').first().textContent();
  await recordPrint(page);

  await page.pdf();
  const { firstRow, lastRow, highlighted } = await printed(page);
  // The first row and the last, 1,500 rows below the viewport where no highlight reaches.
  expect(firstRow.slice(0, 5)).toEqual(['a•••@e•••.com', 'A•••', 'D•••', '•••00', expect.stringContaining('•••')]);
  expect(lastRow[0]).toMatch(/^[a-z]•••@e•••\.com$/);
  expect(lastRow.join(' ')).not.toMatch(/example|555|Street/);
  // Decoys print as they are.
  expect(lastRow.slice(5, 8)).toEqual(['Subscribed', expect.stringMatching(/^2026-01-\d\d$/), 'vip, spring']);
  // No highlight during the print: the masked forms are the text, in the page's own colour.
  expect(highlighted).toBe(0);

  // After the print: the page's own text, the same counts, and the highlights back.
  await expect(page.locator('#t tbody tr:last-child td').first()).toHaveText(lastBefore ?? '');
  await expect(page.locator('#t tbody tr td').first()).toHaveText('ava.dummins0@example.com');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', String(ROWS * 5));
  await expect
    .poll(() =>
      page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].some((h) => h.size > 0)),
    )
    .toBe(true);
});

test("a printed edit form holds its fields' masked forms, and the fields get their values back after", async ({ context }) => {
  const page = await context.newPage();
  await page.goto(EDIT);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '6');
  const before = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input[data-pii], textarea[data-pii]'), (f) => f.value),
  );
  await recordPrint(page);

  await page.pdf();
  const { fields } = await printed(page);
  expect(fields).toEqual(expect.arrayContaining(['a•••@e•••.org', '•••42']));
  for (const value of before) expect(fields).not.toContain(value);
  expect(fields.join(' ')).not.toMatch(/example|Dummins|Evergreen/);

  const after = () =>
    page.evaluate(() => Array.from(document.querySelectorAll<HTMLInputElement>('input[data-pii], textarea[data-pii]'), (f) => f.value));
  await expect.poll(after).toEqual(before);
  // The fields are masked on screen again, and their values still counted.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '6');
  await expect
    .poll(() => page.evaluate(() => document.querySelector('confidant-field-masks')?.shadowRoot?.querySelectorAll('span').length ?? 0))
    .toBeGreaterThan(3);
});

/** Adds, in a frame, a print listener after Confidant's that records the text or value of `selector` at print time. */
async function recordInFrame(page: Page, title: string, selector: string): Promise<() => Promise<string | undefined>> {
  const frame = await (await page.locator(`iframe[title="${title}"]`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame titled ${title}`);
  await frame.evaluate((selector) => {
    addEventListener('beforeprint', () => {
      const el = document.querySelector(selector);
      document.documentElement.dataset.printed = el instanceof HTMLInputElement ? el.value : (el?.textContent ?? '');
    });
  }, selector);
  return () => frame.evaluate(() => document.documentElement.dataset.printed);
}

test('a printed page holds the masked forms of the values in its same-origin preview frames, text and fields', async ({ context }) => {
  const page = await context.newPage();
  // Klaviyo's email preview: the rendered email, for the profile picked, in a same-origin frame.
  await page.goto('https://www.klaviyo.com/email-template-editor/campaign/01HPRVW/content/edit');
  await expect(page.locator('html')).not.toHaveAttribute('data-confidant-count', '0');
  const email = page.frameLocator('iframe[title="Email preview"]').locator('[data-pii="email"]');
  await expect(email).toHaveText('ava.dummins@example.org');
  const printedText = await recordInFrame(page, 'Email preview', '[data-pii="email"]');
  await page.pdf();
  expect(await printedText()).toBe('a•••@e•••.org');
  await expect(email).toHaveText('ava.dummins@example.org');

  // The "Preview as" field of the test panel's frame.
  await page.goto('https://www.klaviyo.com/email-template-editor/campaign/01HFLDS/content/edit');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '1');
  const field = page.frameLocator('iframe[title="Test preview"]').locator('[data-pii="email"]');
  const printedField = await recordInFrame(page, 'Test preview', '[data-pii="email"]');
  await page.pdf();
  expect(await printedField()).toBe('n•••@e•••.net');
  await expect(field).toHaveValue('noah.sampleton@example.net');
});

/** A contact table whose addresses and phones are mail and phone links (tests/fixtures/esp/hubspot/contacts-frozen-column.html). */
const LINKS = 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/frozen/list';

test("a saved PDF's links hold the addresses masked, and the page's links get their addresses back after", async ({ context }) => {
  const page = await context.newPage();
  await page.goto(LINKS);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  const pdf = (await page.pdf()).toString('latin1');
  // A PDF keeps each link as an annotation with its address: read them from the file itself.
  const uris = Array.from(pdf.matchAll(/\/URI \(([^)]*)\)/g), (m) => decodeURIComponent(m[1] ?? ''));
  expect(uris.filter((u) => u.startsWith('mailto:')).length).toBeGreaterThan(5);
  expect(uris.filter((u) => u.startsWith('tel:')).length).toBeGreaterThan(5);
  expect(uris.filter((u) => /customer\.person|example\.com|555/.test(u))).toEqual([]);
  expect(uris).toContain('mailto:c•••@e•••.com');
  await expect(page.locator('#rows tr:first-child a').first()).toHaveAttribute('href', 'mailto:customer.person0@example.com');
  await expect(page.locator('#rows tr:first-child a').nth(1)).toHaveAttribute('href', 'tel:+12025550100');
});
