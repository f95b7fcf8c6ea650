import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportPrompt } from '../lib/export/protocol';

export interface ExportInterstitialProps {
  prompt: ExportPrompt;
  /** Minimum length of a justification. */
  minLength: number;
  /** A gentle warning when the reason seems to contain personal data, or null. */
  checkJustification: (text: string) => string | null;
  onProceed: (justification: string) => void;
  onCancel: () => void;
}

const TITLES: Record<ExportPrompt['action'], string> = {
  warn: 'Export contacts?',
  justify: 'Why do you need this export?',
  block: 'This export is blocked',
};

/**
 * The export question, shown in a shadow root over the ESP page. An alertdialog: focus moves in,
 * Tab stays inside, Escape cancels. The policy's own words come first.
 */
export function ExportInterstitial({ prompt, minLength, checkJustification, onProceed, onCancel }: ExportInterstitialProps) {
  const [reason, setReason] = useState('');
  const [warning, setWarning] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLTextAreaElement & HTMLButtonElement>(null);
  const needsReason = prompt.action === 'justify';
  const reasonOk = reason.trim().length >= minLength;

  useEffect(() => {
    first.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('textarea, button:not([disabled])')];
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    const index = focusable.indexOf(active as HTMLElement);
    const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : (index + 1) % focusable.length;
    event.preventDefault();
    focusable[next]?.focus();
  };

  return (
    <div class="backdrop">
      <style>{STYLE}</style>
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confidant-export-title"
        aria-describedby="confidant-export-why"
        data-action={prompt.action}
        onKeyDown={onKeyDown}
      >
        <h2 id="confidant-export-title">{TITLES[prompt.action]}</h2>
        <p class="meta">
          {prompt.espName} · {prompt.fileType.toUpperCase()} file
        </p>
        <div id="confidant-export-why">
          {prompt.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {needsReason && (
          <>
            <label for="confidant-export-reason">Reason for this export</label>
            <textarea
              id="confidant-export-reason"
              ref={first}
              rows={3}
              maxLength={500}
              value={reason}
              aria-describedby="confidant-export-hint"
              onInput={(e) => {
                const text = (e.target as HTMLTextAreaElement).value;
                setReason(text);
                setWarning(checkJustification(text));
              }}
            />
            <p id="confidant-export-hint" class="hint">
              Describe the purpose, not the people. At least {minLength} characters.
            </p>
            {warning && (
              <p class="warning" role="status">
                {warning}
              </p>
            )}
          </>
        )}
        <div class="actions">
          {prompt.action === 'block' ? (
            <button type="button" ref={first} onClick={onCancel}>
              OK
            </button>
          ) : (
            <>
              <button type="button" ref={needsReason ? undefined : first} onClick={onCancel}>
                Cancel export
              </button>
              <button type="button" class="primary" disabled={needsReason && !reasonOk} onClick={() => onProceed(reason)}>
                {needsReason ? 'Export with this reason' : 'Export anyway'}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

const STYLE = `
.backdrop{position:fixed;inset:0;background:rgba(20,20,30,.55);display:flex;align-items:center;justify-content:center;z-index:2147483647;font:15px/1.45 system-ui,sans-serif}
.dialog{background:#fff;color:#1b1b1f;max-width:30rem;width:calc(100% - 2rem);border-radius:10px;padding:1.25rem 1.5rem;box-shadow:0 10px 40px rgba(0,0,0,.35)}
h2{margin:0 0 .25rem;font-size:1.2rem}
.meta{margin:0 0 .75rem;color:#555;font-size:.9rem}
label{display:block;font-weight:600;margin-top:.5rem}
textarea{width:100%;box-sizing:border-box;font:inherit;margin-top:.25rem;padding:.4rem}
.hint{font-size:.85rem;color:#555;margin:.25rem 0}
.warning{background:#fff4d6;border-left:4px solid #c98a00;padding:.4rem .6rem;font-size:.9rem}
.actions{display:flex;gap:.5rem;justify-content:flex-end;margin-top:1rem}
button{font:inherit;padding:.45rem .9rem;border-radius:6px;border:1px solid #888;background:#f4f4f6;color:#1b1b1f;cursor:pointer}
button.primary{background:#5b2bb5;border-color:#5b2bb5;color:#fff}
button[disabled]{opacity:.5;cursor:not-allowed}
button:focus-visible,textarea:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
`;
