import { CLIPBOARD_CHANNEL, askContentScript } from './page-channel';

/**
 * The page's own clipboard writes: an ESP's "Copy email" button next to a contact's address calls
 * `navigator.clipboard.writeText(address)`, and no copy event fires, so the copy guard never saw
 * them. This runs in the page's world (a content script with `world: 'MAIN'`, at document start,
 * before the page's scripts): it wraps the page's `Clipboard.prototype.writeText` and `write` so
 * that each text the page writes is first handed to Confidant's content script (copy-guard.ts),
 * which applies the copy policy and may answer with the text to write instead (the masked text).
 *
 * The hand-over is two synchronous DOM events on the document (page-channel.ts). Nothing else is
 * imported here: this code runs in the page's world, and it holds no state.
 *
 * It guards an honest page's copy buttons, not a hostile page, which could keep the original
 * functions (from a frame made before) or fake a request: a fake request can only make Confidant
 * log a copy that did not happen.
 */

/** Text types of a ClipboardItem that are read and may be replaced; others (images) pass as they are. */
const TEXT_TYPES = ['text/plain', 'text/html'];

type ClipboardWindow = Window & typeof globalThis;

export function installPageClipboardBridge(win: ClipboardWindow): void {
  const proto = win.Clipboard?.prototype;
  if (!proto || typeof proto.writeText !== 'function') return;
  const doc = win.document;
  const writeText = proto.writeText;
  const write = proto.write;
  const Item = win.ClipboardItem;

  const wrappedWriteText = function (this: Clipboard, data: string): Promise<void> {
    return writeText.call(this, askContentScript(doc, CLIPBOARD_CHANNEL, String(data)));
  };
  const wrappedWrite = async function (this: Clipboard, items: ClipboardItems): Promise<void> {
    const answered = await Promise.all(Array.from(items, (item) => answerItem(item)));
    return write.call(this, answered);
  };

  /**
   * The item as the content script answers its text, asked once per item: with the plain text when
   * there is one (then a changed answer is all the item holds: the markup holds the values too), else
   * with the markup. Read before the write, as the browser would; images and other types pass as they are.
   */
  const answerItem = async (item: ClipboardItem): Promise<ClipboardItem> => {
    const type = TEXT_TYPES.find((t) => item.types.includes(t));
    if (!Item || !type) return item;
    const text = await (await item.getType(type)).text();
    const answer = askContentScript(doc, CLIPBOARD_CHANNEL, text);
    if (answer === text) return item;
    const parts: Record<string, Blob> = { [type]: new Blob([answer], { type }) };
    for (const other of item.types) if (!TEXT_TYPES.includes(other)) parts[other] = await item.getType(other);
    return new Item(parts);
  };

  // Same property attributes as the browser's own methods.
  Object.defineProperty(proto, 'writeText', { value: wrappedWriteText, writable: true, configurable: true, enumerable: true });
  if (typeof write === 'function') {
    Object.defineProperty(proto, 'write', { value: wrappedWrite, writable: true, configurable: true, enumerable: true });
  }
}
