import type { EffectivePolicy } from './defaults';
import type { Policy } from './schema';

/**
 * Lays one policy layer (a file, a URL, managed storage or the user's own settings) over the
 * policy below it: every field the layer sets wins, every field it leaves out stays. Pure.
 */
export function applyPolicyLayer(base: Readonly<EffectivePolicy>, layer: Policy): EffectivePolicy {
  return {
    ...base,
    id: layer.id,
    version: layer.version,
    organisation: layer.organisation ?? base.organisation,
    masking: { ...base.masking, ...definedOnly(layer.masking ?? {}) },
    revealRequiresReason: layer.revealRequiresReason ?? base.revealRequiresReason,
    exclusions: {
      domains: layer.detection?.exclusions?.domains ?? base.exclusions.domains,
      addresses: layer.detection?.exclusions?.addresses ?? base.exclusions.addresses,
    },
    customPatterns: layer.detection?.customPatterns ?? base.customPatterns,
    exports: {
      action: layer.exports?.action ?? base.exports.action,
      perEsp: { ...base.exports.perEsp, ...(layer.exports?.perEsp ?? {}) },
      dailyLimit: layer.exports?.dailyLimit ?? base.exports.dailyLimit,
      flagUnsubscribed: layer.exports?.flagUnsubscribed ?? base.exports.flagUnsubscribed,
      requiredLesson: layer.exports?.requiredLesson ?? base.exports.requiredLesson,
    },
    campaign: {
      sendGate: layer.campaign?.sendGate ?? base.campaign.sendGate,
      checks: { ...base.campaign.checks, ...(layer.campaign?.checks ?? {}) },
    },
    copyGuard: layer.copyGuard ?? base.copyGuard,
    training: {
      required: layer.training?.required ?? base.training.required,
      allowSnooze: layer.training?.allowSnooze ?? base.training.allowSnooze,
    },
    audit: { retentionDays: layer.audit?.retentionDays ?? base.audit.retentionDays },
    selfHostedHosts: layer.selfHostedHosts ?? base.selfHostedHosts,
    selectorOverrides: { ...base.selectorOverrides, ...(layer.selectorOverrides ?? {}) },
    messages: { ...base.messages, ...(layer.messages ?? {}) },
    acceptUnsigned: layer.acceptUnsigned ?? base.acceptUnsigned,
  };
}

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
