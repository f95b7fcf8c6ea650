import { NOTIFICATION_CHANNEL, askContentScript } from './page-channel';

/**
 * The page's own desktop notifications: a CRM's chat inbox tells the user "New message from
 * ava.dummins@example.org" in a notification the operating system draws, over whatever the screen
 * shows, a shared screen included, where no mask of Confidant's can reach. This runs in the page's
 * world (with the clipboard bridge): it wraps the page's `Notification` constructor and
 * `ServiceWorkerRegistration.prototype.showNotification`, so that a notification's title and body
 * are first handed to Confidant's content script (notification-guard.ts), which answers with them
 * masked. Notifications a service worker shows from a push message, with no page open, are out of
 * reach. No imports but the channel: this runs in the page's world.
 */

type NotificationWindow = Window & typeof globalThis;

/** The options with their body masked (a copy; the page's object is left as it was). */
function maskedOptions(doc: Document, options: unknown): unknown {
  if (!options || typeof options !== 'object') return options;
  const body = (options as NotificationOptions).body;
  if (typeof body !== 'string') return options;
  const masked = askContentScript(doc, NOTIFICATION_CHANNEL, body);
  return masked === body ? options : { ...(options as NotificationOptions), body: masked };
}

export function installPageNotificationBridge(win: NotificationWindow): void {
  const doc = win.document;
  const Native = win.Notification;
  if (typeof Native === 'function') {
    const Wrapped: typeof Notification = new Proxy(Native, {
      construct(target, args: unknown[], newTarget) {
        const [title, options, ...rest] = args;
        const masked = [askContentScript(doc, NOTIFICATION_CHANNEL, String(title)), maskedOptions(doc, options), ...rest];
        return Reflect.construct(target, masked, newTarget === Wrapped ? target : newTarget) as object;
      },
    });
    Object.defineProperty(win, 'Notification', { value: Wrapped, writable: true, configurable: true, enumerable: false });
  }
  const registration = win.ServiceWorkerRegistration?.prototype;
  const show = registration?.showNotification;
  if (registration && typeof show === 'function') {
    const wrapped = function (this: ServiceWorkerRegistration, title: string, options?: NotificationOptions): Promise<void> {
      return show.call(
        this,
        askContentScript(doc, NOTIFICATION_CHANNEL, String(title)),
        maskedOptions(doc, options) as NotificationOptions,
      );
    };
    Object.defineProperty(registration, 'showNotification', { value: wrapped, writable: true, configurable: true, enumerable: true });
  }
}
