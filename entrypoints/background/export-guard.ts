import { browser } from 'wxt/browser';
import type { EspAdapter, PageKind } from '../../lib/esp/types';
import { decideExport, decisionOf, explainVerdict, type ExportVerdict } from '../../lib/export/decide';
import { sanitizeJustification } from '../../lib/export/justification';
import type { ExportAnswer, ExportPrompt } from '../../lib/export/protocol';
import type { EffectivePolicy } from '../../lib/policy/defaults';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';
import type { Decision } from '../../lib/storage/events';
import { hasPassed } from '../../lib/storage/training';
import { getEffectivePolicy } from './policy-store';
import { askInWindow } from './prompt-window';

/**
 * What the click path and the download path share: the verdict for one export, the question put
 * to the page, and the audit event. Events carry metadata only (never file content or rows).
 */
export interface ExportCase {
  adapter: EspAdapter;
  host: string;
  pageKind: PageKind;
  fileType: string;
  source: 'click' | 'download' | 'request';
  optedOut: boolean;
}

const startOfToday = () => {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

/** Exports made today: downloads and requests that were not blocked (clicks are intents, not exports). */
export async function countExportsToday(db: ConfidantDb): Promise<number> {
  return db.events
    .where('[kind+at]')
    .between(['export.detected', startOfToday()], ['export.detected', Infinity])
    .filter((e) => e.kind === 'export.detected' && e.source !== 'click' && e.decision !== 'blocked')
    .count();
}

export async function verdictFor(
  db: ConfidantDb,
  c: ExportCase,
): Promise<{ verdict: ExportVerdict; policy: EffectivePolicy; today: number }> {
  const policy = await getEffectivePolicy();
  const today = await countExportsToday(db);
  const lesson = policy.exports.requiredLesson;
  const lessonPassed = lesson ? await hasPassed(db, lesson) : true;
  const verdict = decideExport(policy.exports, { esp: c.adapter.id, exportsToday: today, lessonPassed, optedOut: c.optedOut });
  return { verdict, policy, today };
}

export function promptFor(c: ExportCase, verdict: ExportVerdict, policy: EffectivePolicy, today: number): ExportPrompt {
  const action = verdict.action === 'justify' || verdict.action === 'block' ? verdict.action : 'warn';
  return { espName: c.adapter.name, fileType: c.fileType, action, lines: explainVerdict(verdict, policy, today) };
}

/**
 * Asks the page in `tabId` (the content script's interstitial). Where the page cannot answer (no
 * content script there, or the tab went away) the question moves to a small extension window.
 * A window closed unanswered or a malformed answer counts as "did not proceed": abandoned exports
 * never land.
 */
export async function askTab(tabId: number | null, prompt: ExportPrompt): Promise<ExportAnswer> {
  let answer: Partial<ExportAnswer> | undefined;
  try {
    if (tabId === null) throw new Error('no tab');
    answer = (await browser.tabs.sendMessage(tabId, { type: 'bg:exportPrompt', prompt })) as Partial<ExportAnswer> | undefined;
    if (answer === undefined) throw new Error('no answer');
  } catch {
    answer = await askInWindow(prompt);
  }
  const justification = typeof answer?.justification === 'string' ? answer.justification : '';
  const proceed = answer?.proceed === true && (prompt.action !== 'justify' || justification.trim().length > 0);
  return { proceed: prompt.action !== 'block' && proceed, justification };
}

export async function recordExport(
  db: ConfidantDb,
  c: ExportCase,
  decision: Decision,
  answer: ExportAnswer | null,
  reasons: string[],
): Promise<void> {
  const flags = [...reasons.filter((r) => r !== 'policy')];
  if (c.optedOut && !flags.includes('opted-out')) flags.push('opted-out');
  if (answer && !answer.proceed && decision === 'blocked' && !reasons.includes('daily-limit') && !reasons.includes('required-lesson'))
    flags.push('cancelled-by-user');
  await appendEvent(db, {
    kind: 'export.detected',
    at: Date.now(),
    esp: c.adapter.id,
    host: c.host,
    pageKind: c.pageKind,
    decision,
    fileType: c.fileType,
    source: c.source,
    ...(answer?.proceed && answer.justification.trim() ? { justification: sanitizeJustification(answer.justification) } : {}),
    flags,
  });
}

/**
 * The whole decision for one export: verdict, question, event. Returns whether it may proceed.
 * `hold` and `release` are how the caller keeps the export from happening meanwhile.
 */
export async function runExportDecision(
  db: ConfidantDb,
  c: ExportCase,
  tabId: number | null,
): Promise<{ proceed: boolean; decision: Decision | null }> {
  const { verdict, policy, today } = await verdictFor(db, c);
  if (verdict.action === 'off') return { proceed: true, decision: null };
  if (verdict.action === 'observe') {
    await recordExport(db, c, 'observed', null, verdict.reasons);
    return { proceed: true, decision: 'observed' };
  }
  const prompt = promptFor(c, verdict, policy, today);
  if (verdict.action === 'block') {
    // Tell the user why, without waiting for them: the export is already stopped.
    void askTab(tabId, prompt);
    await recordExport(db, c, 'blocked', null, verdict.reasons);
    return { proceed: false, decision: 'blocked' };
  }
  const answer = await askTab(tabId, prompt);
  const decision = decisionOf(verdict.action, answer.proceed);
  await recordExport(db, c, decision, answer, verdict.reasons);
  return { proceed: answer.proceed, decision };
}
