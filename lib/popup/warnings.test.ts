import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/defaults';
import type { CheckResult } from '../campaign/types';
import type { TabReport } from '../messaging/protocol';
import type { PopupState } from './state';
import { deriveWarnings } from './warnings';

const NOW = 10_000_000_000;
const report: TabReport = {
  esp: 'mailchimp',
  espName: 'Mailchimp',
  host: 'us6.admin.mailchimp.com',
  pageKind: 'campaign-editor',
  counts: { email: 37 },
  checks: null,
  updatedAt: NOW,
};
const base: PopupState = {
  report,
  masking: DEFAULT_POLICY.masking,
  allowSnooze: true,
  exports: [],
  training: { open: [], reviewsDue: [], passed: 0 },
  snoozed: [],
};
const ids = (s: PopupState) => deriveWarnings(s, NOW).map((w) => `${w.id}>${w.lesson}`);

describe('popup warnings', () => {
  it('none for masked, ordinary data and no checks', () => {
    expect(ids(base)).toEqual([]);
  });

  it('failed and warning checks link their lesson (own, by id, or by rule); passes are not warnings', () => {
    const checks: CheckResult[] = [
      { id: 'unsubscribe-link', status: 'fail', title: 'Unsubscribe link', evidence: 'none', rules: ['CAN-SPAM'] },
      { id: 'postal-address', status: 'pass', title: 'Postal address', evidence: 'found', rules: ['CAN-SPAM'] },
      { id: 'new-check', status: 'warn', title: 'X', evidence: 'y', rules: ['CASL'] },
      { id: 'sender-identity', status: 'warn', title: 'From', evidence: 'free mail', rules: [], lesson: 'protecting-data' },
    ];
    expect(ids({ ...base, report: { ...report, checks } })).toEqual([
      'check:unsubscribe-link>opt-outs',
      'check:new-check>casl',
      'check:sender-identity>protecting-data',
    ]);
  });

  it('unmasked or out-of-place data warns with the on-screen lesson', () => {
    const state = {
      ...base,
      masking: { ...base.masking, email: 'off' as const },
      report: { ...report, counts: { email: 3, iban: 1 } },
    };
    const warnings = deriveWarnings(state, NOW);
    expect(warnings.map((w) => w.id)).toEqual(['exposure:email', 'exposure:iban']);
    expect(warnings.every((w) => w.lesson === 'on-screen-exposure')).toBe(true);
  });

  it('a recent warned export warns; an old one or an observed one does not', () => {
    const exp = (at: number, decision: 'warned' | 'observed') => ({
      at,
      fileType: 'csv',
      source: 'download' as const,
      decision,
      flags: [],
    });
    expect(ids({ ...base, exports: [exp(NOW - 60_000, 'warned')] })).toEqual(['export:recent>exporting-safely']);
    expect(ids({ ...base, exports: [exp(NOW - 2 * 86_400_000, 'warned')] })).toEqual([]);
    expect(ids({ ...base, exports: [exp(NOW - 60_000, 'observed')] })).toEqual([]);
  });

  it('required training comes first and cannot be snoozed; snoozed warnings disappear', () => {
    const state: PopupState = {
      ...base,
      masking: { ...base.masking, email: 'off' },
      training: { open: [{ lesson: 'gdpr', due: '2026-01-01T00:00:00Z', state: 'overdue' }], reviewsDue: ['casl'], passed: 1 },
      snoozed: ['exposure:email', 'training:gdpr'],
    };
    const warnings = deriveWarnings(state, NOW);
    expect(warnings.map((w) => [w.id, w.severity, w.snoozable])).toEqual([
      ['training:gdpr', 'fail', false],
      ['review:casl', 'info', true],
    ]);
  });

  it('without a report (not an ESP tab) only training warnings remain', () => {
    expect(
      ids({ ...base, report: null, training: { open: [{ lesson: 'casl', due: null, state: 'required' }], reviewsDue: [], passed: 0 } }),
    ).toEqual(['training:casl>casl']);
  });
});
