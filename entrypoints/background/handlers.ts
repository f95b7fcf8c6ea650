import type { Handlers } from '../../lib/messaging/router';
import { appendEvent } from '../../lib/storage/audit-log';
import type { ConfidantDb } from '../../lib/storage/db';
import { showExposure } from './badge';
import { importPolicy } from './policy-import';
import { handleCampaignChecked, handleCampaignSend, withCampaignChecks } from './campaign';
import { logCopy, logReveal } from './exposure';
import { getEffectivePolicy, getPolicyView } from './policy-store';
import { getPopupState, snoozeWarning } from './popup-state';
import { refreshPolicyUrl, setPolicyUrl } from './policy-url';
import { saveUserPolicy } from './policy-user';
import { handleExportIntent } from './export-intents';
import { addSelfHostedSite, listSelfHostedSites, removeSelfHostedSite } from './self-hosted';
import { senderPage } from './sender-page';
import { loadTabReport, saveTabReport } from './tab-reports';

const sameCounts = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export function createHandlers(db: ConfidantDb): Handlers {
  return {
    async 'cs:pageReport'(payload, sender) {
      const { tabId, page, host } = senderPage(sender);
      const previous = await loadTabReport(tabId);
      await saveTabReport(tabId, {
        esp: page.adapter.id,
        espName: page.adapter.name,
        host,
        pageKind: payload.pageKind,
        counts: payload.counts,
        checks: previous?.host === host ? previous.checks : null,
        updatedAt: Date.now(),
      });
      await showExposure(tabId, payload.counts);
      // Log a change in exposure, not every re-scan of the same table; a page with nothing on it is
      // worth an event only when it follows one that showed personal data.
      const samePage = previous?.host === host && previous.pageKind === payload.pageKind;
      const changed = !samePage || !sameCounts(previous.counts, payload.counts);
      const exposed = Object.keys(payload.counts).length > 0 || (samePage && Object.keys(previous.counts).length > 0);
      if (changed && exposed) {
        await appendEvent(db, {
          kind: 'pii.visible',
          at: Date.now(),
          esp: page.adapter.id,
          host,
          pageKind: payload.pageKind,
          decision: 'observed',
          counts: payload.counts,
        });
      }
      return { ok: true };
    },
    async 'popup:getTabReport'({ tabId }) {
      return withCampaignChecks(tabId, await loadTabReport(tabId));
    },
    'cs:getPolicy'() {
      return getEffectivePolicy();
    },
    'options:getPolicy'() {
      return getPolicyView();
    },
    'popup:getState': ({ tabId }) => getPopupState(db, tabId),
    'popup:snooze': ({ tabId, warning }) => snoozeWarning(db, tabId, warning),
    'options:importPolicy'({ text, size, fileName, confirmThumbprint }) {
      return importPolicy(db, { input: text, size, source: 'file', origin: fileName, ...(confirmThumbprint ? { confirmThumbprint } : {}) });
    },
    'options:setPolicyUrl'({ url, confirmThumbprint }) {
      return setPolicyUrl(db, url, confirmThumbprint);
    },
    'options:refreshPolicyUrl'() {
      return refreshPolicyUrl(db);
    },
    'options:saveUserPolicy'({ policy }) {
      return saveUserPolicy(policy);
    },
    'cs:campaignChecked': (payload, sender) => handleCampaignChecked(db, payload, sender),
    'cs:campaignSend': (payload, sender) => handleCampaignSend(db, payload, sender),
    'cs:exportIntent': (payload, sender) => handleExportIntent(db, payload, sender),
    'options:listSelfHostedSites': () => listSelfHostedSites(),
    'options:addSelfHostedSite': (site) => addSelfHostedSite(site),
    'options:removeSelfHostedSite': ({ origin }) => removeSelfHostedSite(origin),
    'cs:revealed': (payload, sender) => logReveal(db, payload, sender),
    'cs:copied': (payload, sender) => logCopy(db, payload, sender),
  };
}
