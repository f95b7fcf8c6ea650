/**
 * A content script's message can be lost when the service worker is stopped (idle, update, crash)
 * at the wrong moment: Chrome then rejects sendMessage with "Could not establish connection" or
 * "message port closed". Retrying with a short backoff wakes a fresh worker, so a report or an
 * audit event is not lost. Errors the background *answered* are not retried.
 */
// "Extension context invalidated" is not transient: the extension was reloaded and this script is orphaned.
const TRANSIENT = /could not establish connection|receiving end does not exist|message port closed/i;

export interface RetryOptions {
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

export function isTransientError(error: unknown): boolean {
  return error instanceof Error && TRANSIENT.test(error.message);
}

export function withRetry<T, R>(send: (message: T) => Promise<R>, options: RetryOptions = {}): (message: T) => Promise<R> {
  const delays = options.delaysMs ?? [100, 400, 1600];
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return async (message) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await send(message);
        // An undefined reply means no listener answered (the worker went away mid-message).
        if (reply !== undefined || attempt >= delays.length) return reply;
      } catch (error) {
        if (!isTransientError(error) || attempt >= delays.length) throw error;
      }
      await sleep(delays[attempt] ?? 0);
    }
  };
}
