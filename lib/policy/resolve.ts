import { DEFAULT_POLICY, type EffectivePolicy } from './defaults';
import type { ManagedPolicy, Policy, PolicySettings, UserPolicy } from './schema';

/**
 * Policy precedence (docs/design.md): managed storage > signed file or URL > the user's own
 * settings > built-in defaults. Pure: the background gathers the layers, this merges them.
 */
export type LayerName = 'managed' | 'file' | 'url' | 'user' | 'defaults';

export interface PolicyLayers {
  managed?: ManagedPolicy | null;
  team?: { policy: Policy; source: 'file' | 'url' } | null;
  user?: UserPolicy | null;
}

export interface ResolvedPolicy {
  policy: EffectivePolicy;
  /** The highest layer that set anything (what "the policy in force" came from). */
  source: LayerName;
  /** Which layer set each leaf setting, by dot path in EffectivePolicy (e.g. `exports.action`). */
  provenance: Record<string, LayerName>;
  /** Leaf paths the organisation set through managed storage: the user cannot change them. */
  locked: string[];
}

type Tree = { [key: string]: unknown };
const isTree = (x: unknown): x is Tree => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Maps the file shape onto the EffectivePolicy shape (detection.* is flattened there). */
export function settingsToEffectiveShape(settings: PolicySettings): Tree {
  const { detection, trustedKeys: _keys, ...rest } = settings;
  const out: Tree = { ...rest };
  if (detection?.exclusions) out.exclusions = detection.exclusions;
  if (detection?.customPatterns) out.customPatterns = detection.customPatterns;
  return stripUndefined(out);
}

function stripUndefined(tree: Tree): Tree {
  const out: Tree = {};
  for (const [k, value] of Object.entries(tree)) {
    if (value === undefined) continue;
    out[k] = isTree(value) ? stripUndefined(value) : value;
  }
  return out;
}

/** Every leaf (a non-object value or an array) of a tree, with its dot path. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, value]): [string, unknown][] =>
    isTree(value) ? leaves(value, `${prefix}${k}.`) : [[`${prefix}${k}`, value]],
  );
}

function setPath(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (!isTree(node[key])) node[key] = {};
    node = node[key] as Tree;
  }
  node[keys[keys.length - 1] as string] = structuredClone(value);
}

/** Paths a layer may not set: identity comes from the layers themselves, not from merging. */
const IDENTITY = new Set(['id', 'version', 'schema', 'issuedAt', 'expiresAt']);

export function resolvePolicy(layers: PolicyLayers): ResolvedPolicy {
  const policy = structuredClone(DEFAULT_POLICY) as EffectivePolicy;
  const provenance: Record<string, LayerName> = Object.fromEntries(leaves(policy as unknown as Tree).map(([p]) => [p, 'defaults']));
  const locked: string[] = [];
  const ordered: [LayerName, PolicySettings | null | undefined][] = [
    // Lowest first: each higher layer overwrites what it sets.
    ['user', layers.user],
    [layers.team?.source ?? 'file', layers.team?.policy],
    ['managed', layers.managed],
  ];
  let source: LayerName = 'defaults';
  for (const [name, settings] of ordered) {
    if (!settings) continue;
    const set = leaves(settingsToEffectiveShape(settings)).filter(([p]) => !IDENTITY.has(p));
    if (set.length === 0) continue;
    source = name;
    for (const [path, value] of set) {
      // A record value (perEsp, checks, …) replaces lower layers' entries only for its own keys.
      setPath(policy as unknown as Tree, path, value);
      provenance[path] = name;
      if (name === 'managed') locked.push(path);
    }
  }
  const identity = layers.team?.policy ?? (layers.managed?.id ? layers.managed : null);
  if (identity?.id) {
    policy.id = identity.id;
    policy.version = identity.version ?? 0;
  }
  return { policy: Object.freeze(policy), source, provenance, locked: locked.sort() };
}

/** True when a path (or anything above or below it) is set by the organisation. */
export function isLocked(resolved: Pick<ResolvedPolicy, 'locked'>, path: string): boolean {
  return resolved.locked.some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`));
}
