// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { newEntry, type MaskEntry } from './entries';
import { inProfileHeading, profileHeadingOf } from './profile-heading';
import type { PageScanner } from './scanner';
import { TabTitleGuard } from './tab-title-guard';
import type { TextValue } from './text-values';

let abort = new AbortController();
afterEach(() => abort.abort());

/** Texts the detectors were asked about. */
let asked = 0;
/** Finds one address, as the detectors would. */
const detect = (text: string): TextValue[] => {
  asked++;
  const at = text.indexOf('ava@example.org');
  return at < 0 ? [] : [{ start: at, end: at + 'ava@example.org'.length, type: 'email', mode: 'partial', counted: true }];
};

/** A contact page whose heading's name the scan found (through the heading) as a masked entry. */
function setUp(title: string) {
  abort.abort();
  abort = new AbortController();
  document.head.innerHTML = `<title>${title}</title>`;
  document.body.innerHTML = '<header><h1 id="name">Ava Dummins</h1></header><p>Activity</p>';
  const heading = document.getElementById('name') as HTMLElement;
  const entries: MaskEntry[] = [newEntry(heading.firstChild as Text, 0, 11, 'person-name', 'partial', true, 1)];
  const scanner = { entriesIn: (range: Range) => entries.filter((e) => range.intersectsNode(e.node)) } as unknown as PageScanner;
  const guard = new TabTitleGuard({ doc: document, scanner, detect, heading: () => heading, signal: abort.signal });
  guard.refresh();
  return guard;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('TabTitleGuard', () => {
  test("masks the heading's name and the addresses the title holds, and leaves a title without values alone", () => {
    setUp('Ava Dummins | HubSpot');
    expect(document.title).toBe('A••• | HubSpot');
    setUp('ava@example.org - Profile');
    expect(document.title).toBe('a•••@e•••.org - Profile');
    setUp('Contacts | HubSpot');
    expect(document.title).toBe('Contacts | HubSpot');
  });

  test('a title the page sets later is masked in turn, and the page gets its own title back when the page view ends', async () => {
    setUp('Ava Dummins | HubSpot');
    document.title = 'Ava Dummins · Activity | HubSpot';
    await settle();
    expect(document.title).toBe('A••• · Activity | HubSpot');
    abort.abort();
    expect(document.title).toBe('Ava Dummins · Activity | HubSpot');
  });

  test('a refresh with nothing new changes nothing, and a page title set back to one without values stays', async () => {
    const guard = setUp('Ava Dummins | HubSpot');
    guard.refresh();
    expect(document.title).toBe('A••• | HubSpot');
    document.title = 'Settings | HubSpot';
    await settle();
    expect(document.title).toBe('Settings | HubSpot');
    abort.abort();
    expect(document.title).toBe('Settings | HubSpot');
  });
});

test("changes to <head> other than its title (a framework's style sheets) do not read the title again", async () => {
  setUp('Ava Dummins | HubSpot');
  await settle();
  const before = asked;
  for (let i = 0; i < 5; i++) document.head.append(Object.assign(document.createElement('style'), { textContent: `.c${i}{}` }));
  await settle();
  expect(asked).toBe(before);
  (document.querySelector('title') as HTMLTitleElement).textContent = 'Ava Dummins · Deals | HubSpot';
  await settle();
  expect(asked).toBeGreaterThan(before);
  expect(document.title).toBe('A••• · Deals | HubSpot');
});

describe('profile heading', () => {
  test("is the page's first level-one heading outside Confidant's UI", () => {
    document.body.innerHTML = `<div data-confidant-ui="notice"><h1>Confidant</h1></div>
      <main><h1 id="name"><span id="inner">Ava Dummins</span></h1><h1 id="other">Activity</h1></main>`;
    expect(profileHeadingOf(document)?.id).toBe('name');
    expect(inProfileHeading(document.getElementById('inner') as Element)).toBe(true);
    expect(inProfileHeading(document.getElementById('other') as Element)).toBe(false);
  });

  test("is not the app's own title, in title case or not", () => {
    for (const title of ['Contact Details', 'Subscriber Profile', 'Edit contact', 'Activity Overview']) {
      document.body.innerHTML = `<h1 id="h">${title}</h1>`;
      expect(inProfileHeading(document.getElementById('h') as Element)).toBe(false);
    }
    document.body.innerHTML = '<h1 id="h">Noor van der Berg</h1>';
    expect(inProfileHeading(document.getElementById('h') as Element)).toBe(true);
  });
});
