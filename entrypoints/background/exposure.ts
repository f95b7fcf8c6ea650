import { sanitizeJustification } from '../../lib/export/justification';
import type { Payload } from '../../lib/messaging/protocol';
import type { Sender } from '../../lib/messaging/router';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';
import { senderPage } from './sender-page';

/** Where a content-script message came from, as the audit log records it. */
function origin(sender: Sender) {
  const { page, host } = senderPage(sender);
  return { esp: page.adapter.id, host };
}

/** One revealed value: its type and a count of one, with the user's reason when policy asked for one. */
export async function logReveal(db: ConfidantDb, payload: Payload<'cs:revealed'>, sender: Sender): Promise<{ ok: true }> {
  await appendEvent(db, {
    kind: 'pii.revealed',
    at: Date.now(),
    ...origin(sender),
    pageKind: payload.pageKind,
    decision: payload.reason ? 'justified' : 'allowed',
    piiType: payload.piiType,
    count: 1,
    // The reason is the user's own words: any personal value in it is masked before it is stored.
    ...(payload.reason ? { reason: sanitizeJustification(payload.reason) } : {}),
  });
  return { ok: true };
}

/**
 * A copy of masked values: counts by type and what the copy guard did. A justified copy keeps the
 * user's reason (masked like every other justification); a held copy that did not reach the
 * clipboard says why in `flags`. A claimed `justified` without a reason is recorded as `blocked`.
 */
export async function logCopy(db: ConfidantDb, payload: Payload<'cs:copied'>, sender: Sender): Promise<{ ok: true }> {
  const decision = payload.decision === 'justified' && !payload.reason ? 'blocked' : payload.decision;
  await appendEvent(db, {
    kind: 'pii.copied',
    at: Date.now(),
    ...origin(sender),
    pageKind: payload.pageKind,
    decision,
    counts: payload.counts,
    ...(payload.reason ? { reason: sanitizeJustification(payload.reason) } : {}),
    ...(payload.outcome ? { flags: [payload.outcome] } : {}),
  });
  return { ok: true };
}
