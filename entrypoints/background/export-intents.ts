import { identifyPage } from '../../lib/esp/index';
import type { PageKind } from '../../lib/esp/types';
import type { Payload } from '../../lib/messaging/protocol';
import type { Sender } from '../../lib/messaging/router';
import type { ConfidantDb } from '../../lib/storage/db';
import type { Result } from '../../lib/messaging/protocol';
import { recordExport, runExportDecision } from './export-guard';
import { getEffectivePolicy } from './policy-store';
import { currentSites } from './self-hosted';

/** A recent click on an export control, so the download that follows is attributed to its tab and page. */
export interface Intent {
  tabId: number;
  origin: string;
  pageKind: PageKind;
  optedOut: boolean;
  at: number;
}

const INTENT_TTL_MS = 60_000;
const intents: Intent[] = [];

export function recentIntent(origin: string, now = Date.now()): Intent | null {
  for (let i = intents.length - 1; i >= 0; i--) {
    const intent = intents[i];
    if (intent && intent.origin === origin && now - intent.at < INTENT_TTL_MS) return intent;
  }
  return null;
}

/** The latest export click from any ESP tab, for downloads that carry no origin at all (data: URLs). */
export function latestIntent(maxAgeMs: number, now = Date.now()): Intent | null {
  const intent = intents[intents.length - 1];
  return intent && now - intent.at < maxAgeMs ? intent : null;
}

/**
 * `cs:exportIntent`. A click on a control that asks the ESP to prepare an emailed export is the
 * only moment policy can apply, so it is decided here (the page holds the click meanwhile). Other
 * export clicks are logged as intents; the download guard decides on the file itself.
 */
export async function handleExportIntent(
  db: ConfidantDb,
  payload: Payload<'cs:exportIntent'>,
  sender: Sender,
): Promise<Result<'cs:exportIntent'>> {
  const tabUrl = sender.tab?.url ?? '';
  const tabId = sender.tab?.id ?? null;
  const page = identifyPage(tabUrl, currentSites());
  if (!page || tabId === null) throw new Error('Export intent from an unknown tab');
  const url = new URL(tabUrl);
  const base = {
    adapter: page.adapter,
    host: url.host,
    pageKind: payload.pageKind,
    fileType: payload.fileTypeHint ?? 'unknown',
    optedOut: payload.optedOut,
  };
  if (payload.via === 'request') {
    const { proceed, decision } = await runExportDecision(db, { ...base, source: 'request' }, tabId);
    return { proceed, decision: decision ?? 'allowed' };
  }
  intents.push({ tabId, origin: url.origin, pageKind: payload.pageKind, optedOut: payload.optedOut, at: Date.now() });
  if (intents.length > 50) intents.shift();
  const exports = (await getEffectivePolicy()).exports;
  // With the export rule off for this ESP, clicks are not logged either.
  if ((exports.perEsp[page.adapter.id] ?? exports.action) === 'off') return { proceed: true, decision: 'allowed' };
  await recordExport(db, { ...base, source: 'click' }, 'observed', null, []);
  return { proceed: true, decision: 'observed' };
}
