import type { EspAdapter } from '../esp/types';

/** Accessible names of the controls that send or schedule a campaign, across ESP UIs. */
const SEND_NAME = /^(?:send|send now|send campaign|send email|send it|schedule|schedule send|schedule campaign|schedule email)$/i;
const CLICKABLE = 'button, [role="button"], input[type="submit"], input[type="button"], a';

function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).value ?? '';
  return (label || el.textContent || '').replace(/\s+/g, ' ').trim();
}

/** The send/schedule control a click landed on, or null: adapter selectors first, then by name. */
export function sendControlOf(target: EventTarget | null, adapter: EspAdapter): Element | null {
  if (!target || typeof (target as Element).closest !== 'function') return null;
  const el = target as Element;
  for (const selector of adapter.selectors.sendButton) {
    try {
      const hit = el.closest(selector);
      if (hit) return hit;
    } catch {
      // ignore a bad selector
    }
  }
  const clickable = el.closest(CLICKABLE);
  return clickable && SEND_NAME.test(accessibleName(clickable)) ? clickable : null;
}
