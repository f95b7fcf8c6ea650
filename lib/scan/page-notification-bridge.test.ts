// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { installNotificationGuard } from './notification-guard';
import { installPageNotificationBridge } from './page-notification-bridge';
import type { TextValue } from './text-values';

/** The browser's notification, recording what it was given. */
class FakeNotification {
  static permission = 'granted';
  constructor(
    readonly title: string,
    readonly options?: NotificationOptions,
  ) {}
}

const shown: [string, NotificationOptions | undefined][] = [];
class FakeRegistration {
  showNotification(title: string, options?: NotificationOptions): Promise<void> {
    shown.push([title, options]);
    return Promise.resolve();
  }
}

const ADDRESS = 'ava.dummins@example.org';
const detect = (text: string): TextValue[] => {
  const at = text.indexOf(ADDRESS);
  return at < 0 ? [] : [{ start: at, end: at + ADDRESS.length, type: 'email', mode: 'partial', counted: true }];
};

let abort = new AbortController();
afterEach(() => abort.abort());

function setUp() {
  abort.abort();
  abort = new AbortController();
  shown.length = 0;
  const win = {
    Notification: FakeNotification,
    ServiceWorkerRegistration: class extends FakeRegistration {},
    document,
  } as unknown as Window & typeof globalThis;
  installPageNotificationBridge(win);
  installNotificationGuard({ doc: document, detect, signal: abort.signal });
  return win;
}

describe('the page notification bridge', () => {
  test("a notification's title and body are masked; its other options, its class and its statics stay the browser's", () => {
    const win = setUp();
    const options = { body: `Reply to ${ADDRESS}`, tag: 'chat' };
    const n = new win.Notification(`New message from ${ADDRESS}`, options) as unknown as FakeNotification;
    expect([n.title, n.options]).toEqual(['New message from a•••@e•••.org', { body: 'Reply to a•••@e•••.org', tag: 'chat' }]);
    // The page's own options object is left as it was.
    expect(options.body).toBe(`Reply to ${ADDRESS}`);
    expect(n instanceof win.Notification).toBe(true);
    expect(win.Notification.permission).toBe('granted');
  });

  test('a notification without values, or with no guard to answer, is shown as the page made it', () => {
    const win = setUp();
    const plain = new win.Notification('Export ready', { body: 'Download it now.' }) as unknown as FakeNotification;
    expect([plain.title, plain.options?.body]).toEqual(['Export ready', 'Download it now.']);
    abort.abort();
    const unguarded = new win.Notification(ADDRESS) as unknown as FakeNotification;
    expect(unguarded.title).toBe(ADDRESS);
  });

  test("a service worker registration's showNotification is masked the same way", async () => {
    const win = setUp();
    const registration = new (win.ServiceWorkerRegistration as unknown as typeof FakeRegistration)();
    await registration.showNotification(ADDRESS, { body: 'New signup' });
    expect(shown).toEqual([['a•••@e•••.org', { body: 'New signup' }]]);
  });
});
