import { browser } from 'wxt/browser';
import type { UserPolicy } from '../../lib/policy/schema';
import { KEYS, getResolvedPolicy } from './policy-store';

/**
 * Saves the user's own settings (storage.local `userPolicy`, a partial policy) and says which of
 * them do not take effect because a team policy or the organisation decides them.
 */
export async function saveUserPolicy(policy: UserPolicy): Promise<{ ok: true; ignored: string[] }> {
  // Keys a user may never set for themselves: trust decisions belong to the team lead or IT.
  const { trustedKeys: _keys, ...own } = policy;
  await browser.storage.local.set({ [KEYS.user]: own });
  const resolved = await getResolvedPolicy();
  const ignored = Object.entries(resolved.provenance)
    .filter(([, layer]) => layer === 'managed' || layer === 'file' || layer === 'url')
    .map(([path]) => path)
    .filter((path) => hasPath(own, path));
  return { ok: true, ignored };
}

function hasPath(tree: object, path: string): boolean {
  const mapped = path.replace(/^exclusions\./, 'detection.exclusions.').replace(/^customPatterns$/, 'detection.customPatterns');
  let node: unknown = tree;
  for (const key of mapped.split('.')) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}
