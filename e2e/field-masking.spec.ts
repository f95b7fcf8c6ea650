import type { Page } from '@playwright/test';
import { DEFAULT_POLICY } from '../lib/policy/defaults';
import { expect, readEvents, test } from './fixtures';
import { boxOf, broadcastPolicy, overlap, shownOverlays } from './page-helpers';

/** A contact's edit form: values in form fields, not text (tests/fixtures/esp/hubspot/contact-edit.html). */
const EDIT = 'https://app.hubspot.com/contacts/4455667/record/0-1/1201/edit';

interface FieldState {
  /** Each field marked data-pii: its type and whether an overlay covers its text box. */
  planted: { type: string; covered: boolean }[];
  /** Unmarked fields an overlay covers (decoys: company, order number, password …). */
  decoysCovered: number;
  overlays: string[];
  /** The marked fields' values, to check that no overlay shows one. */
  values: string[];
  count: number;
  masked: number;
}

/** What the user sees: which fields Confidant's overlays cover, read from the page itself. */
function fieldState(page: Page): Promise<FieldState> {
  return page.evaluate(() => {
    const layer = document.querySelector('confidant-field-masks')?.shadowRoot;
    const spans = Array.from(layer?.querySelectorAll('span') ?? []);
    const boxes = spans.map((s) => s.getBoundingClientRect());
    const covers = (field: Element) => {
      const r = field.getBoundingClientRect();
      const style = getComputedStyle(field);
      const inset = Number.parseFloat(style.borderLeftWidth);
      // The overlay must hide the field's whole text box (inside its border).
      return boxes.some(
        (b) =>
          b.left <= r.left + inset + 0.5 &&
          b.right >= r.right - inset - 0.5 &&
          b.top <= r.top + inset + 0.5 &&
          b.bottom >= r.bottom - inset - 0.5,
      );
    };
    // Fields in the document and in open shadow roots (a design system's web components).
    const trees: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < trees.length; i++) {
      for (const el of (trees[i] as Document | ShadowRoot).querySelectorAll('*')) if (el.shadowRoot) trees.push(el.shadowRoot);
    }
    const fields = trees.flatMap((tree) => Array.from(tree.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')));
    const marked = fields.filter((f) => f.dataset.pii);
    return {
      planted: marked.map((f) => ({ type: f.dataset.pii ?? '', covered: covers(f) })),
      decoysCovered: fields.filter((f) => !f.dataset.pii && covers(f)).length,
      overlays: spans.map((s) => s.textContent ?? ''),
      values: marked.map((f) => f.value),
      count: Number(document.documentElement.dataset.confidantCount),
      masked: Number(document.documentElement.dataset.confidantMasked),
    };
  });
}

async function settled(page: Page, fields: number, count = fields): Promise<FieldState> {
  let state: FieldState | undefined;
  await expect
    .poll(async () => {
      state = await fieldState(page);
      return [state.planted.length, state.planted.filter((p) => p.covered).length, state.count];
    })
    .toEqual([fields, fields, count]);
  return state as FieldState;
}

function noValueShown(state: FieldState): void {
  expect(state.decoysCovered).toBe(0);
  for (const value of state.values) {
    for (const overlay of state.overlays) expect(overlay.includes(value)).toBe(false);
  }
}

test('values in form fields are masked on screen and counted; values the page sets from script and fields added later too', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(EDIT);
  // Name, email, phone, street address, an address inside the notes, and an email in a web component's shadow root.
  const first = await settled(page, 6);
  expect(first.masked).toBe(6);
  // The page's exposure is logged once, fields and text together (not the fields first, then the page).
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.visible').map((e) => e.counts))
    .toEqual([{ 'person-name': 1, email: 3, phone: 1, 'postal-address': 1 }]);
  expect(first.overlays).toEqual(expect.arrayContaining(['a•••@e•••.org', '•••42']));
  expect(first.overlays.some((o) => o.startsWith('Met at the spring fair.') && o.includes('a•••@e•••.net'))).toBe(true);
  noValueShown(first);

  // The next record's values are set through the property: no event, no mutation.
  await page.click('#next');
  await expect.poll(async () => (await fieldState(page)).overlays).toContain('n•••@e•••.net');
  const next = await settled(page, 6);
  expect(next.overlays).toContain('•••86');
  noValueShown(next);

  // A field added to the form is found, masked and counted.
  await page.click('#add');
  noValueShown(await settled(page, 7));
});

test('clicking or tabbing into a masked field reveals that field only and logs pii.revealed; the user can then edit it', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(EDIT);
  await settled(page, 6);
  await page.click('#email');
  await expect.poll(async () => (await fieldState(page)).planted.filter((p) => !p.covered).map((p) => p.type)).toEqual(['email']);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed'))
    .toEqual([expect.objectContaining({ piiType: 'email', count: 1, esp: 'hubspot' })]);
  // The user's own edit stays revealed; the other fields stay masked.
  await page.keyboard.press('End');
  await page.keyboard.type('.uk');
  await expect(page.locator('#email')).toHaveValue('ava.dummins0@example.org.uk');
  await page.keyboard.press('Tab'); // into the phone field: revealed as well
  await expect.poll(async () => (await fieldState(page)).planted.filter((p) => !p.covered).map((p) => p.type)).toEqual(['email', 'phone']);
  // A field inside a web component's shadow root is revealed the same way.
  await page.locator('assistant-field input').click();
  await expect
    .poll(async () => (await fieldState(page)).planted.filter((p) => !p.covered).map((p) => p.type))
    .toEqual(['email', 'phone', 'email']);
  const state = await fieldState(page);
  expect(state.masked).toBe(3);
  expect(state.count).toBe(6);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed').map((e) => e.piiType))
    .toEqual(['email', 'phone', 'email']);
  const events = await readEvents(context, extensionId);
  expect(JSON.stringify(events)).not.toMatch(/example\.org|555-0142/);
});

test('when policy requires a reason, a click on a masked field asks for one; cancelling keeps it masked', async ({
  context,
  extensionId,
  background,
}) => {
  const page = await context.newPage();
  await page.goto(EDIT);
  await settled(page, 6);
  await broadcastPolicy(background, 'https://app.hubspot.com/*', { ...DEFAULT_POLICY, revealRequiresReason: true });
  await settled(page, 6);

  await page.click('#email');
  const reason = page.locator('confidant-prompt input');
  await expect(reason).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reason).toBeHidden();
  await expect.poll(async () => (await fieldState(page)).planted.every((p) => p.covered)).toBe(true);
  expect(await readEvents(context, extensionId).then((events) => events.filter((e) => e.kind === 'pii.revealed'))).toEqual([]);

  await page.click('[name="contact[phone_number]"]');
  await expect(reason).toBeVisible();
  await reason.fill('Confirming the number with the customer');
  await page.locator('confidant-prompt button[type="submit"]').click();
  await expect.poll(async () => (await fieldState(page)).planted.filter((p) => !p.covered).map((p) => p.type)).toEqual(['phone']);
  await expect(page.locator('[name="contact[phone_number]"]')).toBeFocused();
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed'))
    .toEqual([expect.objectContaining({ piiType: 'phone', decision: 'justified', reason: 'Confirming the number with the customer' })]);
});

test("a field's overlay is not drawn over a listbox the page opens over it; the part beside the listbox stays masked", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(EDIT);
  await settled(page, 6);
  const overlays = () => shownOverlays(page, 'confidant-field-masks');

  await page.click('#owner');
  const list = await boxOf(page, '#owner-list');
  const email = await boxOf(page, '#email');
  // Drawn as before, the email and phone fields' overlays covered the listbox's options.
  expect(overlap(email, list)).toBe(true);
  await expect.poll(async () => (await overlays()).filter((o) => overlap(o, list)).length).toBe(0);
  // The email field's part right of the listbox still shows its overlay, not the field's value.
  const beside = (await overlays()).filter((o) => overlap(o, email));
  expect(beside.length).toBe(1);
  expect(beside[0]?.left).toBeGreaterThanOrEqual(list.right - 0.5);
  expect(beside[0]?.right).toBeGreaterThanOrEqual(email.right - 3);
  noValueShown(await fieldState(page));

  // Closed by choosing an option: every field is covered whole again.
  await page.click('#owner-none');
  await settled(page, 6);
});

/** A modal <dialog> and a popover, both in the browser's top layer (tests/fixtures/esp/hubspot/contact-dialogs.html). */
const DIALOGS = 'https://app.hubspot.com/contacts/4455667/record/0-1/1202';

/**
 * The share of the pixels of the element's box, as the screen shows it, within a small distance of
 * `rgb`. Read from a real screenshot, decoded in the page: only the pixels tell what is painted on
 * top, and the top layer is painted above every z-index.
 */
async function colourShare(page: Page, selector: string, rgb: [number, number, number], inset = 4): Promise<number> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  const clip = { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ({ png, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.abs((data[i] ?? 0) - rgb[0]) + Math.abs((data[i + 1] ?? 0) - rgb[1]) + Math.abs((data[i + 2] ?? 0) - rgb[2]);
        if (d < 24) near++;
      }
      return near / (data.length / 4);
    },
    { png, rgb },
  );
}

/** The overlays' background and text colours (field-masks.ts, masker.ts). */
const OVERLAY_BACKGROUND: [number, number, number] = [236, 233, 247];
const OVERLAY_TEXT: [number, number, number] = [75, 63, 114];

test('a field and a value in a modal <dialog> or a popover, painted above every z-index, are masked there too', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(DIALOGS);
  // The dialog's address and field, and the popover's, found while closed.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '3');
  const inTopLayer = () =>
    page.evaluate(() =>
      ['confidant-masks', 'confidant-field-masks'].map((tag) => document.querySelector(tag)?.matches(':popover-open') ?? false),
    );
  expect(await inTopLayer()).toEqual([false, false]);

  await page.click('#open-edit');
  // The field shows its overlay, not its own white box and value; the address shows its masked form.
  await expect.poll(() => colourShare(page, '#new-address', OVERLAY_BACKGROUND)).toBeGreaterThan(0.5);
  await expect.poll(() => colourShare(page, '#current', OVERLAY_TEXT, 0)).toBeGreaterThan(0.02);
  expect(await inTopLayer()).toEqual([true, true]);
  // The dialog focused its field as it opened, just after the user's click on "Edit email": that
  // focus is not a click into the field, and reveals nothing.
  await expect(page.locator('#new-address')).toBeFocused();
  const reveals = async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed').length;
  expect(await reveals()).toBe(0);
  // A click into the field does reveal it, in the dialog.
  await page.click('#new-address');
  await expect.poll(() => colourShare(page, '#new-address', OVERLAY_BACKGROUND)).toBeLessThan(0.05);
  await expect.poll(reveals).toBe(1);

  // Closed: the layers leave the top layer.
  await page.click('#close-edit');
  await expect.poll(inTopLayer).toEqual([false, false]);

  // A popover opened by its button (no script, no attribute changed) is found by its toggle event.
  await page.click('#owner-button');
  await expect.poll(() => colourShare(page, '#owner', OVERLAY_TEXT, 0)).toBeGreaterThan(0.02);
  expect((await inTopLayer())[0]).toBe(true);
});
