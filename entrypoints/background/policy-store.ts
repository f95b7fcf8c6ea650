import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { PolicyView } from '../../lib/messaging/protocol';
import { applyPolicyLayer } from '../../lib/policy/apply-layer';
import { DEFAULT_POLICY, type EffectivePolicy } from '../../lib/policy/defaults';
import { PolicySchema } from '../../lib/policy/schema';

/** storage.local key of the user's own settings layer (a policy document the user saved). */
export const USER_POLICY_KEY = 'userPolicy';

async function userLayer() {
  const stored = await browser.storage.local.get(USER_POLICY_KEY);
  const parsed = v.safeParse(PolicySchema, stored[USER_POLICY_KEY]);
  return parsed.success ? parsed.output : null;
}

/**
 * The policy in force. For now the built-in defaults under the user's own settings layer; other
 * policy sources (managed storage, signed files, URLs) resolve into this one place.
 */
export async function getEffectivePolicy(): Promise<EffectivePolicy> {
  const user = await userLayer();
  return user ? applyPolicyLayer(DEFAULT_POLICY, user) : DEFAULT_POLICY;
}

export async function getPolicyView(): Promise<PolicyView> {
  const user = await userLayer();
  return { policy: user ? applyPolicyLayer(DEFAULT_POLICY, user) : DEFAULT_POLICY, source: user ? 'user' : 'defaults' };
}
