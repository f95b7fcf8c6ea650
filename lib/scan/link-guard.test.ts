// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_POLICY } from '../policy/defaults';
import type { Action } from '../policy/schema';
import { installLinkGuard, maskedHref } from './link-guard';
import { Plans } from './plans';
import { scanSettings } from './policy-options';
import { textValues } from './text-values';

const settings = scanSettings(DEFAULT_POLICY);
const plans = new Plans();
plans.use(settings);
/** The detectors with the default policy, as page-watch.ts gives them to the guard. */
const detect = (text: string) => textValues(text, plans.forLabel(''), settings);

describe('maskedHref', () => {
  test('masks the address of a mail link, a phone link and a profile link that names its contact', () => {
    expect(maskedHref('mailto:ava.dummins@example.org', detect)).toBe('mailto:a•••@e•••.org');
    expect(maskedHref('mailto:ava.dummins+news@example.org?subject=Hello', detect)).toBe('mailto:a•••@e•••.org?subject=Hello');
    expect(maskedHref('/contacts/lookup?email=ava.dummins%40example.org&tab=1', detect)).toBe('/contacts/lookup?email=a•••@e•••.org&tab=1');
    expect(maskedHref('tel:+12025550143', detect)).not.toContain('2025550143');
  });

  test('leaves an address whose values are not masked (their mode off) as the page wrote it, escapes included', () => {
    const unmasked = (text: string) => detect(text).map((v) => ({ ...v, mode: 'off' as const }));
    expect(maskedHref('mailto:ava.dummins%40example.org', unmasked)).toBe('mailto:ava.dummins%40example.org');
  });

  test('leaves an address with no personal data as it is, ids and stray escapes included', () => {
    for (const href of [
      'https://app.hubspot.com/contacts/4455667/record/0-1/1202',
      '/lists/members/view?id=445566',
      '#',
      '/search?q=100%',
    ]) {
      expect(maskedHref(href, detect)).toBe(href);
    }
  });
});

describe('installLinkGuard', () => {
  let abort = new AbortController();
  afterEach(() => abort.abort());
  const HREF = 'mailto:ava.dummins@example.org';

  function setUp(copyAction: Action = 'observe') {
    abort.abort();
    abort = new AbortController();
    document.body.innerHTML = `<p><a id="mail" href="${HREF}"><b id="inner">Email Ava</b></a><a id="plain" href="/lists">Lists</a><span id="away">x</span></p>`;
    installLinkGuard({ doc: document, detect, copyAction: () => copyAction, signal: abort.signal });
    return document.getElementById('mail') as HTMLAnchorElement;
  }
  const fire = (id: string, type: string, init: MouseEventInit = {}) =>
    document.getElementById(id)?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, ...init }));

  test('masks the link while the pointer is over it, and puts its address back when the pointer leaves', () => {
    const link = setUp();
    fire('inner', 'mouseover');
    expect(link.getAttribute('href')).toBe('mailto:a•••@e•••.org');
    // Moving within the link keeps it masked.
    fire('inner', 'mouseout', { relatedTarget: link });
    expect(link.getAttribute('href')).toBe('mailto:a•••@e•••.org');
    fire('mail', 'mouseout', { relatedTarget: document.getElementById('away') });
    expect(link.getAttribute('href')).toBe(HREF);
  });

  test('masks a focused link until it loses the focus, hovered or not', () => {
    const link = setUp();
    link.focus();
    expect(link.getAttribute('href')).toBe('mailto:a•••@e•••.org');
    fire('mail', 'mouseover');
    fire('mail', 'mouseout', { relatedTarget: document.getElementById('away') });
    expect(link.getAttribute('href')).toBe('mailto:a•••@e•••.org');
    link.blur();
    expect(link.getAttribute('href')).toBe(HREF);
  });

  test("a click reads the link's own address, and the link is masked again after it", async () => {
    const link = setUp();
    let seen = '';
    link.addEventListener('click', (e) => {
      seen = link.getAttribute('href') ?? '';
      e.preventDefault();
    });
    fire('inner', 'mouseover');
    fire('inner', 'click');
    expect(seen).toBe(HREF);
    await new Promise((r) => setTimeout(r, 5));
    expect(link.getAttribute('href')).toBe('mailto:a•••@e•••.org');
  });

  test("the link menu gets the address unless the copy guard asks a reason or blocks; the page's own change stays", () => {
    let link = setUp('observe');
    fire('inner', 'mouseover');
    fire('inner', 'contextmenu');
    expect(link.getAttribute('href')).toBe(HREF);
    link = setUp('block');
    fire('inner', 'mouseover');
    fire('inner', 'contextmenu');
    expect(link.getAttribute('href')).toBe('mailto:a•••@e•••.org');
    link.setAttribute('href', '/contacts/2');
    fire('mail', 'mouseout', { relatedTarget: document.getElementById('away') });
    expect(link.getAttribute('href')).toBe('/contacts/2');
  });

  test('leaves links with no personal data alone, and puts every address back when the page view ends', () => {
    const link = setUp();
    fire('plain', 'mouseover');
    expect(document.getElementById('plain')?.getAttribute('href')).toBe('/lists');
    fire('mail', 'mouseover');
    abort.abort();
    expect(link.getAttribute('href')).toBe(HREF);
  });
});
