import { PII_TYPES } from '../pii/types';
import { ACTIONS, MASK_MODES, type UserPolicy } from './schema';

/**
 * The settings the options page lists and lets a user change where policy leaves them open.
 * Paths are EffectivePolicy dot paths (the same as provenance and lock paths).
 */
export type SettingKind =
  | { type: 'choice'; options: readonly string[] }
  | { type: 'boolean' }
  | { type: 'number'; min: number; max: number; optional?: boolean }
  | { type: 'list' }
  | { type: 'text'; max: number };

export interface SettingDef {
  path: string;
  label: string;
  group: string;
  kind: SettingKind;
}

const action = { type: 'choice', options: ACTIONS } as const;
const mask = { type: 'choice', options: MASK_MODES } as const;

export const SETTINGS: readonly SettingDef[] = [
  ...PII_TYPES.map((t): SettingDef => ({ path: `masking.${t}`, label: `Mask ${t.replace(/-/g, ' ')}`, group: 'Masking', kind: mask })),
  { path: 'revealRequiresReason', label: 'Revealing a masked value needs a reason', group: 'Masking', kind: { type: 'boolean' } },
  { path: 'exports.action', label: 'Subscriber exports', group: 'Exports', kind: action },
  {
    path: 'exports.dailyLimit',
    label: 'Exports allowed per day (empty: no limit)',
    group: 'Exports',
    kind: { type: 'number', min: 0, max: 100_000, optional: true },
  },
  { path: 'exports.flagUnsubscribed', label: 'Flag unsubscribed contacts in exports', group: 'Exports', kind: { type: 'boolean' } },
  { path: 'exports.requiredLesson', label: 'Lesson required before exporting', group: 'Exports', kind: { type: 'text', max: 60 } },
  { path: 'campaign.sendGate', label: 'Sending a campaign that fails a check', group: 'Campaigns', kind: action },
  { path: 'copyGuard', label: 'Copying personal data', group: 'Campaigns', kind: action },
  { path: 'training.allowSnooze', label: 'Required lessons can be snoozed', group: 'Training', kind: { type: 'boolean' } },
  { path: 'audit.retentionDays', label: 'Keep the audit log (days)', group: 'Audit', kind: { type: 'number', min: 1, max: 3650 } },
  { path: 'exclusions.domains', label: 'Own domains (not treated as customer data)', group: 'Detection', kind: { type: 'list' } },
  { path: 'exclusions.addresses', label: 'Test addresses (not treated as customer data)', group: 'Detection', kind: { type: 'list' } },
  { path: 'selfHostedHosts', label: 'Self-hosted ESP hosts', group: 'Detection', kind: { type: 'list' } },
  { path: 'acceptUnsigned', label: 'Accept unsigned team policies', group: 'Team policy', kind: { type: 'boolean' } },
];

/** Maps an EffectivePolicy path to the policy-file path (detection.* is flattened in the effective shape). */
export const toFilePath = (path: string) => path.replace(/^(exclusions|customPatterns)\b/, 'detection.$1');

export function getPath(tree: unknown, path: string): unknown {
  let node = tree;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of the user's settings with one setting changed (undefined removes it: back to the layer below). */
export function withUserSetting(user: UserPolicy, effectivePath: string, value: unknown): UserPolicy {
  const copy = structuredClone(user) as Record<string, unknown>;
  const keys = toFilePath(effectivePath).split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy as UserPolicy;
}
