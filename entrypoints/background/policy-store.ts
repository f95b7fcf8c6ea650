import type { PolicyView } from '../../lib/messaging/protocol';
import { DEFAULT_POLICY, type EffectivePolicy } from '../../lib/policy/defaults';

/**
 * The policy in force. For now the built-in defaults; policy sources (managed storage, signed
 * files, URLs, user settings) resolve into this one place.
 */
export async function getEffectivePolicy(): Promise<EffectivePolicy> {
  return DEFAULT_POLICY;
}

export async function getPolicyView(): Promise<PolicyView> {
  return { policy: await getEffectivePolicy(), source: 'defaults' };
}
