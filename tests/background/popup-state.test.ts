import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPopupState, snoozeWarning } from '../../entrypoints/background/popup-state';
import { saveTabReport } from '../../entrypoints/background/tab-reports';
import { appendEvent } from '../../lib/storage/audit-log';
import { openDb, type ConfidantDb } from '../../lib/storage/db';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const HOST = 'us6.admin.mailchimp.com';
let db: ConfidantDb;
let n = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`confidant-popup-${n++}`);
  await saveTabReport(7, {
    esp: 'mailchimp',
    espName: 'Mailchimp',
    host: HOST,
    pageKind: 'audience',
    counts: { email: 37 },
    checks: null,
    updatedAt: NOW,
  });
});

const exportAt = (at: number, host: string) =>
  appendEvent(db, {
    kind: 'export.detected',
    at,
    esp: 'mailchimp',
    host,
    pageKind: 'export',
    decision: 'warned',
    fileType: 'csv',
    source: 'download',
  });

describe('popup:getState', () => {
  it('returns the tab report, masking, this host’s recent exports newest first, and training', async () => {
    await exportAt(NOW - 3_000, HOST);
    await exportAt(NOW - 1_000, 'other.example');
    await exportAt(NOW - 2_000, HOST);
    await exportAt(NOW - 40 * 86_400_000, HOST); // outside the look-back window
    const state = await getPopupState(db, 7, NOW);
    expect(state.report?.counts).toEqual({ email: 37 });
    expect(state.masking.email).toBe('partial');
    expect(state.exports.map((e) => e.at)).toEqual([NOW - 2_000, NOW - 3_000]);
    expect(state.training).toEqual({ open: [], reviewsDue: [], passed: 0 });
  });

  it('for no tab or an unknown tab: no report, no site data', async () => {
    await exportAt(NOW - 1_000, HOST);
    for (const tab of [null, 999]) {
      const state = await getPopupState(db, tab, NOW);
      expect(state.report).toBeNull();
      expect(state.exports).toEqual([]);
    }
  });
});

describe('popup:snooze', () => {
  it('logs warning.snoozed for the tab’s site and the state lists it until it expires', async () => {
    const { until } = await snoozeWarning(db, 7, 'exposure:email', NOW);
    expect(until).toBe(NOW + 86_400_000);
    const events = await db.events.toArray();
    expect(events).toEqual([
      expect.objectContaining({ kind: 'warning.snoozed', host: HOST, esp: 'mailchimp', warning: 'exposure:email', until }),
    ]);
    expect((await getPopupState(db, 7, NOW + 1)).snoozed).toEqual(['exposure:email']);
    expect((await getPopupState(db, 7, until + 1)).snoozed).toEqual([]);
  });

  it('refuses required training and tabs without an ESP page', async () => {
    await expect(snoozeWarning(db, 7, 'training:gdpr', NOW)).rejects.toThrow(/cannot be snoozed/);
    await expect(snoozeWarning(db, 8, 'exposure:email', NOW)).rejects.toThrow(/No ESP page/);
    expect(await db.events.count()).toBe(0);
  });
});
