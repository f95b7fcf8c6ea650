// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { Action } from '../policy/schema';
import { installCopyGuard, type CopyRecord } from './copy-guard';
import { installPageClipboardBridge } from './page-clipboard-bridge';
import type { PageScanner } from './scanner';
import type { TextValue } from './text-values';

/** The browser's clipboard, recording what reaches it. */
class FakeClipboard {
  static texts: string[] = [];
  static items: Record<string, string>[] = [];
  writeText(text: string): Promise<void> {
    FakeClipboard.texts.push(text);
    return Promise.resolve();
  }
  async write(items: FakeItem[]): Promise<void> {
    for (const item of items) {
      const parts: Record<string, string> = {};
      for (const type of item.types) parts[type] = await (await item.getType(type)).text();
      FakeClipboard.items.push(parts);
    }
  }
}

class FakeItem {
  constructor(private readonly parts: Record<string, Blob>) {}
  get types(): string[] {
    return Object.keys(this.parts);
  }
  getType(type: string): Promise<Blob> {
    return Promise.resolve(this.parts[type] as Blob);
  }
}

/** Finds one address, as the detectors would. */
const ADDRESS = 'noor.lindqvist@example.org';
const detect = (text: string): TextValue[] => {
  const found: TextValue[] = [];
  for (let at = text.indexOf(ADDRESS); at >= 0; at = text.indexOf(ADDRESS, at + 1))
    found.push({ start: at, end: at + ADDRESS.length, type: 'email', mode: 'partial', counted: true });
  return found;
};

let abort = new AbortController();
afterEach(() => abort.abort());

/** The page's world (its Clipboard) and the content script's copy guard, on one document. */
function setUp(action: Action) {
  abort.abort();
  abort = new AbortController();
  FakeClipboard.texts = [];
  FakeClipboard.items = [];
  const win = { Clipboard: class extends FakeClipboard {}, ClipboardItem: FakeItem, document } as unknown as Window & typeof globalThis;
  installPageClipboardBridge(win);
  const records: CopyRecord[] = [];
  installCopyGuard({
    doc: document,
    scanner: { entriesIn: () => [] } as unknown as PageScanner,
    action: () => action,
    message: () => undefined,
    log: (r) => {
      records.push(r);
      return Promise.resolve();
    },
    detect,
    signal: abort.signal,
    write: () => Promise.resolve(),
  });
  const clipboard = new (win.Clipboard as unknown as typeof FakeClipboard)();
  return { clipboard, records };
}

describe('the page clipboard bridge', () => {
  test('a page write with values is logged and written as it is under observe', async () => {
    const { clipboard, records } = setUp('observe');
    await clipboard.writeText(ADDRESS);
    expect(FakeClipboard.texts).toEqual([ADDRESS]);
    expect(records).toEqual([{ counts: { email: 1 }, decision: 'observed' }]);
  });

  test('under block the page writes the masked text, and a write without values passes unlogged', async () => {
    const { clipboard, records } = setUp('block');
    await clipboard.writeText(`Write to ${ADDRESS} today`);
    await clipboard.writeText('Record 1301');
    expect(FakeClipboard.texts).toEqual(['Write to n•••@e•••.org today', 'Record 1301']);
    expect(records).toEqual([{ counts: { email: 1 }, decision: 'blocked' }]);
  });

  test('a ClipboardItem is judged once, by its plain text: the masked text replaces it and its markup, other types stay', async () => {
    const { clipboard, records } = setUp('block');
    const item = new FakeItem({
      'text/plain': new Blob([`Noor Lindqvist\n${ADDRESS}`], { type: 'text/plain' }),
      'text/html': new Blob([`<b>Noor Lindqvist</b><br>${ADDRESS}`], { type: 'text/html' }),
      'image/png': new Blob(['png'], { type: 'image/png' }),
    });
    await clipboard.write([item] as never);
    expect(FakeClipboard.items).toEqual([{ 'text/plain': 'Noor Lindqvist\nn•••@e•••.org', 'image/png': 'png' }]);
    expect(records).toEqual([{ counts: { email: 1 }, decision: 'blocked' }]);
  });

  test('under justify the page writes the masked text and the guard asks for a reason, as for a copy', async () => {
    const { clipboard, records } = setUp('justify');
    await clipboard.writeText(ADDRESS);
    expect(FakeClipboard.texts).toEqual(['n•••@e•••.org']);
    expect(document.querySelector('confidant-prompt')).not.toBeNull();
    // Nothing logged until the user gives a reason or cancels.
    expect(records).toEqual([]);
  });

  test('with no content script to answer, the page writes what it meant to', async () => {
    const { clipboard } = setUp('block');
    abort.abort();
    await clipboard.writeText(ADDRESS);
    expect(FakeClipboard.texts).toEqual([ADDRESS]);
  });
});
