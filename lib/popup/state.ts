import type { TabReport } from '../messaging/protocol';
import type { PiiType } from '../pii/types';
import type { MaskMode } from '../policy/schema';
import type { Decision } from '../storage/events';
import type { TrainingSummary } from '../training/status';

/** One export seen on this site, as the audit log holds it: metadata only. */
export interface ExportSummary {
  at: number;
  fileType: string;
  source: 'click' | 'download' | 'request';
  decision: Decision | null;
  flags: string[];
}

/** Everything the popup shows, built by the background in one round trip (`popup:getState`). */
export interface PopupState {
  report: TabReport | null;
  masking: Record<PiiType, MaskMode>;
  allowSnooze: boolean;
  /** Newest first, at most a handful, for the tab's host. */
  exports: ExportSummary[];
  training: TrainingSummary;
  /** Warning ids snoozed on this host right now. */
  snoozed: string[];
}

/** How long a snoozed warning stays quiet on a site. */
export const SNOOZE_MS = 24 * 60 * 60 * 1000;
