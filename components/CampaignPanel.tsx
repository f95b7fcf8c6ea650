import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CampaignPanelState, GatePrompt } from '../lib/campaign/panel-state';
import type { CheckResult } from '../lib/campaign/types';

export interface CampaignPanelProps extends CampaignPanelState {
  /** Copies a snippet; resolves false when the page refuses clipboard access. */
  copy: (text: string) => Promise<boolean>;
}

const STATUS_LABEL = { pass: 'Found', warn: 'Check', fail: 'Missing or broken' } as const;

/** The in-page campaign panel: each check, its fix with a copy button, and the pre-send gate. */
export function CampaignPanel({ report, gate, copy }: CampaignPanelProps) {
  const [open, setOpen] = useState(true);
  const fails = report.results.filter((r) => r.status === 'fail').length;
  const warns = report.results.filter((r) => r.status === 'warn').length;
  const summary = fails
    ? `${fails} check${fails > 1 ? 's' : ''} fail`
    : warns
      ? `${warns} to review`
      : 'Nothing missing that the editor shows';
  return (
    <aside class="panel" aria-label="Confidant campaign checks" data-worst={fails ? 'fail' : warns ? 'warn' : 'pass'}>
      <header>
        <button type="button" class="toggle" aria-expanded={open} aria-controls="confidant-checks" onClick={() => setOpen(!open)}>
          Campaign checks · {report.espName}
        </button>
        <p class="summary" role="status" aria-live="polite">
          {summary}
        </p>
      </header>
      {open && (
        <div id="confidant-checks">
          <ul class="checks">
            {report.results.map((r) => (
              <CheckItem key={r.id} result={r} copy={copy} />
            ))}
          </ul>
          <p class="caveat">Checked only what the editor shows. It does not mean the campaign is compliant.</p>
          <details class="not-checked">
            <summary>Not checked here</summary>
            <ul>
              {report.notChecked.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
      {gate && <GateDialog gate={gate} />}
    </aside>
  );
}

function CheckItem({ result, copy }: { result: CheckResult; copy: CampaignPanelProps['copy'] }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const snippet = result.fix?.snippet;
  return (
    <li class={`check ${result.status}`} data-check={result.id} data-status={result.status}>
      <p class="title">
        <span class="badge">{STATUS_LABEL[result.status]}</span> {result.title}
      </p>
      <p class="evidence">{result.evidence}</p>
      {result.fix && (
        <div class="fix">
          <p>{result.fix.text}</p>
          {snippet && (
            <p class="snippet">
              <code>{snippet}</code>
              <button
                type="button"
                aria-label={`Copy the fix for ${result.title}`}
                onClick={() => void copy(snippet).then((ok) => setCopied(ok ? 'done' : 'failed'))}
              >
                {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Select and copy' : 'Copy'}
              </button>
            </p>
          )}
        </div>
      )}
      <p class="rules">Rules: {result.rules.join(', ')}</p>
    </li>
  );
}

function GateDialog({ gate }: { gate: GatePrompt }) {
  const [reason, setReason] = useState('');
  const first = useRef<HTMLButtonElement & HTMLTextAreaElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') gate.cancel();
  };
  const list = gate.failing.join(', ');
  return (
    <div
      class="gate"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confidant-gate-title"
      aria-describedby="confidant-gate-text"
      onKeyDown={onKey}
    >
      <h2 id="confidant-gate-title">{gate.mode === 'block' ? 'Sending is blocked' : 'Send this campaign?'}</h2>
      <p id="confidant-gate-text">
        Failing: {list}. {gate.message ?? (gate.mode === 'block' ? 'Your organisation does not allow sending until these are fixed.' : '')}
      </p>
      {gate.mode === 'justify' && (
        <label>
          Why send anyway? (required, kept in the audit log)
          <textarea
            ref={first}
            maxLength={500}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
            rows={3}
          />
        </label>
      )}
      <div class="actions">
        {gate.mode === 'block' ? (
          <button type="button" ref={first} onClick={gate.cancel}>
            Back to the editor
          </button>
        ) : (
          <>
            <button type="button" ref={gate.mode === 'warn' ? first : undefined} onClick={gate.cancel}>
              Back to the editor
            </button>
            <button
              type="button"
              class="proceed"
              disabled={gate.mode === 'justify' && reason.trim().length < 5}
              onClick={() => gate.proceed(reason)}
            >
              {gate.mode === 'justify' ? 'Send with this reason' : 'Send anyway'}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
