import type { CheckResult } from '../campaign/types';

/**
 * The lesson that explains a campaign check, for checks that do not name one themselves.
 * Keyed by check id first (docs/design.md contract 2), then by the first rule cited.
 */
export const CHECK_LESSONS: Record<string, string> = {
  'unsubscribe-link': 'opt-outs',
  'postal-address': 'can-spam',
  'sender-identity': 'can-spam',
  'privacy-link': 'consent-and-privacy-notices',
  'casl-contact': 'casl',
};

export const RULE_LESSONS: Record<string, string> = {
  'CAN-SPAM': 'can-spam',
  CASL: 'casl',
  GDPR: 'gdpr',
  CCPA: 'ccpa-cpra',
  'Gmail/Yahoo bulk-sender': 'opt-outs',
};

export function lessonForCheck(check: Pick<CheckResult, 'id' | 'rules' | 'lesson'>): string {
  if (check.lesson) return check.lesson;
  const byId = CHECK_LESSONS[check.id];
  if (byId) return byId;
  for (const rule of check.rules) {
    const byRule = RULE_LESSONS[rule];
    if (byRule) return byRule;
  }
  return 'what-is-confidentiality';
}
