import { parsePolicyFile, reject, type ParsedPolicy, type Rejection } from './parse';
import { formatFingerprint, publicPart, verifyDetached, type PublicJwk } from './signature';

/**
 * Decides whether a candidate team policy replaces the one in force. Pure apart from crypto:
 * the caller supplies what is in force and which keys are trusted, and stores the outcome.
 */
export interface AcceptContext {
  /** The team policy in force, if any. */
  current: { id: string; version: number; text: string } | null;
  /** Keys from managed storage (the organisation). */
  managedKeys: readonly PublicJwk[];
  /** Keys the user pinned, or that a trusted policy introduced (rotation). */
  pinnedKeys: readonly PublicJwk[];
  /** The effective `acceptUnsigned` setting. */
  acceptUnsigned: boolean;
  /** The thumbprint the user just confirmed for a first import, if any. */
  confirmedThumbprint?: string;
  now?: number;
}

export interface Accepted extends Omit<ParsedPolicy, 'ok'> {
  ok: true;
  /** The thumbprint of the signing key, or null for an unsigned policy. */
  signedBy: string | null;
  /** Keys to pin along with this policy: a confirmed first key and any keys it names (rotation). */
  newKeys: PublicJwk[];
  /** The same policy (same id, version and bytes) is already in force. */
  unchanged: boolean;
}

export type NeedsConfirmation = Rejection & { code: 'untrusted-key'; thumbprint?: string; fingerprint?: string; canPin: boolean };
export type AcceptOutcome = Accepted | Rejection | NeedsConfirmation;

export async function evaluatePolicy(input: string | Uint8Array, ctx: AcceptContext): Promise<AcceptOutcome> {
  const parsed = parsePolicyFile(input, ctx.now);
  if (!parsed.ok) return parsed;
  const { policy, policyText, signature } = parsed;

  let signedBy: string | null = null;
  const newKeys: PublicJwk[] = [];
  if (signature === null) {
    if (!ctx.acceptUnsigned) {
      return reject('unsigned', 'This policy is not signed, and the policy in force accepts only signed policies');
    }
  } else {
    const outcome = await verifyDetached(new TextEncoder().encode(policyText), signature, [...ctx.managedKeys, ...ctx.pinnedKeys]);
    if (!outcome.ok && outcome.code === 'bad-signature') return reject('bad-signature', outcome.message);
    if (!outcome.ok) {
      // Only a user may pin a key, and only where the organisation has not named its own keys.
      const canPin = ctx.managedKeys.length === 0;
      if (!canPin || ctx.confirmedThumbprint !== outcome.thumbprint) {
        return {
          ...reject(
            'untrusted-key',
            canPin
              ? `${outcome.message}. Check the fingerprint with your team lead, then confirm to trust this key.`
              : `${outcome.message}. Your organisation only trusts the keys it supplies.`,
          ),
          code: 'untrusted-key',
          thumbprint: outcome.thumbprint,
          fingerprint: formatFingerprint(outcome.thumbprint),
          canPin,
        };
      }
      newKeys.push(outcome.jwk);
    }
    signedBy = outcome.thumbprint;
    // Rotation: a policy signed by a trusted key may name the keys that sign its successors.
    for (const key of policy.trustedKeys ?? []) newKeys.push(publicPart(key.jwk));
  }

  const current = ctx.current;
  if (current && current.id === policy.id) {
    if (policy.version < current.version) {
      return reject(
        'rollback',
        `This is "${policy.id}" v${policy.version}, older than v${current.version} in force: a policy is never rolled back`,
      );
    }
    if (policy.version === current.version && policyText !== current.text) {
      return reject(
        'rollback',
        `"${policy.id}" v${policy.version} is already in force with different content: raise the version number for a change`,
      );
    }
  }
  const unchanged = !!current && current.id === policy.id && current.version === policy.version && current.text === policyText;
  return { ok: true, policy, policyText, signature, signedBy, newKeys, unchanged };
}
