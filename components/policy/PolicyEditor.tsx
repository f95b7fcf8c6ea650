import { useMemo, useState } from 'preact/hooks';
import * as v from 'valibot';
import { PII_TYPES } from '../../lib/pii/types';
import { ACTIONS, MASK_MODES, POLICY_SCHEMA_VERSION, PolicySchema, describeIssues } from '../../lib/policy/schema';
import { getPath } from '../../lib/policy/settings';

type Draft = Record<string, unknown>;

const START: Draft = { schema: POLICY_SCHEMA_VERSION, id: 'my-team', version: 1 };

function setIn(draft: Draft, path: string, value: unknown): Draft {
  const copy = structuredClone(draft);
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Draft;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined || value === '') Reflect.deleteProperty(node, last);
  else node[last] = value;
  return prune(copy);
}

/** Drops objects left empty so the JSON stays minimal. */
function prune(draft: Draft): Draft {
  for (const [key, value] of Object.entries(draft)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      prune(value as Draft);
      if (Object.keys(value).length === 0) Reflect.deleteProperty(draft, key);
    }
  }
  return draft;
}

/**
 * A form over the policy schema for team leads: every change is validated as it is typed, and the
 * result is the JSON to sign (`npx confidant policy sign`) and distribute.
 */
export function PolicyEditor() {
  const [draft, setDraft] = useState<Draft>(START);
  const [jsonText, setJsonText] = useState<string | null>(null);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const text = useMemo(() => `${JSON.stringify(draft, null, 2)}\n`, [draft]);
  const issues = useMemo(() => {
    const parsed = v.safeParse(PolicySchema, draft);
    return parsed.success ? [] : describeIssues(parsed.issues, 20);
  }, [draft]);

  const set = (path: string, value: unknown) => {
    setDraft((d) => setIn(d, path, value));
    setJsonText(null);
    setJsonError(null);
  };
  const str = (path: string) => {
    const value = getPath(draft, path);
    return value === undefined ? '' : String(value);
  };
  const tri = (path: string) => (
    <select
      id={`editor-${path.replace(/\./g, '-')}`}
      value={str(path)}
      onChange={(e) => set(path, e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true')}
    >
      <option value="">(not set)</option>
      <option value="true">yes</option>
      <option value="false">no</option>
    </select>
  );
  const choice = (path: string, options: readonly string[]) => (
    <select id={`editor-${path.replace(/\./g, '-')}`} value={str(path)} onChange={(e) => set(path, e.currentTarget.value || undefined)}>
      <option value="">(not set)</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
  const patterns = (getPath(draft, 'detection.customPatterns') as { id: string; label: string; pattern: string }[] | undefined) ?? [];

  return (
    <section aria-labelledby="editor-heading" id="policy-editor">
      <h2 id="editor-heading">Policy editor (for team leads)</h2>
      <p class="muted">
        Write a policy here, then sign it with <code>npx confidant policy sign</code> and share the signed file or its URL.
      </p>
      <div class="editor-grid">
        <label>
          Policy id <input id="editor-id" value={str('id')} onInput={(e) => set('id', e.currentTarget.value)} />
        </label>
        <label>
          Version{' '}
          <input
            id="editor-version"
            type="number"
            min={1}
            value={str('version')}
            onInput={(e) => set('version', e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
          />
        </label>
        <label>
          Organisation{' '}
          <input id="editor-organisation" value={str('organisation')} onInput={(e) => set('organisation', e.currentTarget.value)} />
        </label>
        <label>
          Expires (ISO date){' '}
          <input
            id="editor-expiresAt"
            placeholder="2027-12-31T00:00:00Z"
            value={str('expiresAt')}
            onInput={(e) => set('expiresAt', e.currentTarget.value)}
          />
        </label>
        {PII_TYPES.map((t) => (
          <label key={t}>
            Mask {t} {choice(`masking.${t}`, MASK_MODES)}
          </label>
        ))}
        <label>Exports {choice('exports.action', ACTIONS)}</label>
        <label>Campaign send gate {choice('campaign.sendGate', ACTIONS)}</label>
        <label>Copy guard {choice('copyGuard', ACTIONS)}</label>
        <label>Reveal needs a reason {tri('revealRequiresReason')}</label>
        <label>Accept unsigned policies {tri('acceptUnsigned')}</label>
        <label>
          Audit retention (days){' '}
          <input
            id="editor-audit-retentionDays"
            type="number"
            value={str('audit.retentionDays')}
            onInput={(e) => set('audit.retentionDays', e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
          />
        </label>
        <label>
          Own domains (comma-separated){' '}
          <input
            id="editor-domains"
            value={((getPath(draft, 'detection.exclusions.domains') as string[] | undefined) ?? []).join(', ')}
            onInput={(e) => {
              const list = e.currentTarget.value
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean);
              set('detection.exclusions.domains', list.length ? list : undefined);
            }}
          />
        </label>
        <label class="wide">
          Custom patterns, one per line: <code>id | label | regex</code>
          <textarea
            id="editor-patterns"
            rows={3}
            value={patterns.map((p) => `${p.id} | ${p.label} | ${p.pattern}`).join('\n')}
            onInput={(e) => {
              const rows = e.currentTarget.value
                .split('\n')
                .filter((line) => line.trim())
                .map((line) => {
                  const [id = '', label = '', ...rest] = line.split('|');
                  return { id: id.trim(), label: label.trim(), pattern: rest.join('|').trim() };
                });
              set('detection.customPatterns', rows.length ? rows : undefined);
            }}
          />
        </label>
      </div>
      <div id="editor-errors" role="status" aria-live="polite" class={issues.length ? 'error' : 'ok'}>
        {issues.length ? (
          <ul>
            {issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        ) : (
          'Valid policy.'
        )}
      </div>
      <label class="wide">
        Policy JSON (you can also edit it here)
        <textarea
          id="editor-json"
          rows={14}
          spellcheck={false}
          value={jsonText ?? text}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setJsonText(value);
            try {
              const parsed: unknown = JSON.parse(value);
              if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('a policy is a JSON object');
              setDraft(parsed as Draft);
              setJsonError(null);
            } catch (error) {
              setJsonError(error instanceof Error ? error.message : String(error));
            }
          }}
        />
      </label>
      {jsonError ? (
        <p id="editor-json-error" class="error">
          Not valid JSON: {jsonError}
        </p>
      ) : null}
      <a
        id="editor-download"
        class={issues.length || jsonError ? 'button disabled' : 'button'}
        aria-disabled={issues.length || jsonError ? 'true' : 'false'}
        download={`${str('id') || 'policy'}.json`}
        href={issues.length || jsonError ? undefined : `data:application/json;charset=utf-8,${encodeURIComponent(text)}`}
      >
        Download policy.json
      </a>
    </section>
  );
}
