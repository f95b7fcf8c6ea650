import { browser } from 'wxt/browser';
import type { EffectivePolicy } from '../../lib/policy/defaults';
import type { PolicyUrlState } from '../../lib/policy/policy-url';
import { resolvePolicy, type ResolvedPolicy } from '../../lib/policy/resolve';
import { sanitizeManaged, sanitizeUser } from '../../lib/policy/sanitize';
import type { ManagedPolicy, Policy } from '../../lib/policy/schema';
import { jwkThumbprint, publicPart, type PublicJwk } from '../../lib/policy/signature';
import type { KeyOrigin, PolicyView, RejectionRecord, TeamPolicyInfo } from '../../lib/policy/view';

/**
 * The policy in force, kept in storage.local so it survives service-worker restarts and works
 * offline. Every source writes here; one `storage.local.set` per accepted policy keeps it atomic:
 * a rejected candidate never touches these keys.
 */
export const KEYS = {
  team: 'teamPolicy',
  user: 'userPolicy',
  managed: 'managedSnapshot',
  pinned: 'pinnedKeys',
  url: 'policyUrl',
  rejection: 'policyLastRejection',
} as const;

/** The accepted team policy: its exact text (the signed bytes) and where it came from. */
export interface StoredTeamPolicy extends TeamPolicyInfo {
  text: string;
  policy: Policy;
  signature: string | null;
}

export interface PinnedKey {
  jwk: PublicJwk;
  thumbprint: string;
  via: Exclude<KeyOrigin, 'organisation'>;
  at: number;
}

export interface PolicyState {
  team: StoredTeamPolicy | null;
  managed: ManagedPolicy;
  user: ReturnType<typeof sanitizeUser>['value'];
  pinned: PinnedKey[];
  url: PolicyUrlState | null;
  lastRejection: RejectionRecord | null;
}

export async function readPolicyState(): Promise<PolicyState> {
  const stored = await browser.storage.local.get(Object.values(KEYS));
  return {
    team: (stored[KEYS.team] as StoredTeamPolicy | undefined) ?? null,
    // Stored layers are re-checked on read: storage.local can be written by anything in the extension.
    managed: sanitizeManaged(stored[KEYS.managed]).value,
    user: sanitizeUser(stored[KEYS.user]).value,
    pinned: (stored[KEYS.pinned] as PinnedKey[] | undefined) ?? [],
    url: (stored[KEYS.url] as PolicyUrlState | undefined) ?? null,
    lastRejection: (stored[KEYS.rejection] as RejectionRecord | undefined) ?? null,
  };
}

export function resolveState(state: PolicyState): ResolvedPolicy {
  return resolvePolicy({
    managed: state.managed,
    team: state.team ? { policy: state.team.policy, source: state.team.source } : null,
    user: state.user,
  });
}

export const managedKeys = (state: PolicyState): PublicJwk[] => (state.managed.trustedKeys ?? []).map((k) => publicPart(k.jwk));

export async function getResolvedPolicy(): Promise<ResolvedPolicy> {
  return resolveState(await readPolicyState());
}

export async function getEffectivePolicy(): Promise<EffectivePolicy> {
  return (await getResolvedPolicy()).policy;
}

export async function getPolicyView(): Promise<PolicyView> {
  const state = await readPolicyState();
  const resolved = resolveState(state);
  const orgKeys = await Promise.all(
    managedKeys(state).map(async (jwk) => ({ thumbprint: await jwkThumbprint(jwk), via: 'organisation' as const })),
  );
  const team = state.team
    ? (({ text: _t, policy: _p, signature: _s, ...info }: StoredTeamPolicy): TeamPolicyInfo => info)(state.team)
    : null;
  return {
    ...resolved,
    team,
    url: state.url,
    keys: [...orgKeys, ...state.pinned.map(({ thumbprint, via }) => ({ thumbprint, via }))],
    canPinKeys: orgKeys.length === 0,
    lastRejection: state.lastRejection,
    user: state.user,
  };
}
