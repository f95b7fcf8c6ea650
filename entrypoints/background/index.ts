import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { identifyPage } from '../../lib/esp/index';
import { createRouter, type Sender } from '../../lib/messaging/router';
import { openDb } from '../../lib/storage/db';
import { createHandlers } from './handlers';
import { startPolicyRuntime } from './policy-live';
import { forgetTab } from './tab-reports';
import { forgetCampaign } from './campaign';
import { startDownloadGuard } from './downloads';
import { syncExportRules, watchExportRules } from './export-rules';
import { currentSites, syncSelfHostedSites } from './self-hosted';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDb();
    const route = createRouter(createHandlers(db), {
      extensionOrigin: browser.runtime.getURL('/'),
      isEspTab: (url) => identifyPage(url, currentSites()) !== null,
    });
    // Self-hosted sites load first, so a message that woke the worker from a self-hosted page is accepted.
    const sitesLoaded = syncSelfHostedSites().catch(() => undefined);
    // Listeners are registered synchronously so a restarted service worker gets the event that woke it.
    browser.runtime.onMessage.addListener((message, sender) => sitesLoaded.then(() => route(message, sender as Sender)));
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
    startPolicyRuntime(db);
    browser.tabs.onRemoved.addListener((tabId) => void forgetCampaign(tabId));
    startDownloadGuard(db);
    watchExportRules(syncSelfHostedSites);
    void sitesLoaded.then(syncExportRules);
  },
});
