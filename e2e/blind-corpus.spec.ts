import type { Page } from '@playwright/test';
import type { PiiType } from '../lib/pii/types';
import { BLIND_HELD_OUT_SEED, generateBlindCorpus, type CorpusDoc } from '../tests/corpus-blind/generate';
import { expect, test } from './fixtures';

/**
 * The blind corpus's saved ESP pages (tests/corpus-blind: written without reading the detectors),
 * on the held-out seed that no fix ever looked at, served at their ESP's real URLs and scanned by
 * the built extension as a marketer would open them. The CLI reads saved HTML with its own reader
 * (lib/scan/scan-html.ts); this checks the page's (labels.ts, the walker, the row reader) on the
 * same layouts: every planted value masked, and little masked that was not planted.
 *
 * Each planted value is wrapped in `<span data-pii="type">` to be found again; values in plain
 * table cells thereby become cells with markup, which the page scanner walks (the row reader's
 * plain-cell path is covered by masking.spec.ts and large-table.spec.ts).
 */

/** Where each ESP shows such a page; ESPs without an adapter here (Mautic is self-hosted, Shopify, CleverReach) are served as Brevo pages. */
function urlOf(doc: CorpusDoc, index: number): string {
  const [, esp = '', kind = ''] = /^blind-\d+-([a-z]+)-([a-z]+)/.exec(doc.name) ?? [];
  const id = 1000 + index;
  const profile = kind === 'profile' || kind === 'inbox';
  if (esp === 'mailchimp') return `https://us6.admin.mailchimp.com/lists/members${profile ? '/view' : ''}?id=${id}`;
  if (esp === 'klaviyo')
    return profile ? `https://www.klaviyo.com/profile/01BLIND${id}` : `https://www.klaviyo.com/list/BLIND${id}/members`;
  if (esp === 'hubspot')
    return profile
      ? `https://app.hubspot.com/contacts/4455667/record/0-1/${id}`
      : `https://app.hubspot.com/contacts/4455667/objects/0-1/views/${id}/list`;
  if (esp === 'activecampaign') return `https://blind.activehosted.com/app/contacts/${profile ? id : ''}`;
  return profile ? `https://app.brevo.com/contact/index/${id}` : `https://app.brevo.com/contact/list/id/${id}`;
}

/** The document with each planted span wrapped in a marked `<span>` (spans never overlap). */
function marked(doc: CorpusDoc): string {
  let html = doc.content;
  for (const s of [...doc.spans].sort((a, b) => b.start - a.start)) {
    html = `${html.slice(0, s.start)}<span data-pii="${s.type}">${html.slice(s.start, s.end)}</span>${html.slice(s.end)}`;
  }
  return html;
}

/** The held-out seed; BLIND_SEED=11 (a tuning seed) to look at misses without spending it. */
const SEED = Number(process.env.BLIND_SEED ?? BLIND_HELD_OUT_SEED);

interface PageMasks {
  planted: { type: string; masked: boolean; where: string }[];
  /** The text of each highlight range outside every planted value. */
  stray: string[];
}

function pageMasks(page: Page): Promise<PageMasks> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const covered = new Set<Element>();
    const stray: string[] = [];
    for (const [name, hl] of registry) {
      if (!name.startsWith('confidant-')) continue;
      for (const r of hl) {
        if (r.collapsed) continue;
        const owner = r.startContainer.parentElement?.closest('[data-pii]');
        if (owner) covered.add(owner);
        else {
          const text = (r.startContainer.textContent ?? '').slice(
            r.startOffset,
            r.startContainer === r.endContainer ? r.endOffset : undefined,
          );
          // White space between the pieces of a value the page splits is masked with it, and the rest
          // of a cell the corpus labels in part (`<span data-pii>3</span> orders`) is the same value.
          const partOfPlanted = r.startContainer.parentElement?.querySelector(':scope > [data-pii]') != null;
          if (text.trim() && !partOfPlanted) stray.push(text);
        }
      }
    }
    const planted = Array.from(document.querySelectorAll<HTMLElement>('[data-pii]'), (el) => ({
      type: el.dataset.pii ?? '',
      masked: covered.has(el),
      where: covered.has(el) ? '' : ((el.closest('tr, dl, div.field, section') ?? el.parentElement)?.outerHTML.slice(0, 240) ?? ''),
    }));
    return { planted, stray };
  });
}

/** The page's masks once they stop changing (the scan runs in slices, the draws follow). */
async function settledMasks(page: Page): Promise<PageMasks> {
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', /\d+/);
  let last = '';
  let state: PageMasks = { planted: [], stray: [] };
  await expect
    .poll(
      async () => {
        state = await pageMasks(page);
        const now = JSON.stringify(state);
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return state;
}

test('saved pages of the blind corpus (held-out seed): every planted value is masked in the page, and little else', async ({ context }) => {
  test.setTimeout(180_000);
  const docs = generateBlindCorpus(SEED, 200_000).filter((d) => d.name.endsWith('.html'));
  expect(docs.length).toBeGreaterThan(8);
  const page = await context.newPage();
  // Tall enough that every value of these pages is near the viewport (table cells join the highlights there).
  await page.setViewportSize({ width: 1280, height: 6000 });
  const planted = new Map<string, { all: number; masked: number }>();
  let strays = 0;
  const missed: string[] = [];
  for (const [i, doc] of docs.entries()) {
    const url = urlOf(doc, i);
    const body = marked(doc);
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
    await page.goto(url);
    const state = await settledMasks(page);
    await page.unroute(url);
    for (const p of state.planted) {
      const tally = planted.get(p.type) ?? { all: 0, masked: 0 };
      tally.all++;
      if (p.masked) tally.masked++;
      else if (p.type !== 'ip-address') missed.push(`${doc.name}: ${process.env.BLIND_SEED ? p.where : ''} ${p.type}`);
      planted.set(p.type, tally);
    }
    strays += state.stray.length;
    if (process.env.BLIND_SEED && state.stray.length) console.log(`${doc.name} stray: ${state.stray.join(' | ')}`);
  }
  if (process.env.BLIND_SEED)
    console.log([...planted].map(([t, n]) => `${t} ${n.masked}/${n.all}`).join('; '), `\nmissed: ${missed.join('; ')}`);
  // The built-in policy counts IP addresses but leaves them unmasked: they are not looked for here.
  planted.delete('ip-address');
  const types = [...planted.keys()] as PiiType[];
  expect(types.length, 'the pages plant most types').toBeGreaterThanOrEqual(8);
  for (const [type, { all, masked }] of planted) {
    expect(
      masked / all,
      `${type}: ${masked} of ${all} masked; missed: ${missed.filter((m) => m.endsWith(type)).join(', ')}`,
    ).toBeGreaterThanOrEqual(0.95);
  }
  const masked = [...planted.values()].reduce((n, t) => n + t.masked, 0);
  // What is masked and was not planted: mostly an address's second line, which the corpus does not label (README.md).
  expect(strays / (masked + strays), `${strays} masks outside planted values`).toBeLessThanOrEqual(0.03);
});
