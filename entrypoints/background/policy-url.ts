import { browser } from 'wxt/browser';
import { REFRESH_MINUTES, fetchPolicyUrl, newUrlState, policyUrlProblem, type PolicyUrlState } from '../../lib/policy/policy-url';
import type { ImportResult } from '../../lib/policy/view';
import type { ConfidantDb } from '../../lib/storage/db';
import { importPolicy, recordRejection } from './policy-import';
import { KEYS, readPolicyState } from './policy-store';

export const URL_ALARM = 'confidant-policy-url';

/** Fetches the policy URL (conditionally) and imports what changed. The last good copy stays on any failure. */
export async function refreshPolicyUrl(db: ConfidantDb, confirmThumbprint?: string, fresh?: PolicyUrlState): Promise<ImportResult> {
  const state = fresh ?? (await readPolicyState()).url;
  if (!state) return { ok: false, code: 'fetch-failed', message: 'No policy URL is set' };
  const fetched = await fetchPolicyUrl(state, (url, init) => fetch(url, init));
  // A new URL is stored only once it delivered an accepted policy; the stored one keeps its record.
  const persist = (next: PolicyUrlState) => (fresh ? Promise.resolve() : browser.storage.local.set({ [KEYS.url]: next }));
  if (fetched.kind === 'failed') {
    await persist(fetched.state);
    const message = fetched.state.error ?? 'The policy URL could not be read';
    await recordRejection(db, { source: 'url', origin: state.url, code: 'fetch-failed', message });
    return { ok: false, code: 'fetch-failed', message };
  }
  if (fetched.kind === 'not-modified') {
    await persist(fetched.state);
    const team = (await readPolicyState()).team;
    return { ok: true, policyId: team?.id ?? '', version: team?.version ?? 0, unchanged: true, source: 'url' };
  }
  const result = await importPolicy(db, {
    input: fetched.body,
    size: fetched.body.length,
    source: 'url',
    origin: state.url,
    ...(confirmThumbprint ? { confirmThumbprint } : {}),
    alsoStore: { [KEYS.url]: fetched.state },
  });
  if (!result.ok) {
    // Keep the attempt time but not the validators: a rejected body must be fetched again next time.
    await persist({ ...state, checkedAt: fetched.state.checkedAt, error: result.message });
  }
  return result;
}

export async function setPolicyUrl(
  db: ConfidantDb,
  url: string | null,
  confirmThumbprint?: string,
): Promise<ImportResult | { ok: true; cleared: true }> {
  if (url === null || url.trim() === '') {
    await browser.storage.local.set({ [KEYS.url]: null });
    await browser.alarms.clear(URL_ALARM);
    return { ok: true, cleared: true };
  }
  const problem = policyUrlProblem(url.trim());
  if (problem) return { ok: false, code: 'fetch-failed', message: problem };
  const result = await refreshPolicyUrl(db, confirmThumbprint, newUrlState(url.trim()));
  if (result.ok) {
    await browser.alarms.create(URL_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: REFRESH_MINUTES });
  }
  return result;
}

/** Called from the background's alarm listener. */
export function onAlarm(db: ConfidantDb, name: string): void {
  if (name === URL_ALARM) void refreshPolicyUrl(db);
}
