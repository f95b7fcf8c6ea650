import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 3's policy hooks end to end: a team policy imported on the options page turns masking off
 * for a type, excludes the organisation's own addresses, and adds a custom pattern, and the open
 * ESP tab masks and counts accordingly, without a reload.
 * Fixture: tests/fixtures/esp/mailchimp/segment-preview.html.
 */
const SEGMENT = 'https://us6.admin.mailchimp.com/lists/segments/view?id=77';

const TEAM_POLICY = {
  schema: 'confidant-policy/1',
  id: 'acme-privacy',
  version: 1,
  masking: { email: 'full', phone: 'off' },
  detection: {
    exclusions: { domains: ['acme.example'], addresses: ['seed-list@example.com'] },
    customPatterns: [{ id: 'customer-id', label: 'Customer number', pattern: '\\bCUST-\\d{6}\\b', mask: 'full' }],
  },
};

type Mask = 'full' | 'partial' | 'none';

interface PageMasks {
  /** For each marked element, in page order: its data-pii or data-own value and how its text is masked. */
  marked: { mark: string; mask: Mask }[];
  count: number;
}

/** Reads, from the page itself, which of Confidant's highlights covers each marked element. */
function pageMasks(page: Page): Promise<PageMasks> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const maskOf = new Map<Element, Mask>();
    for (const [name, mask] of [
      ['confidant-full', 'full'],
      ['confidant-partial', 'partial'],
    ] as const) {
      for (const range of registry.get(name) ?? []) {
        const owner = range.collapsed ? null : range.startContainer.parentElement?.closest('[data-pii],[data-own]');
        if (owner) maskOf.set(owner, mask);
      }
    }
    const marked = Array.from(document.querySelectorAll<HTMLElement>('[data-pii],[data-own]'), (el) => ({
      mark: el.dataset.pii ?? `own-${el.dataset.own ?? ''}`,
      mask: maskOf.get(el) ?? ('none' as Mask),
    }));
    return { marked, count: Number(document.documentElement.dataset.confidantCount) };
  });
}

/** The masks once they match `expected` (the scan runs in slices, and again after a policy change). */
async function masksSettle(page: Page, expected: (m: PageMasks) => boolean): Promise<PageMasks> {
  let last: PageMasks | undefined;
  await expect
    .poll(async () => {
      last = await pageMasks(page);
      return expected(last);
    })
    .toBe(true);
  return last as PageMasks;
}

const masksOf = (m: PageMasks, mark: string) => m.marked.filter((e) => e.mark === mark).map((e) => e.mask);

test("a team policy's masking modes, exclusions and custom pattern change what an open ESP tab masks and counts", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(SEGMENT);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-policy-id', 'builtin-defaults');

  // Built-in defaults: every address and phone is masked partially and counted; customer numbers are nothing.
  const before = await masksSettle(page, (m) => m.marked.filter((e) => e.mark !== 'custom').every((e) => e.mask === 'partial'));
  expect(masksOf(before, 'custom')).toEqual(['none', 'none', 'none', 'none']);
  expect(before.count).toBe(9); // five addresses, four phones

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('html[data-ready="1"]');
  await options
    .locator('#policy-file')
    .setInputFiles({ name: 'acme-privacy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(TEAM_POLICY)) });
  await expect(options.locator('#import-result')).toContainText('Applied “acme-privacy” v1');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-policy-id', 'acme-privacy');

  const after = await masksSettle(page, (m) => masksOf(m, 'custom').every((mask) => mask === 'full'));
  // Customers' addresses: masked in full. The organisation's own domain and its seed address: neither masked nor counted.
  expect(masksOf(after, 'email')).toEqual(['full', 'full']);
  expect(masksOf(after, 'own-domain')).toEqual(['none', 'none']);
  expect(masksOf(after, 'own-seed')).toEqual(['none']);
  // Phone masking off: shown, and still counted (the exposure report is about what is on screen).
  expect(masksOf(after, 'phone')).toEqual(['none', 'none', 'none', 'none']);
  // The custom pattern masks customer numbers; policy patterns are not part of the PII counts.
  expect(masksOf(after, 'custom')).toEqual(['full', 'full', 'full', 'full']);
  expect(after.count).toBe(6); // two customers' addresses, four phones
});
