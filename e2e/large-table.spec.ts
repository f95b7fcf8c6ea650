import type { Page } from '@playwright/test';
import { row, tablePage } from '../scripts/bench/table-page';
import { expect, test } from './fixtures';

/**
 * A table too long for the screen: most rows are read by their body's pass and keep nothing on
 * themselves, their values counted in the body's ledger (lib/scan/section-ledger.ts). The page then
 * edits, removes and appends rows far from the viewport, and the counts must equal those of a fresh
 * page built with the same rows: the ledger's bookkeeping checked against a scan from scratch.
 */
const ROWS = 2_000;
const URL_A = 'https://us6.admin.mailchimp.com/lists/members?id=2000';
const URL_B = 'https://us6.admin.mailchimp.com/lists/members?id=2001';
const EDITED = 1_200;
const REMOVED = 1_500;
const APPENDED = 100;

/** The edited row: its email cell's text is no longer an address. */
const editedRow = (i: number) => row(i).replace(/<td>[^<]*@example\.com<\/td>/, '<td>no address</td>');

/** The count Confidant shows, once it has not changed for a second (the scan and its follow-ups are done). */
async function settledCount(page: Page): Promise<number> {
  let last = -1;
  let stableSince = Date.now();
  await expect
    .poll(
      async () => {
        const now = Number(await page.locator('html').getAttribute('data-confidant-count'));
        if (now !== last) {
          last = now;
          stableSince = Date.now();
        }
        return Date.now() - stableSince >= 1_000 && now > 0;
      },
      { timeout: 60_000, intervals: [200] },
    )
    .toBe(true);
  return last;
}

/** Whether a Confidant highlight range covers the email cell of the body's last row. */
function lastRowEmailMasked(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const cell = document.querySelector('#t tbody tr:last-child td');
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('confidant-')) continue;
      for (const range of highlight) if (!range.collapsed && cell?.contains(range.startContainer)) return true;
    }
    return false;
  });
}

test('in a 2,000-row table, edits, removals and appends far from the viewport keep the counts a fresh scan gives', async ({ context }) => {
  const page = await context.newPage();
  await page.route(URL_A, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: tablePage(ROWS) }));
  await page.goto(URL_A);
  const initial = await settledCount(page);

  // The page edits one row's text, removes another and appends rows, all off screen.
  const appended = Array.from({ length: APPENDED }, (_, i) => row(ROWS + i)).join('');
  await page.evaluate(
    ({ edited, removed, appended }) => {
      const body = document.querySelector('#t tbody') as HTMLTableSectionElement;
      const email = body.rows[edited]?.cells[0]?.firstChild as Text;
      email.data = 'no address';
      body.rows[removed]?.remove();
      body.insertAdjacentHTML('beforeend', appended);
    },
    { edited: EDITED, removed: REMOVED, appended },
  );
  const changed = await settledCount(page);
  expect(changed).not.toBe(initial);

  // The appended rows are masked when scrolled to.
  await page.locator('#t tbody tr:last-child').scrollIntoViewIfNeeded();
  await expect.poll(() => lastRowEmailMasked(page)).toBe(true);

  // The same rows, loaded fresh.
  const rows: string[] = [];
  for (let i = 0; i < ROWS + APPENDED; i++) if (i !== REMOVED) rows.push(i === EDITED ? editedRow(i) : row(i));
  const fresh = tablePage(0).replace('<tbody></tbody>', `<tbody>${rows.join('')}</tbody>`);
  expect(fresh).toContain(rows[0]);
  const second = await context.newPage();
  await second.route(URL_B, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fresh }));
  await second.goto(URL_B);
  expect(await settledCount(second)).toBe(changed);
});
