import type { PageKind } from '../esp/types';
import type { PiiCounts, PiiType } from '../pii/types';

/** Audit-log event shapes (docs/design.md, contract 1). Metadata only: never a raw personal value. */
export type Decision = 'allowed' | 'warned' | 'justified' | 'blocked' | 'observed';
export type CheckStatus = 'pass' | 'warn' | 'fail';

interface EventBase {
  id?: number;
  /** Epoch milliseconds. */
  at: number;
  esp: string | null;
  host: string;
  pageKind: PageKind;
  decision?: Decision;
}

export type AuditEvent =
  | (EventBase & { kind: 'pii.visible'; counts: PiiCounts })
  | (EventBase & { kind: 'pii.revealed'; piiType: PiiType; count: number; reason?: string })
  | (EventBase & { kind: 'pii.copied'; counts: PiiCounts; reason?: string; flags?: string[] })
  | (EventBase & {
      kind: 'export.detected';
      fileType: string;
      source: 'click' | 'download' | 'request';
      justification?: string;
      flags?: string[];
    })
  | (EventBase & { kind: 'campaign.checked'; checks: { id: string; status: CheckStatus }[]; justification?: string })
  | (EventBase & { kind: 'policy.applied'; policyId: string; policyVersion: number; source: string })
  | (EventBase & { kind: 'policy.rejected'; source: string; reason: string })
  | (EventBase & { kind: 'training.completed'; lesson: string; score: number; passed: boolean })
  | (EventBase & { kind: 'warning.snoozed'; warning: string; until: number });

export type AuditEventKind = AuditEvent['kind'];
