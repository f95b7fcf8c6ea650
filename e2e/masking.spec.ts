import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_POLICY } from '../lib/policy/defaults';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';
import { boxOf, broadcastPolicy, copyContents, overlap, shownOverlays } from './page-helpers';

/** Contact view with every PII type planted (tests/fixtures/esp/mailchimp/contacts-all-types.html). */
const CONTACTS = 'https://us6.admin.mailchimp.com/lists/members/view?id=445566';

interface MaskState {
  /** Planted elements: their type and whether a highlight range covers their text. */
  planted: { type: string; masked: boolean }[];
  /** Highlight ranges that fall outside any planted element. */
  stray: string[];
  count: number;
}

/**
 * Reads the page's highlight registry from the page itself: what the user sees is masked. Planted
 * values are looked for in the document and in every open shadow root, nested ones too.
 */
function maskState(page: Page): Promise<MaskState> {
  return page.evaluate(() => {
    // Closed roots are out of a page script's reach: the fixture hands its own over (contacts-web-components.html).
    const closed = (window as unknown as { __closedRoots?: ShadowRoot[] }).__closedRoots ?? [];
    const trees: (Document | ShadowRoot)[] = [document, ...closed];
    for (let i = 0; i < trees.length; i++) {
      for (const el of (trees[i] as Document | ShadowRoot).querySelectorAll('*')) if (el.shadowRoot) trees.push(el.shadowRoot);
    }
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges: Range[] = [];
    for (const [name, hl] of registry) if (name.startsWith('confidant-')) ranges.push(...hl);
    const live = ranges.filter((r) => !r.collapsed);
    const covered = new Set<Element>();
    const stray: string[] = [];
    for (const r of live) {
      const owner = r.startContainer.parentElement?.closest('[data-pii]');
      if (owner) covered.add(owner);
      else stray.push(r.startContainer.parentElement?.tagName ?? '?');
    }
    const planted = trees.flatMap((tree) =>
      Array.from(tree.querySelectorAll<HTMLElement>('[data-pii]'), (el) => ({ type: el.dataset.pii ?? '', masked: covered.has(el) })),
    );
    return { planted, stray, count: Number(document.documentElement.dataset.confidantCount) };
  });
}

async function settled(page: Page, planted: number): Promise<MaskState> {
  let state: MaskState | undefined;
  await expect
    .poll(async () => {
      state = await maskState(page);
      return state.planted.length === planted && state.planted.filter((p) => p.type !== 'ip-address').every((p) => p.masked);
    })
    .toBe(true);
  return state as MaskState;
}

test('every planted PII type is masked and counted, decoys are not, and masks survive re-render, paging and SPA navigation', async ({
  context,
  extensionId,
  background,
}) => {
  const page = await context.newPage();
  await page.goto(CONTACTS);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', /\d+/);
  const first = await settled(page, 33);
  // IP addresses are counted but not masked: the built-in policy leaves ip-address masking off.
  expect(first.planted.filter((p) => p.type === 'ip-address').every((p) => !p.masked)).toBe(true);
  expect(first.stray).toEqual([]);
  expect(first.count).toBe(33);
  const types = new Set(first.planted.map((p) => p.type));
  expect(types.size).toBe(10);

  // Sorting re-renders every row with new text nodes.
  await page.click('#sort');
  const sorted = await settled(page, 33);
  expect(sorted.stray).toEqual([]);
  // Infinite scroll / "load more": appended rows are masked too.
  await page.click('#more');
  const more = await settled(page, 43);
  expect(more.stray).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '43');
  // SPA page change: a fresh scan of the new page view.
  await page.click('#next');
  await expect(page).toHaveURL(/page=2/);
  const next = await settled(page, 13);
  expect(next.stray).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '13');

  const events = await readEvents(context, extensionId);
  const visible = events.filter((e) => e.kind === 'pii.visible');
  expect(visible.length).toBeGreaterThanOrEqual(2);
  expect(visible[0]).toMatchObject({ esp: 'mailchimp', pageKind: 'contact', counts: { email: 3, phone: 5, iban: 3, 'payment-card': 3 } });
  const stored = await dumpExtensionStorage(context, extensionId, background);
  expect(stored).not.toMatch(/@example\.(com|org|net)|4111|555-0123|DE89|078-05/);
});

test('clicking a masked value reveals only that value and logs pii.revealed; copying masked values logs pii.copied', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(CONTACTS);
  await settled(page, 33);
  const email = page.locator('td[data-pii="email"]').first();
  const before = await page.evaluate(() => Number(document.documentElement.dataset.confidantMasked));
  await email.click();
  await expect.poll(async () => (await maskState(page)).planted.filter((p) => p.type === 'email' && !p.masked).length).toBe(1);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed'))
    .toEqual([expect.objectContaining({ piiType: 'email', count: 1, esp: 'mailchimp', pageKind: 'contact' })]);
  const afterReveal = await maskState(page);
  expect(afterReveal.planted.filter((p) => p.type !== 'ip-address' && !p.masked)).toHaveLength(1);
  expect(before).toBeGreaterThan(0);
  // The page's masked total drops at once; its counts of values on screen do not.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-masked', String(before - 1));
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '33');

  // Select the first row and copy it (the built-in policy observes copies).
  await page.evaluate(() => {
    const row = document.querySelector('#contacts tbody tr:nth-child(2)');
    const range = document.createRange();
    range.selectNodeContents(row as Node);
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    document.execCommand('copy');
  });
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied'))
    .toEqual([
      expect.objectContaining({ decision: 'observed', counts: expect.objectContaining({ email: 1, phone: 1, 'payment-card': 1 }) }),
    ]);
  const events = JSON.stringify(await readEvents(context, extensionId));
  expect(events).not.toMatch(/@example\.|5555 5555|GB82/);
});

test('when policy requires a reason, a reveal asks for one and logs it; a blocking copy guard puts only masks on the clipboard', async ({
  context,
  extensionId,
  background,
}) => {
  const page = await context.newPage();
  await page.goto(CONTACTS);
  await settled(page, 33);
  // The background broadcasts a new policy as it will when a team policy is applied.
  await broadcastPolicy(background, 'https://us6.admin.mailchimp.com/*', {
    ...DEFAULT_POLICY,
    revealRequiresReason: true,
    copyGuard: 'block' as const,
  });
  await settled(page, 33);

  await page.locator('td[data-pii="phone"]').first().click();
  const reason = page.locator('confidant-prompt input');
  await expect(reason).toBeVisible();
  await reason.fill('Customer asked us to confirm their number');
  await page.locator('confidant-prompt button[type="submit"]').click();
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed'))
    .toEqual([
      expect.objectContaining({ piiType: 'phone', count: 1, decision: 'justified', reason: 'Customer asked us to confirm their number' }),
    ]);

  const copied = await copyContents(page, '#contacts tbody tr:nth-child(3)');
  expect(copied).toContain('m•••@e•••.com');
  expect(copied).not.toContain('mia.testwell@example.com');
  expect(copied).not.toContain('6011 1111 1111 1117');
  expect(copied).not.toContain('555 0199');
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied'))
    .toEqual([expect.objectContaining({ decision: 'blocked', counts: expect.objectContaining({ email: 1 }) })]);
});

/** HubSpot-style contact cards rendered by web components into open and closed shadow roots (contacts-web-components.html). */
const CARDS = 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/cards/list';

test('values inside open shadow roots, nested ones and ones a component renders later, and closed shadow roots are masked, counted and revealed', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(CARDS);
  // The owner's address in the page, two cards of two values each, a note inside each card's own
  // component, and the account manager's address in a closed shadow root.
  await expect
    .poll(async () => {
      const state = await maskState(page);
      return [state.planted.length, state.planted.every((p) => p.masked), state.count];
    })
    .toEqual([8, true, 8]);
  // A card added later attaches its shadow root after the scan: it is found and masked as well.
  await page.click('#add');
  await expect
    .poll(async () => {
      const state = await maskState(page);
      return [state.planted.length, state.planted.every((p) => p.masked), state.count];
    })
    .toEqual([11, true, 11]);

  // A click reveals a value inside an open shadow root, and one inside the closed root, as anywhere else.
  await page.locator('contact-card').first().locator('dd[data-pii="email"]').click();
  const badge = await page.locator('account-badge').boundingBox();
  if (!badge) throw new Error('the account badge is not on screen');
  await page.mouse.click(badge.x + badge.width - 20, badge.y + badge.height / 2);
  await expect.poll(async () => (await maskState(page)).planted.filter((p) => !p.masked).length).toBe(2);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed').map((e) => e.piiType))
    .toEqual(['email', 'email']);
});

test("a copy of web components holds their shadow roots' text: the copy guard counts it, and a blocked copy masks it", async ({
  context,
  extensionId,
  background,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://app.hubspot.com' });
  const page = await context.newPage();
  await page.goto(CARDS);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '8');
  // From the first card to the end of the list: every value there is in a shadow root, which the
  // selection's toString() leaves out but the browser's copy does not.
  const copyCards = async () => {
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector('contact-card') as Node);
      range.setEndAfter((document.getElementById('cards') as HTMLElement).lastElementChild as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.press('Control+C');
  };
  const copies = async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied');
  const cardValues = { email: 2, phone: 4 };

  // Observed (the default): the copy goes through as the browser made it, and is logged with the cards' values.
  await copyCards();
  await expect.poll(copies).toEqual([expect.objectContaining({ decision: 'observed', counts: cardValues })]);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('noah.sampleton@example.net');

  // Blocked: the clipboard gets the cards' text with every value masked, and none of the values.
  await broadcastPolicy(background, 'https://app.hubspot.com/*', { ...DEFAULT_POLICY, copyGuard: 'block' as const });
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '8');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await expect
    .poll(async () => {
      await copyCards();
      return page.evaluate(() => navigator.clipboard.readText());
    })
    .toContain('a•••@e•••.org');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('n•••@e•••.net');
  expect(copied).toContain('Call back on •••21');
  expect(copied).not.toMatch(/ava|noah|example|555|7946/i);
  expect((await copies()).at(-1)).toEqual(expect.objectContaining({ decision: 'blocked', counts: cardValues }));
});

test('on screen a partial mask shows the masked form (a•••@e•••.org) over the value, and no overlay holds a value', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(CONTACTS);
  await settled(page, 33);
  const read = () =>
    page.evaluate(() => {
      const layer = document.querySelector('confidant-masks')?.shadowRoot;
      const overlays = Array.from(layer?.querySelectorAll('span') ?? [], (s) => s.textContent ?? '');
      const planted = Array.from(document.querySelectorAll<HTMLElement>('[data-pii]'), (el) => el.textContent ?? '');
      return { overlays, planted };
    });
  await expect.poll(async () => (await read()).overlays).toContain('a•••@e•••.org');
  const { overlays, planted } = await read();
  expect(overlays).toEqual(expect.arrayContaining(['n•••@e•••.net', '•••23']));
  for (const value of planted) expect(overlays.some((o) => o.includes(value))).toBe(false);
});

/** Contact search results whose values the page splits with <mark>, <b> and <span> (search-results.html). */
const SEARCH = 'https://us6.admin.mailchimp.com/lists/members/search?q=ava';

/**
 * Characters of the planted values that no Confidant highlight covers (white space aside), and the
 * page's count: a value split across elements must be masked whole, not in part.
 */
function uncoveredCharacters(page: Page): Promise<{ uncovered: number; values: number; count: number }> {
  return page.evaluate(() => {
    const covered = new Map<Node, [number, number][]>();
    for (const [name, hl] of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights) {
      if (!name.startsWith('confidant-')) continue;
      for (const r of hl) {
        if (r.startContainer !== r.endContainer) continue;
        const spans = covered.get(r.startContainer) ?? [];
        spans.push([r.startOffset, r.endOffset]);
        covered.set(r.startContainer, spans);
      }
    }
    let uncovered = 0;
    const planted = document.querySelectorAll('[data-pii]');
    for (const el of planted) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        const spans = covered.get(t) ?? [];
        for (let i = 0; i < t.data.length; i++) {
          if (/\s/.test(t.data[i] ?? '')) continue;
          if (!spans.some(([s, e]) => s <= i && i < e)) uncovered++;
        }
      }
    }
    return { uncovered, values: planted.length, count: Number(document.documentElement.dataset.confidantCount) };
  });
}

test('a value split by the page across <mark>, <b> and <span> is masked whole and counted once, after re-renders and edits too', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(SEARCH);
  const whole = { uncovered: 0, values: 13, count: 13 };
  await expect.poll(() => uncoveredCharacters(page)).toEqual(whole);
  // Another query: the page re-renders every value with its marks in other places.
  await page.click('#requery');
  await expect.poll(() => uncoveredCharacters(page)).toEqual(whole);
  // A text node inside a split phone number changes in place.
  await page.click('#edit');
  await expect.poll(() => uncoveredCharacters(page)).toEqual(whole);
});

test('a split value is one value: drawn as one masked form, revealed whole by one click, copied and counted once', async ({
  context,
  extensionId,
  background,
}) => {
  const page = await context.newPage();
  await page.goto(SEARCH);
  await expect.poll(() => uncoveredCharacters(page)).toEqual({ uncovered: 0, values: 13, count: 13 });
  const overlays = () =>
    page.evaluate(() =>
      Array.from(document.querySelector('confidant-masks')?.shadowRoot?.querySelectorAll('span') ?? [], (s) => s.textContent),
    );
  // One overlay per value, each the masked form of the whole value (not `a•••` over the marked part and `•••` after it).
  await expect.poll(async () => (await overlays()).length).toBe(13);
  expect(await overlays()).toEqual(expect.arrayContaining(['a•••@e•••.org', '•••23', 'A•••', 'l•••@e•••.com', '•••21']));

  // A click on the marked part of the first address reveals the whole address, logged once.
  await page.locator('#results tbody tr:first-child td[data-pii="email"] mark').click();
  await expect.poll(async () => (await uncoveredCharacters(page)).uncovered).toBe('ava.dummins@example.org'.length);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed'))
    .toEqual([expect.objectContaining({ piiType: 'email', count: 1 })]);

  // With a blocking copy guard, copying the second row puts each split value's whole mask on the
  // clipboard (`n•••@e•••.net`, not a mask per piece) and counts it once.
  await broadcastPolicy(background, 'https://us6.admin.mailchimp.com/*', { ...DEFAULT_POLICY, copyGuard: 'block' as const });
  await expect.poll(() => uncoveredCharacters(page)).toEqual({ uncovered: 0, values: 13, count: 13 });
  const copied = await copyContents(page, '#results tbody tr:nth-child(2)');
  expect(copied).toContain('n•••@e•••.net');
  expect(copied).toContain('•••58');
  expect(copied).not.toMatch(/noah|sampleton|example|7946|0958/i);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied'))
    .toEqual([expect.objectContaining({ decision: 'blocked', counts: { email: 1, phone: 1, 'person-name': 1 } })]);

  // Text the page scan skips (a <pre> import log) is read by the copy guard itself: no address leaves either.
  const log = await copyContents(page, '#import-log');
  expect(log).toBe('Imported row 2: g•••@e•••.org (duplicate, skipped)');
  await expect.poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied').length).toBe(2);
  expect((await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.copied')[1]).toEqual(
    expect.objectContaining({ decision: 'blocked', counts: { email: 1 } }),
  );
});

/** A contact list in a scrolling panel, with a column whose cells cut their text off (contacts-panel.html). */
const PANEL = 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/panel/list';

test('partial masks stay inside the scrolling panel and the clipping cells that hold their values, and off its sticky header', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PANEL);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  // Scrolled so that the 16th row sits under the sticky header, halfway down it.
  await page.locator('#panel').evaluate((panel) => {
    const head = (panel.querySelector('thead') as HTMLElement).getBoundingClientRect();
    const row = (panel.querySelectorAll('tbody tr')[15] as HTMLElement).getBoundingClientRect();
    panel.scrollTop += (row.top + row.bottom) / 2 - (head.top + head.bottom) / 2;
  });
  // What each overlay shows (its box cut by its clip-path), beside the panel's and the cells' boxes.
  const read = () =>
    page
      .evaluate(() => {
        const panel = document.getElementById('panel') as HTMLElement;
        const p = panel.getBoundingClientRect();
        const inner = { left: p.left + panel.clientLeft, top: p.top + panel.clientTop };
        const bounds = { ...inner, right: inner.left + panel.clientWidth, bottom: inner.top + panel.clientHeight };
        const cutRight = Math.max(...Array.from(document.querySelectorAll('td.cut'), (td) => td.getBoundingClientRect().right));
        const head = (document.querySelector('thead') as HTMLElement).getBoundingClientRect();
        return { bounds, cutRight, headBottom: head.bottom };
      })
      .then(async (boxes) => ({ ...boxes, shown: await shownOverlays(page) }));
  await expect.poll(async () => (await read()).shown.some((s) => s.text === '•••17')).toBe(true);
  const { bounds, cutRight, shown, headBottom } = await read();
  expect(shown.length).toBeGreaterThan(10);
  for (const s of shown) {
    expect(s.top).toBeGreaterThanOrEqual(bounds.top - 0.5);
    expect(s.bottom).toBeLessThanOrEqual(bounds.bottom + 0.5);
    expect(s.right).toBeLessThanOrEqual(Math.max(bounds.right, cutRight) + 0.5);
  }
  // The cut-off column's masks end where its cells do.
  expect(shown.filter((s) => s.text.endsWith('.net')).every((s) => s.right <= cutRight + 0.5)).toBe(true);
  // The sticky column header stays readable: no masked form is drawn over it.
  for (const s of shown) expect((s.top + s.bottom) / 2).toBeGreaterThan(headBottom);
  // Rows scrolled out of the panel have no overlay at all, nor the row under the header.
  expect(shown.some((s) => s.text === '•••00')).toBe(false);
  expect(shown.some((s) => s.text === '•••15')).toBe(false);
});

test("partial masks are not drawn over the page's own menus and dialogs, and come back when they close", async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PANEL);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  await expect.poll(async () => (await shownOverlays(page)).length).toBeGreaterThan(10);
  const before = await shownOverlays(page);

  // An "Actions" menu the page keeps in the document opens over the table by losing `hidden`.
  await page.click('#actions');
  const menu = await boxOf(page, '#actions-menu');
  // Masked values sat where the menu opens: drawn as they were, they covered its items.
  expect(before.filter((s) => overlap(s, menu)).length).toBeGreaterThan(2);
  await expect.poll(async () => (await shownOverlays(page)).filter((s) => overlap(s, menu)).length).toBe(0);
  // The values beside the menu keep their masked forms (cut at the menu's edge, not dropped).
  const besideMenu = await shownOverlays(page);
  expect(besideMenu.length).toBeGreaterThan(10);
  expect(besideMenu.some((s) => s.text === 'a•••@e•••.org' && s.right <= menu.left + 0.5)).toBe(true);

  // A modal dialog mounted at the end of <body>, with a backdrop over the page: only the value in
  // the dialog is drawn, inside it; the table's values stay masked by the highlight alone.
  await page.click('#open-export');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '121');
  const dialog = await boxOf(page, '#export-dialog');
  await expect.poll(async () => (await shownOverlays(page)).map((s) => s.text)).toEqual(['o•••@e•••.com']);
  const [inDialog] = await shownOverlays(page);
  expect(
    inDialog &&
      inDialog.left >= dialog.left &&
      inDialog.right <= dialog.right &&
      inDialog.top >= dialog.top &&
      inDialog.bottom <= dialog.bottom,
  ).toBe(true);

  // Closed, the table's overlays come back as they were.
  await page.click('#close-export');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  await expect.poll(async () => (await shownOverlays(page)).length).toBe(before.length);
});

/** A contact table in a panel that scrolls sideways under a frozen Name column, with dropdowns that have no role (contacts-frozen-column.html). */
const FROZEN = 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/frozen/list';

test('columns scrolled sideways under a frozen column have no masked form drawn over it, nor over dropdowns with no role kept beside their toggles or far from them, or opened by hover', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(FROZEN);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  await expect.poll(async () => (await shownOverlays(page)).length).toBeGreaterThan(20);
  const before = await shownOverlays(page);
  const isName = (text: string) => !text.includes('@') && !text.startsWith('•••');

  // The panel scrolls sideways: the Email column slides under the frozen Name column.
  await page.evaluate(() => {
    (document.getElementById('panel') as HTMLElement).scrollLeft = 160;
  });
  const frozen = await boxOf(page, '#rows tr:first-child td.frozen');
  const panel = await boxOf(page, '#panel');
  const column = { ...frozen, top: panel.top, bottom: panel.bottom };
  const emailCell = await boxOf(page, '#rows tr:first-child td:nth-child(2)');
  expect(emailCell.left).toBeLessThan(frozen.right - 50);
  await expect
    .poll(async () => (await shownOverlays(page)).filter((o) => overlap(o, column) && !isName(o.text)).map((o) => o.text))
    .toEqual([]);
  // The frozen names keep their own masked forms, and the columns beside them theirs.
  const scrolled = await shownOverlays(page);
  expect(scrolled.filter((o) => overlap(o, column) && isName(o.text)).length).toBeGreaterThan(4);
  expect(scrolled.filter((o) => o.text.endsWith('.org')).length).toBeGreaterThan(4);

  // Dropdowns kept in the document and opened by a class, with no role: one whose toggle has
  // aria-expanded, one opened from a plain element with a click handler, one far from its toggle.
  await page.evaluate(() => {
    (document.getElementById('panel') as HTMLElement).scrollLeft = 0;
  });
  await expect.poll(async () => (await shownOverlays(page)).length).toBe(before.length);
  for (const [toggle, menuId] of [
    ['#columns-toggle', '#columns-menu'],
    ['#views-toggle', '#views-menu'],
    // Kept far from its toggle (in the footer), with no role and no aria-controls.
    ['#more-toggle', '#more-menu'],
  ] as const) {
    await page.click(toggle);
    const menu = await boxOf(page, menuId);
    expect(before.filter((o) => overlap(o, menu)).length).toBeGreaterThan(2);
    await expect.poll(async () => (await shownOverlays(page)).filter((o) => overlap(o, menu)).length).toBe(0);
    await page.click(toggle);
    await expect.poll(async () => (await shownOverlays(page)).length).toBe(before.length);
  }
  // A menu that opens on hover alone (CSS :hover): no click, no attribute change.
  await page.hover('#help-toggle');
  const help = await boxOf(page, '#help-menu');
  expect(before.filter((o) => overlap(o, help)).length).toBeGreaterThan(2);
  await expect.poll(async () => (await shownOverlays(page)).filter((o) => overlap(o, help)).length).toBe(0);
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await shownOverlays(page)).length).toBe(before.length);
});

test("the status bubble of a hovered or focused mail or phone link shows its address masked, and a click still reads the link's own address", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(FROZEN);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  const mail = page.locator('#rows tr:nth-child(3) a[href^="mailto:"]');
  const phone = page.locator('#rows tr:nth-child(3) a[href^="tel:"]');
  await expect(mail).toHaveAttribute('href', 'mailto:customer.person2@example.com');
  // The pointer over the link: the address the browser shows is masked.
  await mail.hover();
  await expect(mail).toHaveAttribute('href', 'mailto:c•••@e•••.com');
  await phone.hover();
  await expect(phone).not.toHaveAttribute('href', /555/);
  await expect(mail).toHaveAttribute('href', 'mailto:customer.person2@example.com');
  // Links hold no new values: the cells' text already counts them.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  // A first click reveals the value (reveal.ts); the next one follows the link, and the app's own
  // click handler reads its real address. The link is masked again after.
  await mail.click();
  expect(await page.evaluate(() => (window as unknown as { composerFor?: string }).composerFor)).toBeUndefined();
  await mail.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { composerFor?: string }).composerFor))
    .toBe('mailto:customer.person2@example.com');
  await expect(mail).toHaveAttribute('href', 'mailto:c•••@e•••.com');
  // The click left the focus on the link, which shows its address as well: masked until it leaves.
  await page.locator('#toolbar').hover();
  await expect(mail).toHaveAttribute('href', 'mailto:c•••@e•••.com');
  await page.locator('#columns-toggle').focus();
  await expect(mail).toHaveAttribute('href', 'mailto:customer.person2@example.com');
  // Tabbing to a link: masked while it has the focus.
  await mail.focus();
  await expect(mail).toHaveAttribute('href', 'mailto:c•••@e•••.com');
  await page.locator('#columns-toggle').focus();
  await expect(mail).toHaveAttribute('href', 'mailto:customer.person2@example.com');
});

/** A Klaviyo profile: the contact's name is the page's heading and its title (tests/fixtures/esp/klaviyo/profile.html). */
const PROFILE = 'https://www.klaviyo.com/profile/01HABCDEF';

test("a contact record's name in its heading is masked and counted, and its tab title shows it masked, also after the app changes contact", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PROFILE);
  // The address, the phone and the heading's name.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '3');
  await expect(page).toHaveTitle('A••• | klaviyo');
  await expect.poll(async () => (await shownOverlays(page)).map((o) => o.text)).toContain('A•••');
  const heading = await boxOf(page, 'h1');
  const overHeading = (await shownOverlays(page)).filter((o) => overlap(o, heading));
  expect(overHeading.map((o) => o.text)).toEqual(['A•••']);

  // The app shows another contact in place: a new heading, then a new title.
  await page.evaluate(() => {
    (document.querySelector('h1') as HTMLElement).textContent = 'Liam Okafor';
    document.title = 'Liam Okafor | klaviyo';
  });
  await expect(page).toHaveTitle('L••• | klaviyo');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '3');
});

test("a page that is no contact's record keeps its heading and title: an audience's heading is no one's name", async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PANEL);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  await expect(page).toHaveTitle('Contacts | HubSpot');
  const heading = await boxOf(page, '#header');
  expect((await shownOverlays(page)).filter((o) => overlap(o, heading))).toEqual([]);
});

test("the browser's tooltip of a cut-off cell shows its value masked while the pointer is over it, and the page's title comes back after", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PANEL);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  const cell = page.locator('td.cut').nth(2);
  await expect(cell).toHaveAttribute('title', 'accounts.payable.team2@example.net');
  await cell.hover();
  await expect(cell).toHaveAttribute('title', 'a•••@e•••.net');
  // Titles are not counted: the cell's text already is.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  // Moving to the next cut-off cell masks that one and gives the first its own title back.
  const next = page.locator('td.cut').nth(3);
  await next.hover();
  await expect(next).toHaveAttribute('title', 'a•••@e•••.net');
  await expect(cell).toHaveAttribute('title', 'accounts.payable.team2@example.net');
  await page.locator('#header').hover();
  await expect(next).toHaveAttribute('title', 'accounts.payable.team3@example.net');
});

/** An audience page whose window scrolls under a fixed app bar and a sticky filter bar (mailchimp/audience-app-bar.html). */
const APP_BAR = 'https://us6.admin.mailchimp.com/lists/members/app-bar?id=445566';

test("rows scrolled under the page's fixed app bar, its tabs pinned from script and its sticky filter bar have no masked form drawn over them, nor over a dropdown with no role; a click-through toast container hides none", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(APP_BAR);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '160');
  await expect.poll(async () => (await shownOverlays(page)).length).toBeGreaterThan(20);
  // The window scrolls: rows pass under the fixed app bar and the sticky filter bar.
  await page.evaluate(() => window.scrollTo(0, 400));
  await expect(page.locator('#tabs')).toHaveClass('stuck');
  const bar = await boxOf(page, '#app-bar');
  const tabs = await boxOf(page, '#tabs');
  const filters = await boxOf(page, '#filters');
  const rowsUnderBars = await page.evaluate(
    (bottom) => Array.from(document.querySelectorAll('#rows td')).filter((td) => td.getBoundingClientRect().top < bottom).length,
    filters.bottom,
  );
  expect(rowsUnderBars).toBeGreaterThan(4);
  // Rows pass under the tabs pinned to the bottom, too.
  const rowsUnderTabs = await page.evaluate(
    (top) =>
      Array.from(document.querySelectorAll('#rows td')).filter(
        (td) => td.getBoundingClientRect().bottom > top && td.getBoundingClientRect().top < innerHeight,
      ).length,
    tabs.top,
  );
  expect(rowsUnderTabs).toBeGreaterThan(1);
  await expect
    .poll(async () => (await shownOverlays(page)).filter((o) => overlap(o, bar) || overlap(o, tabs) || overlap(o, filters)).length)
    .toBe(0);
  // The rows below the bars keep their masked forms: the empty toast layer over the whole page hides none.
  const shown = await shownOverlays(page);
  expect(shown.length).toBeGreaterThan(20);
  expect(shown.filter((o) => o.bottom > 0 && o.top < filters.bottom - 0.5)).toEqual([]);

  // A dropdown with no role, mounted under <body> by the page: no masked form over it.
  await page.click('#bulk');
  const menu = await boxOf(page, '#bulk-menu');
  expect(shown.filter((o) => overlap(o, menu)).length).toBeGreaterThan(2);
  await expect.poll(async () => (await shownOverlays(page)).filter((o) => overlap(o, menu)).length).toBe(0);
});

/** Contacts listed in native selects (tests/fixtures/esp/hubspot/contact-select.html). */
const SELECTS = 'https://app.hubspot.com/contacts/4455667/record/0-1/1302';

const labels = (page: Page, select: string) =>
  page.locator(`${select} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).label));

test("a select's options show their values masked, closed and in the popup; opening it reveals them (after a reason when policy asks) and logs each", async ({
  context,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(SELECTS);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '4');
  await expect.poll(() => labels(page, '#preview-as')).toEqual(['Choose a contact', 'a•••@e•••.org', 'n•••@e•••.com']);
  // An option with a label of the page's own shows that label: it holds no value to mask.
  expect(await labels(page, '#test-to')).toEqual(['Liam (test list)', 'Kenji Barros <k•••@e•••.org>']);
  // The options' values and texts are the page's own.
  expect(await page.locator('#preview-as').inputValue()).toBe('202');
  expect(await page.locator('#preview-as option').nth(2).textContent()).toBe('noor.lindqvist@example.com');

  // Opening the picker reveals its values before its popup opens, one logged reveal each.
  await page.locator('#preview-as').click();
  await expect
    .poll(() => labels(page, '#preview-as'))
    .toEqual(['Choose a contact', 'ava.dummins@example.org', 'noor.lindqvist@example.com']);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed').length).toBe(2);

  // With a reason required, the select stays closed and masked until the user gives one.
  await broadcastPolicy(background, 'https://app.hubspot.com/*', { ...DEFAULT_POLICY, revealRequiresReason: true });
  await expect.poll(() => labels(page, '#preview-as')).toEqual(['Choose a contact', 'a•••@e•••.org', 'n•••@e•••.com']);
  await page.locator('#test-to').focus();
  await page.keyboard.press('ArrowDown');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await labels(page, '#test-to')).toEqual(['Liam (test list)', 'Kenji Barros <k•••@e•••.org>']);
  await dialog.getByRole('textbox').fill('Checking the test list');
  await dialog.getByRole('button', { name: 'Reveal' }).click();
  await expect.poll(() => labels(page, '#test-to')).toEqual(['Liam (test list)', 'Kenji Barros <kenji.barros@example.org>']);
  await expect
    .poll(async () => (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.revealed' && e.reason).length)
    .toBe(2);
});

/** A contact row: every third contact has no phone, so rows differ in what they count. */
const contactRow = (i: number) =>
  `<tr><td>contact.${i}@example.org</td><td>${i % 3 === 0 ? 'none given' : `(202) 555-01${String(i).padStart(2, '0')}`}</td></tr>`;

/**
 * Opens a table of twelve contacts (20 values) at a HubSpot view named `view`. Its rows are tall, so
 * most are off screen, where rows keep nothing and their values live in the body's tally.
 */
async function tallContactTable(context: BrowserContext, view: string): Promise<Page> {
  const page = await context.newPage();
  const url = `https://app.hubspot.com/contacts/4455667/objects/0-1/views/${view}/list`;
  const rows = Array.from({ length: 12 }, (_, i) => contactRow(i)).join('');
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Contacts | HubSpot</title><style>td{height:400px}</style><table><thead><tr><th>Email</th><th>Phone</th></tr></thead><tbody id="rows">${rows}</tbody></table>`,
    }),
  );
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '20');
  return page;
}

test('a table the app empties in one change and refills leaves the counts exact: each removed row takes back its own values', async ({
  context,
}) => {
  const page = await tallContactTable(context, 'emptied');
  // The app empties the table in one change (one mutation record with all twelve rows), then shows one contact.
  await page.evaluate(() => (document.getElementById('rows') as HTMLElement).replaceChildren());
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '0');
  await page.evaluate((html) => (document.getElementById('rows') as HTMLElement).insertAdjacentHTML('beforeend', html), contactRow(4));
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '2');
});

test('rows inserted in the middle of a table, moved or replaced, are read alone and counted exactly', async ({ context }) => {
  const page = await tallContactTable(context, 'inserted');
  const body = (fn: string, html = '') =>
    page.evaluate(
      ([fn, html]) => {
        const tbody = document.getElementById('rows') as HTMLElement;
        const t = document.createElement('tbody');
        t.innerHTML = html as string;
        const fresh = t.firstElementChild as Element;
        if (fn === 'insert') tbody.insertBefore(fresh, tbody.children[5] as Element);
        if (fn === 'move') tbody.insertBefore(tbody.lastElementChild as Element, tbody.children[1] as Element);
        if (fn === 'replace') tbody.replaceChild(fresh, tbody.children[8] as Element);
      },
      [fn, html],
    );
  // A new contact with a phone, inserted off screen in the middle: two more values.
  await body('insert', contactRow(31));
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '22');
  // The last row moved up (a sort) counts nothing more; then the row that is now ninth (contact 6,
  // without a phone) is replaced by one with a phone: one more value, if the move was counted right.
  await body('move');
  await expect(page.locator('#rows tr:nth-child(9) td:nth-child(2)')).toHaveText('none given');
  await body('replace', contactRow(34));
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '23');
  await expect(page.locator('html')).toHaveAttribute('data-confidant-masked', '23');
});

test("the page's own desktop notifications show their values masked; the page's Notification still works as the browser's", async ({
  context,
}) => {
  await context.grantPermissions(['notifications'], { origin: 'https://app.hubspot.com' });
  const page = await context.newPage();
  await page.goto(PANEL);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
  const shown = await page.evaluate(() => {
    const chat = new Notification('New message from ava.dummins@example.org', { body: 'Call me at (202) 555-0143, thanks!', tag: 'chat' });
    const plain = new Notification('Export ready', { body: 'Your view export is ready to download.' });
    return {
      chat: [chat.title, chat.body, chat.tag],
      plain: [plain.title, plain.body],
      isNotification: chat instanceof Notification,
      permission: Notification.permission,
    };
  });
  expect(shown.chat).toEqual(['New message from a•••@e•••.org', 'Call me at •••43, thanks!', 'chat']);
  expect(shown.plain).toEqual(['Export ready', 'Your view export is ready to download.']);
  expect(shown.isNotification).toBe(true);
  expect(shown.permission).toBe('granted');
  // Not counted: the page's text is.
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '120');
});
