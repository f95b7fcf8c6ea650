import { UI_ATTR } from './masker';

export interface ReasonDialogOptions {
  message: string;
  /** The dialog's accessible name. */
  title: string;
  submitLabel: string;
  /**
   * Runs inside the submit handler (user activation: a clipboard write may start here) with the
   * trimmed, non-empty reason. Resolve null to close the dialog, or a message to show in it; the
   * dialog then only offers to close (the attempt is over).
   */
  onSubmit: (reason: string) => Promise<string | null> | string | null;
  /** Cancel, Escape, or closing the dialog before any submit. */
  onCancel: () => void;
}

export interface ReasonDialog {
  /** Removes the dialog; counts as a cancel when nothing was submitted yet. */
  close(): void;
}

const DIALOG_CSS = `
  .box{position:fixed;top:20%;left:50%;transform:translateX(-50%);z-index:2147483647;background:#fff;color:#222;
    font:14px system-ui,sans-serif;border:1px solid #6b5ca5;border-radius:8px;padding:14px;box-shadow:0 6px 24px #0003;width:320px}
  input{width:100%;box-sizing:border-box;margin:8px 0;padding:6px} button{margin-right:6px}
  .error{color:#a00;margin:6px 0} .error:empty{display:none}
  button:focus-visible,input:focus-visible{outline:2px solid #6b5ca5;outline-offset:1px}
`;

/**
 * A reason dialog in Confidant's own shadow root (the page's CSS and scripts cannot reach it).
 * Keyboard: the reason field has focus, Enter submits, Escape cancels; keys typed in it do not
 * reach the page's own shortcuts.
 */
export function openReasonDialog(doc: Document, options: ReasonDialogOptions): ReasonDialog {
  const host = doc.createElement('confidant-prompt');
  host.setAttribute(UI_ATTR, 'prompt');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${DIALOG_CSS}</style>
    <div class="box" role="dialog" aria-describedby="msg"><form>
      <div class="msg" id="msg"></div>
      <input name="reason" maxlength="200" required aria-label="Reason" autocomplete="off">
      <div class="error" role="alert"></div>
      <button type="submit"></button><button type="button" class="cancel">Cancel</button>
    </form></div>`;
  (shadow.querySelector('[role="dialog"]') as HTMLElement).setAttribute('aria-label', options.title);
  const form = shadow.querySelector('form') as HTMLFormElement;
  (shadow.querySelector('.msg') as HTMLElement).textContent = options.message;
  const input = shadow.querySelector('input') as HTMLInputElement;
  const submit = shadow.querySelector('button[type="submit"]') as HTMLButtonElement;
  submit.textContent = options.submitLabel;
  const cancel = shadow.querySelector('.cancel') as HTMLButtonElement;
  const error = shadow.querySelector('.error') as HTMLElement;
  const previousFocus = doc.activeElement as HTMLElement | null;
  let submitted = false;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    host.remove();
    if (!submitted) options.onCancel();
    previousFocus?.focus?.({ preventScroll: true });
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (submitted) return;
    const reason = input.value.trim();
    if (!reason) {
      error.textContent = 'Please give a reason.';
      input.focus();
      return;
    }
    submitted = true;
    submit.disabled = true;
    void Promise.resolve(options.onSubmit(reason.slice(0, 200))).then((problem) => {
      if (!problem) return close();
      // The attempt is over: show what happened and offer only to close.
      error.textContent = problem;
      input.disabled = true;
      submit.hidden = true;
      cancel.textContent = 'Close';
      cancel.focus();
    });
  });
  cancel.addEventListener('click', close);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    form.addEventListener(type, (e) => {
      e.stopPropagation();
      if (type === 'keydown' && (e as KeyboardEvent).key === 'Escape') {
        e.preventDefault();
        close();
      }
    });
  }
  doc.documentElement.append(host);
  input.focus();
  return { close };
}

/**
 * A reason prompt (click-to-reveal). Resolves with the trimmed reason, or null when cancelled.
 */
export function askReason(doc: Document, message: string): Promise<string | null> {
  return new Promise((resolve) => {
    openReasonDialog(doc, {
      message,
      title: 'Reason to reveal',
      submitLabel: 'Reveal',
      onSubmit: (reason) => {
        resolve(reason);
        return null;
      },
      onCancel: () => resolve(null),
    });
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
