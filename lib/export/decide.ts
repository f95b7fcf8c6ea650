import type { EffectivePolicy } from '../policy/defaults';
import type { Action } from '../policy/schema';
import type { Decision } from '../storage/events';

/** Why an export is held: each reason maps to a sentence the interstitial shows. */
export type ExportReason = 'policy' | 'daily-limit' | 'required-lesson' | 'opted-out';

export interface ExportVerdict {
  action: Action;
  reasons: ExportReason[];
}

export interface ExportFacts {
  esp: string;
  /** Exports already made today (export.detected events from downloads and requests, not blocked). */
  exportsToday: number;
  lessonPassed: boolean;
  optedOut: boolean;
}

const RANK: Record<Action, number> = { off: 0, observe: 1, warn: 2, justify: 3, block: 4 };
const atLeast = (a: Action, b: Action): Action => (RANK[a] >= RANK[b] ? a : b);

/** Applies the export policy to one export. Pure; the background feeds it counts and lesson state. */
export function decideExport(policy: EffectivePolicy['exports'], facts: ExportFacts): ExportVerdict {
  const base = policy.perEsp[facts.esp] ?? policy.action;
  if (base === 'off') return { action: 'off', reasons: [] };
  let action: Action = base;
  const reasons: ExportReason[] = base === 'observe' ? [] : ['policy'];
  if (facts.optedOut && policy.flagUnsubscribed) {
    // Opted-out addresses must never be mailed again: such an export is at least a warning.
    action = atLeast(action, 'warn');
    reasons.push('opted-out');
  }
  if (policy.dailyLimit !== null && facts.exportsToday >= policy.dailyLimit) {
    action = 'block';
    reasons.push('daily-limit');
  }
  if (policy.requiredLesson && !facts.lessonPassed) {
    action = 'block';
    reasons.push('required-lesson');
  }
  return { action, reasons };
}

/** The audit-log decision once the user has answered (or nobody needed to). */
export function decisionOf(action: Action, proceeded: boolean): Decision {
  if (!proceeded || action === 'block') return 'blocked';
  if (action === 'warn') return 'warned';
  if (action === 'justify') return 'justified';
  if (action === 'observe') return 'observed';
  return 'allowed';
}

/** Sentences for the interstitial; the policy's own words come first. */
export function explainVerdict(verdict: ExportVerdict, policy: EffectivePolicy, dailyCount: number): string[] {
  const lines: string[] = [];
  const custom = policy.messages.export;
  for (const reason of verdict.reasons) {
    if (reason === 'policy') lines.push(custom ?? defaultPolicyLine(verdict.action));
    if (reason === 'opted-out')
      lines.push('This export looks like it includes unsubscribed or cleaned contacts. Opted-out addresses must never be mailed again.');
    if (reason === 'daily-limit')
      lines.push(`Your team allows ${policy.exports.dailyLimit ?? 0} exports a day; ${dailyCount} already happened today.`);
    if (reason === 'required-lesson')
      lines.push(`Complete the lesson "${policy.exports.requiredLesson ?? ''}" in the Confidant popup before exporting contacts.`);
  }
  return lines;
}

function defaultPolicyLine(action: Action): string {
  if (action === 'block') return 'Your team’s policy does not allow exporting contact lists from this ESP.';
  if (action === 'justify') return 'Exporting contacts puts every subscriber’s data on this computer. Say why you need this file.';
  return 'Exporting contacts puts every subscriber’s data on this computer. Only continue if you need the file.';
}
