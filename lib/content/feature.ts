import type { SelfHostedSite } from '../esp/index';
import type { createClient } from '../messaging/protocol';
import type { EffectivePolicy } from '../policy/defaults';

/**
 * What every in-page feature (exposure scan, masking, export watch, campaign check) is given.
 * Features take everything as parameters, so they run against any document in tests.
 */
export interface FeatureContext {
  doc: Document;
  /** The current page URL (SPA navigations change it). */
  location: () => string;
  send: ReturnType<typeof createClient>;
  /** The policy in force; replaced when the background broadcasts a change. */
  policy: () => EffectivePolicy;
  onPolicyChange: (listener: (policy: EffectivePolicy) => void) => void;
  onLocationChange: (listener: () => void) => void;
  /** Self-hosted ESP sites the user granted (listmonk, Mautic), for identifyPage. */
  selfHosted: () => readonly SelfHostedSite[];
  /** Aborted when the content script is invalidated (extension reload or update). */
  signal: AbortSignal;
}

export type ContentFeature = (ctx: FeatureContext) => void;
