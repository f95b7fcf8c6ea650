import { browser } from 'wxt/browser';
import type { CheckResult } from '../../lib/campaign/types';
import { sanitizeJustification } from '../../lib/export/justification';
import type { Payload, TabReport } from '../../lib/messaging/protocol';
import type { Sender } from '../../lib/messaging/router';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';
import { senderPage } from './sender-page';

/**
 * Campaign checks reported by the editor watch. They are kept under their own session key (the
 * exposure scan rewrites the tab report concurrently) and merged into the tab report when read.
 */
const key = (tabId: number) => `campaign:${tabId}`;

interface StoredChecks {
  host: string;
  checks: CheckResult[];
}

const statuses = (checks: readonly { id: string; status: string }[]) =>
  checks.map((c) => ({ id: c.id, status: c.status }) as { id: string; status: CheckResult['status'] });

export async function handleCampaignChecked(db: ConfidantDb, payload: Payload<'cs:campaignChecked'>, sender: Sender) {
  const { tabId, page, host } = senderPage(sender);
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as StoredChecks | undefined;
  await browser.storage.session.set({ [key(tabId)]: { host, checks: payload.checks } satisfies StoredChecks });
  const changed = !stored || stored.host !== host || JSON.stringify(statuses(stored.checks)) !== JSON.stringify(statuses(payload.checks));
  // One event per change of verdict, not one per keystroke.
  if (changed) {
    await appendEvent(db, {
      kind: 'campaign.checked',
      at: Date.now(),
      esp: page.adapter.id,
      host,
      pageKind: 'campaign-editor',
      checks: statuses(payload.checks),
    });
  }
  return { ok: true as const, logged: changed };
}

export async function handleCampaignSend(db: ConfidantDb, payload: Payload<'cs:campaignSend'>, sender: Sender) {
  const { page, host } = senderPage(sender);
  await appendEvent(db, {
    kind: 'campaign.checked',
    at: Date.now(),
    esp: page.adapter.id,
    host,
    pageKind: 'campaign-editor',
    decision: payload.decision,
    checks: statuses(payload.checks),
    ...(payload.justification ? { justification: sanitizeJustification(payload.justification) } : {}),
  });
  return { ok: true as const };
}

/** The tab report with the latest campaign checks of the same host folded in. */
export async function withCampaignChecks(tabId: number, report: TabReport | null): Promise<TabReport | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as StoredChecks | undefined;
  if (!report || !stored || stored.host !== report.host) return report;
  return { ...report, checks: stored.checks };
}

export async function forgetCampaign(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
