import { SIGNED_FORMAT } from './parse';
import { signDetached, type PublicJwk } from './signature';

/** Builds the signed policy file (`*.confidant-policy.json`) from the exact policy text. */
export async function signPolicyText(policyText: string, privateJwk: PublicJwk): Promise<string> {
  const signature = await signDetached(new TextEncoder().encode(policyText), privateJwk);
  return `${JSON.stringify({ format: SIGNED_FORMAT, policy: policyText, signature }, null, 2)}\n`;
}
