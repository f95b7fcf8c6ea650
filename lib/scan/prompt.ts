import { UI_ATTR } from './masker';

/**
 * A small reason prompt in Confidant's own shadow root (the page's CSS and scripts cannot reach
 * it). Resolves with the trimmed reason, or null when cancelled.
 */
export function askReason(doc: Document, message: string): Promise<string | null> {
  return new Promise((resolve) => {
    const host = doc.createElement('confidant-prompt');
    host.setAttribute(UI_ATTR, 'prompt');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style>
      .box{position:fixed;top:20%;left:50%;transform:translateX(-50%);z-index:2147483647;background:#fff;color:#222;
        font:14px system-ui,sans-serif;border:1px solid #6b5ca5;border-radius:8px;padding:14px;box-shadow:0 6px 24px #0003;width:320px}
      input{width:100%;box-sizing:border-box;margin:8px 0;padding:6px} button{margin-right:6px}
    </style>
    <form class="box" role="dialog" aria-label="Reason to reveal">
      <div class="msg"></div>
      <input name="reason" maxlength="200" required aria-label="Reason">
      <button type="submit">Reveal</button><button type="button" class="cancel">Cancel</button>
    </form>`;
    const form = shadow.querySelector('form') as HTMLFormElement;
    (shadow.querySelector('.msg') as HTMLElement).textContent = message;
    const input = shadow.querySelector('input') as HTMLInputElement;
    const finish = (value: string | null) => {
      host.remove();
      resolve(value);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const reason = input.value.trim();
      if (reason) finish(reason.slice(0, 200));
    });
    (shadow.querySelector('.cancel') as HTMLElement).addEventListener('click', () => finish(null));
    doc.documentElement.append(host);
    input.focus();
  });
}

/** A short notice (copy guard) that removes itself. */
export function showNotice(doc: Document, message: string, ms = 4000): void {
  const host = doc.createElement('confidant-notice');
  host.setAttribute(UI_ATTR, 'notice');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>.n{position:fixed;bottom:16px;right:16px;z-index:2147483647;background:#2d2450;color:#fff;
    font:13px system-ui,sans-serif;padding:10px 14px;border-radius:6px;max-width:360px}</style><div class="n" role="status"></div>`;
  (shadow.querySelector('.n') as HTMLElement).textContent = message;
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
}
