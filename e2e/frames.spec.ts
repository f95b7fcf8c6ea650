import type { Frame, Page } from '@playwright/test';
import { DEFAULT_POLICY } from '../lib/policy/defaults';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';
import { broadcastPolicy } from './page-helpers';

/**
 * Klaviyo's editor with "Preview as" a profile: the rendered email, with that profile's data, is in a
 * same-origin preview frame (tests/fixtures/esp/klaviyo/campaign-preview.html, campaign-preview-frame.html);
 * a sign-up form preview is a cross-origin frame (forms-preview.html on forms.example.net).
 */
const PREVIEW = 'https://www.klaviyo.com/email-template-editor/campaign/01HPRVW/content/edit';
const PLANTED = /ava\.dummins@example\.org|555-0123|123 Example Street|4111 1111 1111 1111|mia\.testwell|555 0199/;

interface FrameMasks {
  /** Planted elements in this document: type and whether a Confidant highlight covers their text. */
  planted: { type: string; masked: boolean }[];
  /** Highlight ranges outside planted elements. */
  stray: number;
}

/** The masks a document shows, read from its own highlight registry. */
function masksIn(target: Page | Frame): Promise<FrameMasks> {
  return target.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const covered = new Set<Element>();
    let stray = 0;
    for (const [name, hl] of registry) {
      if (!name.startsWith('confidant-')) continue;
      for (const r of hl) {
        if (r.collapsed) continue;
        const owner = r.startContainer.parentElement?.closest('[data-pii]');
        if (owner) covered.add(owner);
        else stray++;
      }
    }
    const planted = Array.from(document.querySelectorAll('[data-pii]'), (el) => ({
      type: (el as HTMLElement).dataset.pii ?? '',
      masked: covered.has(el),
    }));
    return { planted, stray };
  });
}

function frameByTitle(page: Page, title: string): Promise<Frame> {
  return page
    .locator(`iframe[title="${title}"]`)
    .elementHandle()
    .then(async (el) => {
      const frame = await el?.contentFrame();
      if (!frame) throw new Error(`no frame titled ${title}`);
      return frame;
    });
}

const count = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.confidantCount));

test('same-origin preview frames the adapter names are masked and counted, also content and frames added later; a cross-origin frame is left alone', async ({
  context,
  background,
  extensionId,
  openPopup,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  // The preview frame arrives after the page is idle (as a rendered preview would), so the scan starts before it.
  let releaseFrame = () => {};
  const frameHeld = new Promise<void>((resolve) => (releaseFrame = resolve));
  await context.route('**/01HPRVW/content/preview-frame', async (route) => {
    await frameHeld;
    await route.fallback();
  });
  await page.goto(PREVIEW, { waitUntil: 'domcontentloaded' });
  await expect.poll(() => count(page)).toBe(1);
  releaseFrame();
  const preview = await frameByTitle(page, 'Email preview');
  const forms = await frameByTitle(page, 'Sign-up form preview');
  await expect(preview.locator('[data-pii="postal-address"]')).toBeVisible();
  await expect(forms.locator('[data-cross="email"]')).toBeVisible();

  // One email on the page itself, three values in the preview frame.
  await expect.poll(() => count(page)).toBe(4);
  const top = await masksIn(page);
  expect(top.planted).toEqual([{ type: 'email', masked: true }]);
  await expect.poll(async () => (await masksIn(preview)).planted.every((p) => p.masked)).toBe(true);
  const inFrame = await masksIn(preview);
  expect(inFrame.planted.map((p) => p.type)).toEqual(['email', 'phone', 'postal-address']);
  expect(inFrame.stray).toBe(0);

  // The badge and the popup count the frame's values with the page's.
  const badge = () =>
    background.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.klaviyo.com/*' });
      return chrome.action.getBadgeText({ tabId: tab?.id });
    });
  await expect.poll(badge).toBe('4');
  const popup = await openPopup(page);
  await expect(popup.locator('#exposure li[data-type="email"]')).toContainText('2 email addresses');
  await expect(popup.locator('#exposure li[data-type="phone"]')).toContainText('1 phone number');
  await expect(popup.locator('#exposure li[data-type="postal-address"]')).toContainText('1 postal address');
  await popup.close();

  // The editor adds a line inside the frame: masked and counted too.
  await page.click('#order-details');
  await expect.poll(() => count(page)).toBe(5);
  await expect
    .poll(async () => (await masksIn(preview)).planted)
    .toEqual([
      { type: 'email', masked: true },
      { type: 'phone', masked: true },
      { type: 'postal-address', masked: true },
      { type: 'payment-card', masked: true },
    ]);

  // A preview frame mounted after the scan started (srcdoc: same origin).
  await page.click('#mobile');
  await expect.poll(() => count(page)).toBe(7);
  const mobile = await frameByTitle(page, 'Email preview (mobile)');
  await expect
    .poll(async () => (await masksIn(mobile)).planted)
    .toEqual([
      { type: 'email', masked: true },
      { type: 'phone', masked: true },
    ]);

  // A frame removed: its values leave the counts.
  await page.click('#close-mobile');
  await expect.poll(() => count(page)).toBe(5);
  // "Preview as" another profile reloads the frame: the old document's values go, the new ones are scanned.
  await page.click('#switch-profile');
  await expect(preview.locator('#order')).toHaveCount(0);
  await expect.poll(() => count(page)).toBe(4);
  await expect.poll(async () => (await masksIn(preview)).planted.every((p) => p.masked)).toBe(true);

  // The cross-origin frame: nothing of Confidant's runs or draws there, its values are not counted.
  const cross = await forms.evaluate(() => ({
    highlights: Array.from((CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()),
    ui: document.querySelectorAll('[data-confidant-ui]').length,
    text: document.body.innerText,
  }));
  expect(cross.highlights).toEqual([]);
  expect(cross.ui).toBe(0);
  expect(cross.text).toContain('mia.testwell@example.com');
  expect(errors).toEqual([]);

  // The audit log saw each change of exposure, frames included, ending with the page as it is now
  // (while the preview reloads, only the page's own value is on screen, which may be logged too).
  const countsLogged = async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.visible').map((e) => e.counts);
  await expect.poll(async () => (await countsLogged()).at(-1)).toEqual({ email: 2, phone: 1, 'postal-address': 1 });
  const logged = await countsLogged();
  expect(logged.slice(0, 5)).toEqual([
    { email: 1 },
    { email: 2, phone: 1, 'postal-address': 1 },
    { email: 2, phone: 1, 'postal-address': 1, 'payment-card': 1 },
    { email: 3, phone: 2, 'postal-address': 1, 'payment-card': 1 },
    { email: 2, phone: 1, 'postal-address': 1, 'payment-card': 1 },
  ]);
  expect(logged.slice(5, -1)).toEqual(logged.length === 7 ? [{ email: 1 }] : []);
  const visible = (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.visible');
  expect(visible.every((e) => e.esp === 'klaviyo' && e.pageKind === 'campaign-editor')).toBe(true);
  const stored = await dumpExtensionStorage(context, extensionId, background);
  expect(stored).not.toMatch(PLANTED);
});

/** tests/fixtures/esp/klaviyo/campaign-preview-nested.html → campaign-preview-nested-frame.html → campaign-preview-block-frame.html */
test('a frame inside a preview frame is masked and counted too, and leaves the counts with it', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.klaviyo.com/email-template-editor/campaign/01HNEST/content/edit');
  const preview = await frameByTitle(page, 'Email preview');
  await expect(preview.locator('[data-pii="email"]')).toBeVisible();
  const block = preview.childFrames()[0];
  if (!block) throw new Error('no block frame inside the preview');
  await expect(block.locator('[data-pii="phone"]')).toBeVisible();

  // The email in the preview frame and the phone in the block frame inside it.
  await expect.poll(() => count(page)).toBe(2);
  await expect.poll(async () => (await masksIn(preview)).planted).toEqual([{ type: 'email', masked: true }]);
  await expect.poll(async () => (await masksIn(block)).planted).toEqual([{ type: 'phone', masked: true }]);
  expect((await masksIn(block)).stray).toBe(0);

  // Closing the preview removes both frames: their values leave the counts.
  await page.click('#close-preview');
  await expect.poll(() => count(page)).toBe(0);
});

test('inside a same-origin preview frame, a click reveals one value and the copy guard holds a copy until a reason is given', async ({
  context,
  background,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.klaviyo.com' });
  const page = await context.newPage();
  await page.goto(PREVIEW);
  await expect.poll(() => count(page)).toBe(4);
  await broadcastPolicy(background, 'https://www.klaviyo.com/*', { ...DEFAULT_POLICY, copyGuard: 'justify' as const });
  const preview = await frameByTitle(page, 'Email preview');
  await expect.poll(async () => (await masksIn(preview)).planted.every((p) => p.masked)).toBe(true);

  // Reveal the phone number in the frame.
  await page.frameLocator('iframe[title="Email preview"]').locator('[data-pii="phone"]').click();
  await expect
    .poll(async () => (await masksIn(preview)).planted)
    .toEqual([
      { type: 'email', masked: true },
      { type: 'phone', masked: false },
      { type: 'postal-address', masked: true },
    ]);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed'))
    .toEqual([expect.objectContaining({ esp: 'klaviyo', piiType: 'phone', count: 1 })]);

  // Copy the address line in the frame: held, then written after a reason.
  const selected = await preview.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('[data-pii="postal-address"]')?.parentElement as Node);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  });
  expect(selected).toContain('123 Example Street');
  await page.keyboard.press('Control+C');
  const dialog = page.frameLocator('iframe[title="Email preview"]').getByRole('dialog', { name: 'Reason to copy personal data' });
  await expect(dialog).toBeVisible();
  expect(await preview.evaluate(() => navigator.clipboard.readText())).not.toContain('123 Example Street');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Check the shipping label');
  await dialog.getByRole('button', { name: 'Copy with this reason' }).click();
  await expect.poll(() => preview.evaluate(() => navigator.clipboard.readText())).toBe(selected);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied'))
    .toEqual([expect.objectContaining({ decision: 'justified', reason: 'Check the shipping label', counts: { 'postal-address': 1 } })]);
  const stored = await dumpExtensionStorage(context, extensionId, background);
  expect(stored).not.toMatch(PLANTED);
});

/** Klaviyo's "Preview and test" panel in a same-origin frame (klaviyo/campaign-preview-fields.html, klaviyo/campaign-preview-fields-frame.html). */
test("a form field inside a same-origin preview frame is masked by the frame's own overlay and counted with the page", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('https://www.klaviyo.com/email-template-editor/campaign/01HFLDS/content/edit');
  const frame = await frameByTitle(page, 'Test preview');
  await expect.poll(() => count(page)).toBe(1);
  // The overlay is drawn in the frame's document, over the field's box there, and shows no value.
  const state = () =>
    frame.evaluate(() => {
      const field = document.querySelector('[data-pii="email"]') as HTMLInputElement;
      const r = field.getBoundingClientRect();
      const spans = Array.from(document.querySelector('confidant-field-masks')?.shadowRoot?.querySelectorAll('span') ?? []);
      return spans.map((s) => {
        const b = s.getBoundingClientRect();
        return {
          text: s.textContent ?? '',
          covers: b.left <= r.left + 3 && b.right >= r.right - 3 && b.top <= r.top + 3 && b.bottom >= r.bottom - 3,
        };
      });
    });
  await expect.poll(state).toEqual([{ text: 'n•••@e•••.net', covers: true }]);
});
