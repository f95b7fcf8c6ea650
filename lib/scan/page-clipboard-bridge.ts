/**
 * The page's own clipboard writes: an ESP's "Copy email" button next to a contact's address calls
 * `navigator.clipboard.writeText(address)`, and no copy event fires, so the copy guard never saw
 * them. This runs in the page's world (a content script with `world: 'MAIN'`, at document start,
 * before the page's scripts): it wraps the page's `Clipboard.prototype.writeText` and `write` so
 * that each text the page writes is first handed to Confidant's content script (copy-guard.ts),
 * which applies the copy policy and may answer with the text to write instead (the masked text).
 *
 * The hand-over is two synchronous DOM events on the document: the request carries the text, the
 * answer (dispatched by the content script while the request is being handled) carries the text to
 * write. Event details that are strings cross the two worlds as they are. Nothing else is imported
 * here: this file is all the code Confidant runs in the page's world, and it holds no state.
 *
 * It guards an honest page's copy buttons, not a hostile page, which could keep the original
 * functions (from a frame made before) or fake a request: a fake request can only make Confidant
 * log a copy that did not happen.
 */

/** The page wants to write this text to the clipboard (detail: the text). */
export const PAGE_CLIPBOARD_REQUEST = 'confidant:page-clipboard-write';
/** The content script's answer, during the request: the text to write instead (detail: the text). */
export const PAGE_CLIPBOARD_ANSWER = 'confidant:page-clipboard-answer';

/** Text types of a ClipboardItem that are read and may be replaced; others (images) pass as they are. */
const TEXT_TYPES = ['text/plain', 'text/html'];

/** What Confidant's content script says to write instead of `text`: the text itself when it has nothing to say. */
export function askContentScript(doc: Document, text: string): string {
  let answer: string | null = null;
  const listen = (e: Event) => {
    const detail = (e as CustomEvent<unknown>).detail;
    if (typeof detail === 'string') answer = detail;
  };
  doc.addEventListener(PAGE_CLIPBOARD_ANSWER, listen);
  try {
    doc.dispatchEvent(new CustomEvent(PAGE_CLIPBOARD_REQUEST, { detail: text }));
  } finally {
    doc.removeEventListener(PAGE_CLIPBOARD_ANSWER, listen);
  }
  return answer ?? text;
}

type ClipboardWindow = Window & typeof globalThis;

export function installPageClipboardBridge(win: ClipboardWindow): void {
  const proto = win.Clipboard?.prototype;
  if (!proto || typeof proto.writeText !== 'function') return;
  const doc = win.document;
  const writeText = proto.writeText;
  const write = proto.write;
  const Item = win.ClipboardItem;

  const wrappedWriteText = function (this: Clipboard, data: string): Promise<void> {
    return writeText.call(this, askContentScript(doc, String(data)));
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
    const answer = askContentScript(doc, text);
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
