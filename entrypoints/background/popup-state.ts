import Dexie from 'dexie';
import type { Result } from '../../lib/messaging/protocol';
import type { ExportSummary, PopupState } from '../../lib/popup/state';
import { SNOOZE_MS } from '../../lib/popup/state';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';
import type { AuditEvent } from '../../lib/storage/events';
import { summarizeTraining } from '../../lib/training/status';
import { getEffectivePolicy } from './policy-store';
import { withCampaignChecks } from './campaign';
import { loadTabReport } from './tab-reports';

/** How far back the popup looks for exports and snoozes; bounded so opening the popup stays cheap. */
const LOOKBACK_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_EXPORTS = 5;

/** Newest events of one kind since `since`, through the [kind+at] index (no table scan). */
async function recentOfKind<K extends AuditEvent['kind']>(db: ConfidantDb, kind: K, since: number, limit: number) {
  const events = await db.events.where('[kind+at]').between([kind, since], [kind, Dexie.maxKey]).reverse().limit(limit).toArray();
  return events as Extract<AuditEvent, { kind: K }>[];
}

/** The popup's whole view, in one message round trip. */
export async function getPopupState(db: ConfidantDb, tabId: number | null, now = Date.now()): Promise<PopupState> {
  const [report, policy, records] = await Promise.all([
    // Campaign checks are kept under their own key; fold them into the report the popup shows.
    tabId === null ? null : loadTabReport(tabId).then((r) => withCampaignChecks(tabId, r)),
    getEffectivePolicy(),
    db.training.toArray(),
  ]);
  let exports: ExportSummary[] = [];
  let snoozed: string[] = [];
  if (report) {
    const since = now - LOOKBACK_MS;
    const [exportEvents, snoozeEvents] = await Promise.all([
      recentOfKind(db, 'export.detected', since, 200),
      recentOfKind(db, 'warning.snoozed', now - SNOOZE_MS, 200),
    ]);
    exports = exportEvents
      .filter((e) => e.host === report.host)
      .slice(0, MAX_EXPORTS)
      .map((e) => ({ at: e.at, fileType: e.fileType, source: e.source, decision: e.decision ?? null, flags: e.flags ?? [] }));
    snoozed = [...new Set(snoozeEvents.filter((e) => e.host === report.host && e.until > now).map((e) => e.warning))];
  }
  return {
    report,
    masking: policy.masking,
    allowSnooze: policy.training.allowSnooze,
    exports,
    training: summarizeTraining(records, policy.training.required, now),
    snoozed,
  };
}

/** Snoozes a warning on the tab's site, where policy allows it, and logs that it did. */
export async function snoozeWarning(db: ConfidantDb, tabId: number, warning: string, now = Date.now()): Promise<Result<'popup:snooze'>> {
  const policy = await getEffectivePolicy();
  if (!policy.training.allowSnooze) throw new Error('Your team policy does not allow snoozing warnings');
  if (warning.startsWith('training:')) throw new Error('Required training cannot be snoozed');
  const report = await loadTabReport(tabId);
  if (!report) throw new Error('No ESP page in this tab');
  const until = now + SNOOZE_MS;
  await appendEvent(db, {
    kind: 'warning.snoozed',
    at: now,
    esp: report.esp,
    host: report.host,
    pageKind: report.pageKind,
    warning,
    until,
  });
  return { until };
}
