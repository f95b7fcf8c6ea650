import type { AuditEventKind } from '../storage/events';

/**
 * The lesson to suggest right when an event happens, for the in-page panels and the export guard
 * (open it with `lessonPath(id)` from ./links). Events that teach nothing map to nothing.
 */
export const EVENT_LESSONS: Partial<Record<AuditEventKind, string>> = {
  'export.detected': 'exporting-safely',
  'pii.revealed': 'on-screen-exposure',
  'pii.copied': 'on-screen-exposure',
  'pii.visible': 'on-screen-exposure',
  'campaign.checked': 'can-spam',
};
