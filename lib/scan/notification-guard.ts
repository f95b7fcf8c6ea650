import { NOTIFICATION_CHANNEL, answerPageRequests } from './page-channel';
import { maskFound, type TextValue } from './text-values';

/** Notification texts read at most this long (a title and a body are a line or two). */
const MAX_TEXT = 2000;

/**
 * Masks the values in the page's own desktop notifications (page-notification-bridge.ts hands
 * their title and body over before the notification is shown): what the detectors find, in their
 * masked forms under the policy's masking modes. Not counted: a notification is not page content,
 * and the same value on the page is counted there.
 */
export function installNotificationGuard(options: {
  doc: Document;
  detect: (text: string) => readonly TextValue[];
  signal: AbortSignal;
}): void {
  answerPageRequests(
    options.doc,
    NOTIFICATION_CHANNEL,
    (text) => {
      const masked = maskFound(text, options.detect, MAX_TEXT);
      return masked === text ? null : masked;
    },
    options.signal,
  );
}
