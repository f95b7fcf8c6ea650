import type { CheckStatus } from '../storage/events';

/** Campaign check ids (docs/design.md, contract 2). Further checks may be added. */
export type CheckId = 'unsubscribe-link' | 'postal-address' | 'sender-identity' | (string & {});

/** One check's verdict, with what was seen, how to fix it and the rule it cites. */
export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  title: string;
  /** Human-readable evidence: what was found or missing (never subscriber data). */
  evidence: string;
  /** Why the status is not `pass`, as a stable code (`missing`, `placeholder-link`, `hidden`, `street-only`…). */
  reason?: string;
  fix?: { text: string; snippet?: string };
  /** Rule ids cited, e.g. 'CAN-SPAM', 'CASL', 'GDPR', 'Gmail/Yahoo bulk-sender'. */
  rules: string[];
  /** The lesson that explains this check. */
  lesson?: string;
}

/** A checked campaign: the verdicts plus what the editor cannot show, so no UI implies "compliant". */
export interface CampaignReport {
  /** Dialect id the campaign was read in (ESP adapter id, `pardot`, or `generic`). */
  esp: string;
  espName: string;
  /** True when the ESP was guessed from the merge tags rather than named. */
  espDetected: boolean;
  results: CheckResult[];
  notChecked: string[];
}
