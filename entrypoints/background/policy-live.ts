import { browser } from 'wxt/browser';
import type { Broadcast } from '../../lib/messaging/protocol';
import { sanitizeManaged } from '../../lib/policy/sanitize';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';
import { recordRejection } from './policy-import';
import { KEYS, getEffectivePolicy } from './policy-store';
import { onAlarm } from './policy-url';

/**
 * Keeps the policy live: reads managed storage at start-up and on change, and pushes every change
 * of the effective policy to open tabs so it applies without a reload.
 */

/** The first managed read on a fresh profile can come back empty before policy has loaded. */
const MANAGED_RETRY_MS = [1_000, 3_000, 10_000, 30_000];

async function readManaged(db: ConfidantDb, attempt: number): Promise<void> {
  let raw: Record<string, unknown> = {};
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // No managed storage here (Firefox without policies.json): treat as empty.
  }
  const delay = MANAGED_RETRY_MS[attempt];
  if (Object.keys(raw).length === 0 && delay !== undefined) {
    setTimeout(() => void readManaged(db, attempt + 1), delay);
    return;
  }
  const { value, problems } = sanitizeManaged(raw);
  const stored = (await browser.storage.local.get(KEYS.managed))[KEYS.managed];
  if (JSON.stringify(stored ?? {}) === JSON.stringify(value)) return;
  await browser.storage.local.set({ [KEYS.managed]: value });
  if (problems.length > 0) {
    await recordRejection(db, {
      source: 'managed',
      origin: 'managed storage',
      code: 'managed-values',
      message: 'Some settings from your organisation were ignored because they are not valid',
      details: problems,
    });
  }
  if (Object.keys(value).length > 0) {
    await appendEvent(db, {
      kind: 'policy.applied',
      at: Date.now(),
      esp: null,
      host: '',
      pageKind: 'other',
      decision: 'allowed',
      policyId: value.id ?? 'managed',
      policyVersion: value.version ?? 0,
      source: 'managed',
    });
  }
}

let lastBroadcast: string | null = null;

async function broadcastIfChanged(): Promise<void> {
  const policy = await getEffectivePolicy();
  const json = JSON.stringify(policy);
  if (json === lastBroadcast) return;
  lastBroadcast = json;
  const message: Broadcast = { type: 'bg:policyChanged', policy };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, message).catch(() => {
            // No content script in that tab (not an ESP page): nothing to update.
          }),
    ),
  );
}

const WATCHED = new Set<string>([KEYS.team, KEYS.user, KEYS.managed]);

/** Registers the policy listeners; called synchronously from the background's main(). */
export function startPolicyRuntime(db: ConfidantDb): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void readManaged(db, MANAGED_RETRY_MS.length);
    if (area === 'local' && Object.keys(changes).some((k) => WATCHED.has(k))) void broadcastIfChanged();
  });
  browser.alarms.onAlarm.addListener((alarm) => onAlarm(db, alarm.name));
  // Not awaited: the first managed read can take seconds on a fresh profile; the stored snapshot serves meanwhile.
  void readManaged(db, 0);
}
