import type { CheckResult } from '../campaign/types';
import type { PiiType } from '../pii/types';
import { lessonForCheck } from '../training/check-lessons';
import type { ExportSummary, PopupState } from './state';

/**
 * The popup's warnings, derived from its state. Each names the lesson that explains it, so the
 * popup can offer that lesson right next to the warning. Pure: table-tested without a browser.
 */
export type Warning =
  | { id: string; kind: 'check'; severity: 'fail' | 'warn'; lesson: string; snoozable: true; check: CheckResult }
  | { id: string; kind: 'exposure'; severity: 'warn'; lesson: string; snoozable: true; piiType: PiiType; count: number; unmasked: boolean }
  | { id: string; kind: 'export'; severity: 'warn'; lesson: string; snoozable: true; export: ExportSummary }
  | { id: string; kind: 'training'; severity: 'fail' | 'warn'; lesson: string; snoozable: false; due: string | null }
  | { id: string; kind: 'review'; severity: 'info'; lesson: string; snoozable: true };

/** Types that should rarely be in a marketing tool at all: seeing one is worth a warning even when masked. */
const OUT_OF_PLACE: readonly PiiType[] = ['payment-card', 'iban', 'national-id'];
/** An export stays "recent" for the warning for a day; the list below the warnings keeps older ones. */
const RECENT_EXPORT_MS = 24 * 60 * 60 * 1000;

export function deriveWarnings(state: PopupState, now: number): Warning[] {
  const out: Warning[] = [];
  for (const t of state.training.open) {
    out.push({
      id: `training:${t.lesson}`,
      kind: 'training',
      severity: t.state === 'overdue' ? 'fail' : 'warn',
      lesson: t.lesson,
      snoozable: false,
      due: t.due,
    });
  }
  const report = state.report;
  if (report) {
    for (const check of report.checks ?? []) {
      if (check.status === 'pass') continue;
      out.push({ id: `check:${check.id}`, kind: 'check', severity: check.status, lesson: lessonForCheck(check), snoozable: true, check });
    }
    for (const [type, count] of Object.entries(report.counts) as [PiiType, number][]) {
      if (!count) continue;
      const unmasked = state.masking[type] === 'off';
      if (unmasked || OUT_OF_PLACE.includes(type)) {
        out.push({
          id: `exposure:${type}`,
          kind: 'exposure',
          severity: 'warn',
          lesson: 'on-screen-exposure',
          snoozable: true,
          piiType: type,
          count,
          unmasked,
        });
      }
    }
  }
  const latest = state.exports[0];
  if (latest && now - latest.at < RECENT_EXPORT_MS && latest.decision !== 'observed') {
    out.push({ id: 'export:recent', kind: 'export', severity: 'warn', lesson: 'exporting-safely', snoozable: true, export: latest });
  }
  for (const lesson of state.training.reviewsDue) {
    out.push({ id: `review:${lesson}`, kind: 'review', severity: 'info', lesson, snoozable: true });
  }
  const snoozed = new Set(state.snoozed);
  return out.filter((w) => !(w.snoozable && snoozed.has(w.id)));
}
