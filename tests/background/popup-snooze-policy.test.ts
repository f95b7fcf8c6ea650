import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY, type EffectivePolicy } from '../../lib/policy/defaults';
import { openDb } from '../../lib/storage/db';

// A team policy that forbids snoozing and requires a lesson by a date.
const policy: EffectivePolicy = {
  ...DEFAULT_POLICY,
  training: { required: [{ lesson: 'exporting-safely', due: '2026-01-31T00:00:00Z' }], allowSnooze: false },
};
vi.mock('../../entrypoints/background/policy-store', () => ({ getEffectivePolicy: async () => policy }));

const { getPopupState, snoozeWarning } = await import('../../entrypoints/background/popup-state');
const { saveTabReport } = await import('../../entrypoints/background/tab-reports');

beforeEach(() => fakeBrowser.reset());

describe('popup state under a strict team policy', () => {
  it('refuses to snooze and logs nothing when policy forbids it', async () => {
    const db = openDb('confidant-strict-1');
    await saveTabReport(1, {
      esp: 'mailchimp',
      espName: 'Mailchimp',
      host: 'us6.admin.mailchimp.com',
      pageKind: 'audience',
      counts: {},
      checks: null,
      updatedAt: 0,
    });
    await expect(snoozeWarning(db, 1, 'exposure:email')).rejects.toThrow(/does not allow snoozing/);
    expect(await db.events.count()).toBe(0);
    expect((await getPopupState(db, 1)).allowSnooze).toBe(false);
  });

  it('reports a required lesson past its due date as overdue until it is passed', async () => {
    const db = openDb('confidant-strict-2');
    const now = Date.parse('2026-02-15T00:00:00Z');
    expect((await getPopupState(db, null, now)).training.open).toEqual([
      { lesson: 'exporting-safely', due: '2026-01-31T00:00:00Z', state: 'overdue' },
    ]);
    await db.training.put({
      lesson: 'exporting-safely',
      attempts: 1,
      bestScore: 100,
      lastScore: 100,
      passedAt: now,
      dueAt: now + 86_400_000,
    });
    expect((await getPopupState(db, null, now)).training.open).toEqual([]);
  });
});
