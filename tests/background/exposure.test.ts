import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logCopy } from '../../entrypoints/background/exposure';
import { PAYLOADS } from '../../lib/messaging/protocol';
import { openDb, type ConfidantDb } from '../../lib/storage/db';

const TAB = { id: 3, url: 'https://www.klaviyo.com/list/XyZ123/members' };

let db: ConfidantDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`exposure-bg-${n++}`);
});

describe('copy events in the background', () => {
  it('logs a justified copy with its reason, masking any personal value the reason holds', async () => {
    const payload = v.parse(PAYLOADS['cs:copied'], {
      pageKind: 'audience',
      counts: { email: 2 },
      decision: 'justified',
      reason: '  Send the list to ava.dummins@example.org for the refund  ',
    });
    await logCopy(db, payload, { tab: TAB });
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({ kind: 'pii.copied', esp: 'klaviyo', pageKind: 'audience', decision: 'justified', counts: { email: 2 } });
    const reason = (event as { reason?: string }).reason ?? '';
    expect(reason).toMatch(/^Send the list to .+ for the refund$/);
    expect(reason).not.toContain('ava.dummins');
    expect(event).not.toHaveProperty('flags');
  });

  it('logs a cancelled or refused copy as blocked with the outcome as a flag', async () => {
    await logCopy(db, { pageKind: 'audience', counts: { phone: 1 }, decision: 'blocked', outcome: 'cancelled-by-user' }, { tab: TAB });
    await logCopy(
      db,
      { pageKind: 'audience', counts: { phone: 1 }, decision: 'blocked', reason: 'refund', outcome: 'clipboard-write-refused' },
      { tab: TAB },
    );
    const events = await db.events.toArray();
    expect(events[0]).toMatchObject({ decision: 'blocked', flags: ['cancelled-by-user'] });
    expect(events[0]).not.toHaveProperty('reason');
    expect(events[1]).toMatchObject({ decision: 'blocked', reason: 'refund', flags: ['clipboard-write-refused'] });
  });

  it('does not record a justified copy without a reason as justified', async () => {
    await logCopy(db, { pageKind: 'contact', counts: { email: 1 }, decision: 'justified' }, { tab: TAB });
    expect((await db.events.toArray())[0]).toMatchObject({ decision: 'blocked' });
  });

  it('refuses payloads with an unknown decision or outcome, or an empty or overlong reason', () => {
    const base = { pageKind: 'audience', counts: { email: 1 } };
    expect(v.safeParse(PAYLOADS['cs:copied'], { ...base, decision: 'cancelled' }).success).toBe(false);
    expect(v.safeParse(PAYLOADS['cs:copied'], { ...base, decision: 'blocked', outcome: 'other' }).success).toBe(false);
    expect(v.safeParse(PAYLOADS['cs:copied'], { ...base, decision: 'justified', reason: '   ' }).success).toBe(false);
    expect(v.safeParse(PAYLOADS['cs:copied'], { ...base, decision: 'justified', reason: 'x'.repeat(201) }).success).toBe(false);
  });
});
