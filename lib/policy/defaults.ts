import { PII_TYPES, type PiiType } from '../pii/types';
import type { Action, MaskMode } from './schema';

/** The policy with every value filled in: what the engine and UI read. */
export interface EffectivePolicy {
  id: string;
  version: number;
  organisation: string | null;
  masking: Record<PiiType, MaskMode>;
  revealRequiresReason: boolean;
  exclusions: { domains: string[]; addresses: string[] };
  customPatterns: { id: string; label: string; pattern: string; mask?: MaskMode }[];
  exports: {
    action: Action;
    perEsp: Record<string, Action>;
    dailyLimit: number | null;
    flagUnsubscribed: boolean;
    requiredLesson: string | null;
  };
  campaign: { sendGate: Action; checks: Record<string, Action> };
  copyGuard: Action;
  training: { required: { lesson: string; due?: string }[]; allowSnooze: boolean };
  audit: { retentionDays: number };
  selfHostedHosts: string[];
  selectorOverrides: Record<string, Record<string, string[]>>;
  messages: Partial<Record<'export' | 'sendGate' | 'reveal' | 'copy', string>>;
  acceptUnsigned: boolean;
}

const partialMasking = Object.fromEntries(PII_TYPES.map((t) => [t, 'partial'])) as Record<PiiType, MaskMode>;

/** Built-in defaults: protective but never blocking work on their own. */
const defaults: EffectivePolicy = {
  id: 'builtin-defaults',
  version: 0,
  organisation: null,
  masking: { ...partialMasking, 'ip-address': 'off' },
  revealRequiresReason: false,
  exclusions: { domains: [], addresses: [] },
  customPatterns: [],
  exports: { action: 'warn', perEsp: {}, dailyLimit: null, flagUnsubscribed: true, requiredLesson: null },
  campaign: { sendGate: 'warn', checks: {} },
  copyGuard: 'observe',
  training: { required: [], allowSnooze: true },
  audit: { retentionDays: 180 },
  selfHostedHosts: [],
  selectorOverrides: {},
  messages: {},
  acceptUnsigned: true,
};

export const DEFAULT_POLICY: Readonly<EffectivePolicy> = Object.freeze(defaults);
