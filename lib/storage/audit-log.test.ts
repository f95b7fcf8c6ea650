import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ConfidantDb } from './db';
import { appendEvent, pruneEvents, recentEvents } from './audit-log';
import type { AuditEvent } from './events';

let db: ConfidantDb;
let n = 0;
beforeEach(() => {
  db = openDb(`confidant-test-${n++}`);
});

const visible = (at: number): AuditEvent => ({
  kind: 'pii.visible',
  at,
  esp: 'mailchimp',
  host: 'us6.admin.mailchimp.com',
  pageKind: 'audience',
  decision: 'observed',
  counts: { email: 3 },
});

describe('audit log', () => {
  it('stores events in the confidant events table with ids, newest first', async () => {
    await appendEvent(db, visible(1000));
    await appendEvent(db, visible(2000));
    const events = await recentEvents(db);
    expect(events.map((e) => e.at)).toEqual([2000, 1000]);
    expect(events[0]?.id).toBeTypeOf('number');
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'training']);
  });

  it('refuses an event that carries a raw value', async () => {
    const bad = { ...visible(1), value: 'someone@example.com' } as unknown as AuditEvent;
    await expect(appendEvent(db, bad)).rejects.toThrow("must not carry 'value'");
    expect(await db.events.count()).toBe(0);
  });

  it('prunes events older than the retention window', async () => {
    const day = 86_400_000;
    await appendEvent(db, visible(10 * day));
    await appendEvent(db, visible(100 * day));
    expect(await pruneEvents(db, 30, 101 * day)).toBe(1);
    expect((await recentEvents(db)).map((e) => e.at)).toEqual([100 * day]);
  });
});
