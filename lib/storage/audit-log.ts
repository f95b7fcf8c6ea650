import type { ConfidantDb } from './db';
import type { AuditEvent } from './events';

/** Keys that would carry a raw value if a caller made a mistake; refused outright. */
const FORBIDDEN_KEYS = ['value', 'raw', 'text', 'email', 'content'];

/** Appends an event after a last check that it carries only metadata. Returns its id. */
export async function appendEvent(db: ConfidantDb, event: AuditEvent): Promise<number> {
  for (const key of FORBIDDEN_KEYS) {
    if (key in event) throw new Error(`Audit events must not carry '${key}'`);
  }
  return (await db.events.add(event)) as number;
}

export async function recentEvents(db: ConfidantDb, limit = 100): Promise<AuditEvent[]> {
  return db.events.orderBy('at').reverse().limit(limit).toArray();
}

/** Drops events older than the retention window. */
export async function pruneEvents(db: ConfidantDb, retentionDays: number, now = Date.now()): Promise<number> {
  return db.events
    .where('at')
    .below(now - retentionDays * 86_400_000)
    .delete();
}
