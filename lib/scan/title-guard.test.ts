// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { newEntry, type MaskEntry } from './entries';
import type { PageScanner } from './scanner';
import type { TextValue } from './text-values';
import { installTitleGuard } from './title-guard';

let abort = new AbortController();
afterEach(() => abort.abort());

/**
 * A name cell whose title repeats the name (found by the page scan through its column, not by the
 * detectors on the bare title), beside a cell whose title holds an address the detectors find.
 */
function setUp() {
  abort = new AbortController();
  document.body.innerHTML =
    '<table><tr><td id="name" title="Ava Dummins">Ava Dummins</td><td id="mail" title="Write to ava@example.org">ava@…</td><td id="plain" title="Status: subscribed">OK</td></tr></table>';
  const nameText = (document.getElementById('name') as HTMLElement).firstChild as Text;
  const entries: MaskEntry[] = [newEntry(nameText, 0, 11, 'person-name', 'partial', true, 1)];
  const scanner = {
    entriesIn: (range: Range) => entries.filter((e) => range.intersectsNode(e.node)),
  } as unknown as PageScanner;
  const detect = (text: string): TextValue[] => {
    const at = text.indexOf('ava@example.org');
    return at < 0 ? [] : [{ start: at, end: at + 'ava@example.org'.length, type: 'email', mode: 'partial', counted: true }];
  };
  installTitleGuard({ doc: document, scanner, detect, signal: abort.signal });
  return entries;
}

const over = (id: string, from: string | null = null) =>
  document
    .getElementById(id)
    ?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: from ? document.getElementById(from) : null }));
const out = (id: string, to: string | null = null) =>
  document
    .getElementById(id)
    ?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: to ? document.getElementById(to) : null }));
const title = (id: string) => document.getElementById(id)?.getAttribute('title');

describe('title guard', () => {
  test("a value the detectors find in a title is masked while the pointer is over it, and the page's title is back after", () => {
    setUp();
    over('mail');
    expect(title('mail')).toBe('Write to a•••@e•••.org');
    out('mail');
    expect(title('mail')).toBe('Write to ava@example.org');
  });

  test("a title repeating a value the page scan found in the element's text is masked (a name, found by its column)", () => {
    setUp();
    over('name');
    expect(title('name')).not.toContain('Ava');
    expect(title('name')).not.toContain('Dummins');
    out('name', 'mail');
    over('mail', 'name');
    expect(title('name')).toBe('Ava Dummins');
  });

  test('a title without values, and a value whose mask is off, are left as they are', () => {
    const entries = setUp();
    over('plain');
    expect(title('plain')).toBe('Status: subscribed');
    (entries[0] as MaskEntry).mode = 'off';
    over('name', 'plain');
    expect(title('name')).toBe('Ava Dummins');
  });

  test("a title the page changes while masked is the page's, and stays; the end of the page view gives titles back", () => {
    setUp();
    over('mail');
    (document.getElementById('mail') as HTMLElement).title = 'Updated by the page';
    out('mail');
    expect(title('mail')).toBe('Updated by the page');
    over('name');
    abort.abort();
    expect(title('name')).toBe('Ava Dummins');
  });
});
