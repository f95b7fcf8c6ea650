import type { EffectivePolicy } from './defaults';
import type { RejectionCode } from './parse';
import type { PolicyUrlState } from './policy-url';
import type { LayerName } from './resolve';
import type { UserPolicy } from './schema';

/** What the options page is shown about the policy in force (`options:getPolicy`). */
export interface PolicyView {
  policy: EffectivePolicy;
  /** The highest layer that set anything. */
  source: LayerName;
  /** Which layer set each leaf setting, by dot path in EffectivePolicy. */
  provenance: Record<string, LayerName>;
  /** Paths set by the organisation (managed storage). */
  locked: string[];
  team: TeamPolicyInfo | null;
  url: PolicyUrlState | null;
  keys: { thumbprint: string; via: KeyOrigin }[];
  /** False when the organisation supplies its own keys: then nobody pins others. */
  canPinKeys: boolean;
  lastRejection: RejectionRecord | null;
  user: UserPolicy;
}

export type KeyOrigin = 'organisation' | 'confirmed' | 'rotation';

export interface TeamPolicyInfo {
  id: string;
  version: number;
  source: 'file' | 'url';
  /** The file name or URL it came from. */
  origin: string;
  signedBy: string | null;
  acceptedAt: number;
  /** When the policy says it expires. It stays in force after that (weaker protection would be worse) but the page says so. */
  expiresAt: string | null;
}

export interface RejectionRecord {
  at: number;
  source: 'file' | 'url' | 'managed';
  origin: string;
  code: RejectionCode | 'managed-values';
  message: string;
  details?: string[];
}

export type ImportResult =
  | { ok: true; policyId: string; version: number; unchanged: boolean; source: 'file' | 'url' }
  | { ok: false; code: RejectionCode; message: string; details?: string[]; thumbprint?: string; fingerprint?: string; canPin?: boolean };
