import { useState } from 'preact/hooks';
import type { ImportResult, PolicyView } from '../../lib/policy/view';

interface Props {
  view: PolicyView;
  onImportFile: (file: File, confirmThumbprint?: string) => Promise<ImportResult>;
  onSetUrl: (url: string | null, confirmThumbprint?: string) => Promise<ImportResult | { ok: true; cleared: true }>;
  onRefreshUrl: () => Promise<ImportResult>;
}

type Pending = { fingerprint: string; thumbprint: string; action: (confirm?: string) => Promise<Outcome> };
type Outcome = ImportResult | { ok: true; cleared: true };

function describe(result: Outcome): string {
  if ('cleared' in result) return 'Policy URL removed. The policy in force stays until another one replaces it.';
  if (result.ok) {
    return result.unchanged
      ? `“${result.policyId}” v${result.version} is already in force: nothing changed.`
      : `Applied “${result.policyId}” v${result.version}. Open ESP tabs follow it now.`;
  }
  return `Not applied: ${result.message}. The policy in force did not change.`;
}

/** Import a team policy: file picker, drag and drop, or a URL refreshed on a schedule. */
export function PolicyImport({ view, onImportFile, onSetUrl, onRefreshUrl }: Props) {
  const [result, setResult] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [url, setUrl] = useState(view.url?.url ?? '');

  const run = async (action: (confirm?: string) => Promise<Outcome>) => {
    setBusy(true);
    setPending(null);
    try {
      const outcome = await action();
      setResult(outcome);
      if (!outcome.ok && outcome.code === 'untrusted-key' && outcome.canPin && outcome.thumbprint && outcome.fingerprint) {
        setPending({
          fingerprint: outcome.fingerprint,
          thumbprint: outcome.thumbprint,
          action,
        });
      }
    } catch (error) {
      setResult({ ok: false, code: 'fetch-failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File | undefined) => {
    if (file) void run((confirm) => onImportFile(file, confirm));
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a team policy</h2>
      <div
        id="policy-drop"
        class={dragging ? 'drop dragging' : 'drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          importFile(e.dataTransfer?.files[0]);
        }}
      >
        <p>
          Drop a policy file here (a signed <code>.confidant-policy.json</code> or a plain <code>policy.json</code>), or
        </p>
        <label>
          choose a file:{' '}
          <input
            id="policy-file"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => importFile(e.currentTarget.files?.[0])}
          />
        </label>
      </div>

      <form
        id="policy-url-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run((confirm) => onSetUrl(url.trim() || null, confirm));
        }}
      >
        <label for="policy-url">Policy URL (https, checked every hour)</label>
        <input
          id="policy-url"
          type="url"
          placeholder="https://policies.example.com/marketing.confidant-policy.json"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <button id="policy-url-save" type="submit" disabled={busy}>
          Use this URL
        </button>
        {view.url ? (
          <button id="policy-url-refresh" type="button" disabled={busy} onClick={() => void run(() => onRefreshUrl())}>
            Check now
          </button>
        ) : null}
      </form>
      {view.url ? (
        <p id="policy-url-status" class="muted">
          Following <code>{view.url.url}</code>
          {view.url.fetchedAt ? <>; last fetched {new Date(view.url.fetchedAt).toLocaleString()}</> : null}
          {view.url.error ? <> · {view.url.error}</> : null}
        </p>
      ) : null}

      {pending ? (
        <div id="key-confirm" role="alertdialog" aria-labelledby="key-confirm-title" class="confirm">
          <p id="key-confirm-title">
            This policy is signed by a key you have not trusted yet. Compare its fingerprint with the one your team lead gave you:
          </p>
          <p>
            <code id="key-fingerprint">{pending.fingerprint}</code>
          </p>
          <button id="key-trust" type="button" disabled={busy} onClick={() => void run(() => pending.action(pending.thumbprint))}>
            The fingerprint matches: trust this key
          </button>
          <button id="key-cancel" type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {result ? (
        <p id="import-result" role={result.ok ? 'status' : 'alert'} class={result.ok ? 'ok' : 'error'}>
          {describe(result)}
          {!result.ok && result.details?.length ? (
            <ul>
              {result.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
