/**
 * The hand-over between Confidant's page-world scripts and its content script: the page world asks
 * with a text, the content script may answer with the text to use instead. Two synchronous DOM
 * events on the document: the answer is dispatched while the request is being handled, so the
 * page-world caller has it when `dispatchEvent` returns. Event details that are strings cross the
 * two worlds as they are. No imports: this runs in the page's world.
 */
export interface PageChannel {
  /** The page world's request (detail: the text). */
  request: string;
  /** The content script's answer, during the request (detail: the text to use instead). */
  answer: string;
}

/** The page's clipboard writes, judged by the copy guard (copy-guard.ts). */
export const CLIPBOARD_CHANNEL: PageChannel = {
  request: 'confidant:page-clipboard-write',
  answer: 'confidant:page-clipboard-answer',
};

/** The page's notifications' texts, masked by the notification guard (notification-guard.ts). */
export const NOTIFICATION_CHANNEL: PageChannel = {
  request: 'confidant:page-notification',
  answer: 'confidant:page-notification-answer',
};

/** What Confidant's content script says to use instead of `text`: the text itself when it has nothing to say. */
export function askContentScript(doc: Document, channel: PageChannel, text: string): string {
  let answer: string | null = null;
  const listen = (e: Event) => {
    const detail = (e as CustomEvent<unknown>).detail;
    if (typeof detail === 'string') answer = detail;
  };
  doc.addEventListener(channel.answer, listen);
  try {
    doc.dispatchEvent(new CustomEvent(channel.request, { detail: text }));
  } finally {
    doc.removeEventListener(channel.answer, listen);
  }
  return answer ?? text;
}

/** Answers a request of `channel` with what `answer` says (null: nothing to say), in the content script. */
export function answerPageRequests(
  doc: Document,
  channel: PageChannel,
  answer: (text: string) => string | null,
  signal: AbortSignal,
): void {
  doc.addEventListener(
    channel.request,
    (event) => {
      const text = (event as CustomEvent<unknown>).detail;
      if (typeof text !== 'string') return;
      const instead = answer(text);
      if (instead !== null && instead !== text) doc.dispatchEvent(new CustomEvent(channel.answer, { detail: instead }));
    },
    { signal },
  );
}
