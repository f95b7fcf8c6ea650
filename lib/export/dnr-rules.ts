import type { SelfHostedSite } from '../esp/index';
import type { EspAdapter } from '../esp/types';
import type { EffectivePolicy } from '../policy/defaults';

/** The declarativeNetRequest rule shape we emit (a subset of chrome.declarativeNetRequest.Rule). */
export interface BlockRule {
  id: number;
  priority: number;
  action: { type: 'block' };
  condition: { regexFilter: string; resourceTypes: string[] };
}

/** Dynamic rule ids Confidant owns; rules outside this range belong to someone else. */
export const RULE_ID_BASE = 5000;
export const RULE_ID_MAX = 5999;

const RESOURCE_TYPES = ['main_frame', 'sub_frame', 'xmlhttprequest', 'other', 'ping'];
const escapeRe = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `https://*.admin.mailchimp.com/*` → an RE2 origin prefix; rules always follow it with a path starting with `/`. */
export function originRegex(matchPattern: string): string | null {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)\//.exec(matchPattern);
  if (!m?.[3]) return null;
  const scheme = m[1] === '*' ? 'https?' : m[1];
  return `^${scheme}://${m[2] ? '([^/]+\\.)?' : ''}${escapeRe(m[3])}(:[0-9]+)?`;
}

/**
 * Rules that block an ESP's known export endpoints where the policy's export action for that ESP
 * is `block`. Pure: the background installs what this returns.
 */
export function buildEndpointBlockRules(
  adapters: readonly EspAdapter[],
  policy: Pick<EffectivePolicy, 'exports'>,
  sites: readonly SelfHostedSite[],
): BlockRule[] {
  const rules: BlockRule[] = [];
  for (const adapter of adapters) {
    const action = policy.exports.perEsp[adapter.id] ?? policy.exports.action;
    if (action !== 'block' || adapter.exports.endpoints.length === 0) continue;
    const origins = [
      ...adapter.matches.map(originRegex).filter((o): o is string => o !== null),
      ...sites.filter((s) => s.esp === adapter.id).map((s) => `^${escapeRe(s.origin)}`),
    ];
    for (const origin of origins) {
      for (const endpoint of adapter.exports.endpoints) {
        // Anchored paths start at the root; unanchored ones may sit under a sub-path (/listmonk/api/…).
        const path = endpoint.path.startsWith('^') ? endpoint.path.slice(1) : `(/[^?#]*)?${endpoint.path}`;
        const id = RULE_ID_BASE + rules.length;
        if (id > RULE_ID_MAX) return rules;
        rules.push({
          id,
          priority: 1,
          action: { type: 'block' },
          condition: { regexFilter: `${origin}${path}`, resourceTypes: RESOURCE_TYPES },
        });
      }
    }
  }
  return rules;
}
