import { browser } from 'wxt/browser';
import { evaluatePolicy } from '../../lib/policy/accept';
import { MAX_POLICY_BYTES, reject, type Rejection } from '../../lib/policy/parse';
import { jwkThumbprint } from '../../lib/policy/signature';
import type { ImportResult, RejectionRecord } from '../../lib/policy/view';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';
import { KEYS, managedKeys, readPolicyState, resolveState, type PinnedKey, type StoredTeamPolicy } from './policy-store';

export interface Candidate {
  input: string | Uint8Array;
  /** The size the sender measured (a file over the limit is not sent whole). */
  size: number;
  source: 'file' | 'url';
  /** File name or URL, shown back to the user. */
  origin: string;
  confirmThumbprint?: string;
  /** Extra keys to store with an accepted policy (the URL state, so both change together). */
  alsoStore?: Record<string, unknown>;
}

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
};

/** Records a rejection: an audit event and the message the options page shows. Nothing else changes. */
export async function recordRejection(db: ConfidantDb, rejection: Omit<RejectionRecord, 'at'>): Promise<void> {
  const at = Date.now();
  await browser.storage.local.set({ [KEYS.rejection]: { ...rejection, at } satisfies RejectionRecord });
  await appendEvent(db, {
    kind: 'policy.rejected',
    at,
    esp: null,
    host: hostOf(rejection.origin),
    pageKind: 'other',
    source: rejection.source,
    reason: `${rejection.code}: ${rejection.message}`,
  });
}

/** Runs a candidate through every check; stores it in one write if accepted. */
export async function importPolicy(db: ConfidantDb, candidate: Candidate): Promise<ImportResult> {
  const state = await readPolicyState();
  const effective = resolveState(state).policy;
  const outcome: Awaited<ReturnType<typeof evaluatePolicy>> =
    candidate.size > MAX_POLICY_BYTES
      ? reject('too-large', `The file is ${(candidate.size / 1024 / 1024).toFixed(1)} MB; a policy may be at most 1 MB`)
      : await evaluatePolicy(candidate.input, {
          current: state.team ? { id: state.team.id, version: state.team.version, text: state.team.text } : null,
          managedKeys: managedKeys(state),
          pinnedKeys: state.pinned.map((k) => k.jwk),
          acceptUnsigned: effective.acceptUnsigned,
          ...(candidate.confirmThumbprint ? { confirmedThumbprint: candidate.confirmThumbprint } : {}),
        });

  if (!outcome.ok) {
    const { ok: _ok, ...rejection } = outcome as Rejection & { thumbprint?: string };
    await recordRejection(db, {
      source: candidate.source,
      origin: candidate.origin,
      code: rejection.code,
      message: rejection.message,
      ...(rejection.details ? { details: rejection.details } : {}),
    });
    return { ok: false, ...rejection };
  }

  const now = Date.now();
  if (!outcome.unchanged) {
    const pinned = [...state.pinned];
    for (const jwk of outcome.newKeys) {
      const thumbprint = await jwkThumbprint(jwk);
      if (pinned.some((k) => k.thumbprint === thumbprint)) continue;
      const via: PinnedKey['via'] = thumbprint === candidate.confirmThumbprint ? 'confirmed' : 'rotation';
      pinned.push({ jwk, thumbprint, via, at: now });
    }
    const team: StoredTeamPolicy = {
      id: outcome.policy.id,
      version: outcome.policy.version,
      source: candidate.source,
      origin: candidate.origin,
      signedBy: outcome.signedBy,
      acceptedAt: now,
      expiresAt: outcome.policy.expiresAt ?? null,
      text: outcome.policyText,
      policy: outcome.policy,
      signature: outcome.signature,
    };
    // One write: the policy, the keys it brings and the cleared rejection change together or not at all.
    await browser.storage.local.set({ [KEYS.team]: team, [KEYS.pinned]: pinned, [KEYS.rejection]: null, ...candidate.alsoStore });
    await appendEvent(db, {
      kind: 'policy.applied',
      at: now,
      esp: null,
      host: hostOf(candidate.origin),
      pageKind: 'other',
      decision: 'allowed',
      policyId: outcome.policy.id,
      policyVersion: outcome.policy.version,
      source: candidate.source,
    });
  } else {
    await browser.storage.local.set({ [KEYS.rejection]: null, ...candidate.alsoStore });
  }
  return { ok: true, policyId: outcome.policy.id, version: outcome.policy.version, unchanged: outcome.unchanged, source: candidate.source };
}
