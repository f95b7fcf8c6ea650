import { browser } from 'wxt/browser';
import { ADAPTER_LIST } from '../../lib/esp/index';
import { RULE_ID_BASE, RULE_ID_MAX, buildEndpointBlockRules } from '../../lib/export/dnr-rules';
import { KEYS, getEffectivePolicy } from './policy-store';
import { currentSites } from './self-hosted';

/**
 * Known export endpoints (listmonk /api/subscribers/export, Mautic /s/contacts/batchExport, …) are
 * blocked at the network level with dynamic declarativeNetRequest rules while policy says block.
 */
export async function syncExportRules(): Promise<void> {
  const rules = buildEndpointBlockRules(ADAPTER_LIST, await getEffectivePolicy(), currentSites());
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  const ours = existing.filter((r) => r.id >= RULE_ID_BASE && r.id <= RULE_ID_MAX).map((r) => r.id);
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: ours,
    addRules: rules as unknown as Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'],
  });
}

/** Re-syncs when the policy or the self-hosted sites change. */
export function watchExportRules(onSitesChanged: () => Promise<void>): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // Any policy layer (team, user, the managed snapshot) or the site list can change which endpoints are blocked.
    if (KEYS.team in changes || KEYS.user in changes || KEYS.managed in changes || 'selfHostedSites' in changes)
      void onSitesChanged()
        .then(syncExportRules)
        .catch(() => undefined);
  });
}
