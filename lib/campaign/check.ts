import type { Action } from '../policy/schema';
import { adNotice } from './checks/ad-notice';
import type { Check, CheckContext } from './checks/context';
import { postalAddress } from './checks/postal-address';
import { privacyLink } from './checks/privacy-link';
import { senderIdentity } from './checks/sender-identity';
import { unsubscribeLink } from './checks/unsubscribe-link';
import { detectDialect } from './detect-esp';
import { DIALECT_LIST, dialectById } from './dialects/index';
import { buildHaystacks } from './haystack';
import { parseCampaign } from './html/document';
import { NOT_CHECKED } from './not-checked';
import type { CampaignReport, CheckResult } from './types';

export interface CheckOptions {
  /** A dialect id (ESP adapter id, `pardot`, `generic`) or `auto` to guess from the merge tags. */
  esp?: string;
  format?: 'html' | 'text' | 'auto';
  /** The organisation's name from policy, accepted as the sender's name when it appears. */
  organisation?: string | null;
  /** policy.campaign.checks: `off` drops a check, `observe`/`warn` cap it at warn, `justify`/`block` turn a warn into a fail. */
  checks?: Record<string, Action>;
}

/** Always-on checks, in display order. Opt-in checks run only when policy names them. */
const CHECKS: Check[] = [unsubscribeLink, postalAddress, senderIdentity, privacyLink];
const OPT_IN: Record<string, Check> = { 'ad-notice': adNotice };

export function knownEsp(id: string): boolean {
  return id === 'auto' || dialectById(id) !== null;
}

/** Checks one campaign source (HTML, template text, MJML, Inky or plain text). Pure: no I/O. */
export function checkCampaign(source: string, options: CheckOptions = {}): CampaignReport {
  const doc = parseCampaign(source, options.format ?? 'auto');
  const hay = buildHaystacks(doc);
  const requested = options.esp && options.esp !== 'auto' ? dialectById(options.esp) : null;
  if (options.esp && options.esp !== 'auto' && !requested) throw new Error(`Unknown ESP "${options.esp}"`);
  const dialect = requested ?? detectDialect(`${hay.visible}\u0000${hay.hidden}`);
  const ctx: CheckContext = {
    doc,
    hay,
    dialect,
    explicit: requested !== null,
    accepted: requested ? [requested] : DIALECT_LIST,
    all: DIALECT_LIST,
    organisation: options.organisation ?? null,
  };
  const policyChecks = options.checks ?? {};
  const optIn = Object.entries(OPT_IN)
    .filter(([id]) => policyChecks[id] !== undefined && policyChecks[id] !== 'off')
    .map(([, check]) => check);
  const results = [...CHECKS, ...optIn]
    .map((check) => check(ctx))
    .filter((r) => policyChecks[r.id] !== 'off')
    .map((r) => applyPolicy(r, policyChecks[r.id]));
  return { esp: dialect.id, espName: dialect.name, espDetected: requested === null, results, notChecked: [...NOT_CHECKED] };
}

function applyPolicy(result: CheckResult, action: Action | undefined): CheckResult {
  if ((action === 'observe' || action === 'warn') && result.status === 'fail') return { ...result, status: 'warn' };
  if ((action === 'justify' || action === 'block') && result.status === 'warn') return { ...result, status: 'fail' };
  return result;
}

/** The worst status: what a gate or an exit code acts on. */
export function worstStatus(results: readonly CheckResult[]): CheckResult['status'] {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  return results.some((r) => r.status === 'warn') ? 'warn' : 'pass';
}
