import { identifyPage } from '../../lib/esp/index';
import type { Payload } from '../../lib/messaging/protocol';
import type { Sender } from '../../lib/messaging/router';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';

/** Where a content-script message came from, as the audit log records it. */
function origin(sender: Sender) {
  const url = sender.tab?.url ?? '';
  const page = identifyPage(url);
  if (!page) throw new Error('Report from an unknown tab');
  return { esp: page.adapter.id, host: new URL(url).host };
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
    ...(payload.reason ? { reason: payload.reason } : {}),
  });
  return { ok: true };
}

/** A copy of masked values: counts by type and what the copy guard did. */
export async function logCopy(db: ConfidantDb, payload: Payload<'cs:copied'>, sender: Sender): Promise<{ ok: true }> {
  await appendEvent(db, {
    kind: 'pii.copied',
    at: Date.now(),
    ...origin(sender),
    pageKind: payload.pageKind,
    decision: payload.decision,
    counts: payload.counts,
  });
  return { ok: true };
}
