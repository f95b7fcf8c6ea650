import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentFeature, FeatureContext } from '../../lib/content/feature';
import { ESP_MATCHES } from '../../lib/esp/matches';
import { createClient, type Envelope } from '../../lib/messaging/protocol';
import { withRetry } from '../../lib/messaging/retry';
import { DEFAULT_POLICY, type EffectivePolicy } from '../../lib/policy/defaults';
import { exposureWatch } from '../../lib/scan/page-watch';
import { browserClosedRootReader, useClosedShadowRoots } from '../../lib/scan/shadow-roots';
import { policyMarker } from '../../lib/content/policy-marker';
import { campaignEditorWatch } from '../../lib/campaign/editor-watch';
import { mountCampaignPanel } from '../../components/mount-campaign-panel';
import type { SelfHostedSite } from '../../lib/esp/index';
import { exportClickWatch } from '../../lib/export/click-watch';
import { exportPrompt } from './export-prompt';

/** In-page features, in start order. Each gets the same context and owns its own lifecycle. */
const FEATURES: ContentFeature[] = [exposureWatch, policyMarker, campaignEditorWatch(mountCampaignPanel), exportClickWatch, exportPrompt];

export default defineContentScript({
  matches: ESP_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    // Values inside web components' closed shadow roots are scanned too (lib/scan/shadow-roots.ts).
    useClosedShadowRoots(browserClosedRootReader());
    const send = createClient(withRetry((message: Envelope) => browser.runtime.sendMessage(message)));
    let policy: EffectivePolicy = DEFAULT_POLICY;
    const policyListeners: ((p: EffectivePolicy) => void)[] = [];
    try {
      policy = await send('cs:getPolicy', {});
    } catch {
      // The background is starting: work with the defaults until it broadcasts the policy.
    }
    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type?: unknown; policy?: unknown };
      if (m?.type === 'bg:policyChanged' && typeof m.policy === 'object' && m.policy !== null) {
        policy = m.policy as EffectivePolicy;
        for (const listener of policyListeners) listener(policy);
      }
    });
    // Sites granted for self-hosted ESPs (written by the background; content scripts may read storage.local).
    const { selfHostedSites } = await browser.storage.local.get('selfHostedSites').catch(() => ({ selfHostedSites: [] }));
    const selfHosted = Array.isArray(selfHostedSites) ? (selfHostedSites as SelfHostedSite[]) : [];
    const context: FeatureContext = {
      doc: document,
      location: () => window.location.href,
      selfHosted: () => selfHosted,
      send,
      policy: () => policy,
      onPolicyChange: (listener) => policyListeners.push(listener),
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      signal: ctx.signal,
    };
    for (const feature of FEATURES) feature(context);
  },
});
