import {
  CompactSign,
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';

/**
 * Detached JWS over the exact policy bytes (RFC 7515 Appendix F): an ordinary compact JWS whose
 * payload segment is left empty (`header..signature`); the verifier puts the bytes back. The
 * protected header carries `alg`, `kid` (the key's RFC 7638 SHA-256 thumbprint) and the public
 * `jwk`, so a first import can show the fingerprint to confirm. Trust never comes from the header:
 * a key is trusted only when its thumbprint is pinned or supplied by the organisation.
 */
export const SIGNING_ALGS = ['EdDSA', 'ES256'] as const;
export type SigningAlg = (typeof SIGNING_ALGS)[number];
export type PublicJwk = Record<string, string>;

const ALLOWED_VERIFY_ALGS = ['EdDSA', 'Ed25519', 'ES256'];

/** The key's identity: base64url SHA-256 JWK thumbprint over its required public members. */
export function jwkThumbprint(jwk: PublicJwk): Promise<string> {
  return calculateJwkThumbprint(jwk as JWK, 'sha256');
}

/** Groups a thumbprint for reading aloud and comparing by eye. */
export function formatFingerprint(thumbprint: string): string {
  return thumbprint.match(/.{1,4}/g)?.join(' ') ?? thumbprint;
}

export interface GeneratedKey {
  alg: SigningAlg;
  privateJwk: PublicJwk;
  publicJwk: PublicJwk;
  thumbprint: string;
}

export async function generateSigningKey(alg: SigningAlg = 'EdDSA'): Promise<GeneratedKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg === 'EdDSA' ? 'Ed25519' : 'ES256', { extractable: true });
  const publicJwk = (await exportJWK(publicKey)) as PublicJwk;
  const thumbprint = await jwkThumbprint(publicJwk);
  const privateJwk = { ...((await exportJWK(privateKey)) as PublicJwk), alg, kid: thumbprint };
  return { alg, privateJwk, publicJwk: { ...publicJwk, alg, kid: thumbprint }, thumbprint };
}

/** Only the members that define a public key (drops d, alg, kid, use…). */
export function publicPart(jwk: PublicJwk): PublicJwk {
  const keep = jwk.kty === 'EC' ? ['kty', 'crv', 'x', 'y'] : ['kty', 'crv', 'x'];
  return Object.fromEntries(keep.filter((k) => jwk[k] !== undefined).map((k) => [k, jwk[k] as string]));
}

function algFor(jwk: PublicJwk): SigningAlg {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'ES256';
  throw new Error('Unsupported key: use an Ed25519 (OKP) or P-256 (EC) key');
}

export async function signDetached(bytes: Uint8Array, privateJwk: PublicJwk): Promise<string> {
  if (!privateJwk.d) throw new Error('This is a public key: signing needs the private key (with "d")');
  const alg = algFor(privateJwk);
  const pub = publicPart(privateJwk);
  const kid = await jwkThumbprint(pub);
  const key = await importJWK({ ...publicPart(privateJwk), d: privateJwk.d } as JWK, alg);
  const jws = await new CompactSign(bytes).setProtectedHeader({ alg, kid, jwk: pub }).sign(key);
  const [header, , signature] = jws.split('.');
  return `${header}..${signature}`;
}

export interface SignatureInfo {
  alg: string;
  thumbprint: string;
  jwk: PublicJwk;
}

/** Reads the header of a detached JWS without trusting it. Throws a readable error when malformed. */
export async function inspectSignature(jws: string): Promise<SignatureInfo> {
  const parts = jws.trim().split('.');
  if (parts.length !== 3 || parts[1] !== '') throw new Error('The signature is not a detached compact JWS (header..signature)');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws.trim());
  } catch {
    throw new Error('The signature header cannot be decoded');
  }
  if (!header.alg || !ALLOWED_VERIFY_ALGS.includes(header.alg))
    throw new Error(`Signature algorithm ${String(header.alg)} is not accepted (EdDSA or ES256)`);
  if (!header.jwk || typeof header.jwk !== 'object') throw new Error('The signature does not name its public key (jwk header)');
  const jwk = publicPart(header.jwk as PublicJwk);
  algFor(jwk);
  return { alg: header.alg, thumbprint: await jwkThumbprint(jwk), jwk };
}

export type VerifyOutcome =
  | { ok: true; thumbprint: string; jwk: PublicJwk }
  | { ok: false; code: 'bad-signature'; message: string }
  | { ok: false; code: 'untrusted-key'; message: string; thumbprint: string; jwk: PublicJwk };

const b64url = (bytes: Uint8Array) => {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/**
 * Checks the signature with the key named in its header, then whether that key is trusted.
 * A bad signature is reported as such even from an unknown key, so nobody is asked to pin a
 * key for a file that was tampered with.
 */
export async function verifyDetached(bytes: Uint8Array, jws: string, trusted: readonly PublicJwk[]): Promise<VerifyOutcome> {
  let info: SignatureInfo;
  try {
    info = await inspectSignature(jws);
  } catch (error) {
    return { ok: false, code: 'bad-signature', message: error instanceof Error ? error.message : String(error) };
  }
  const [header, , signature] = jws.trim().split('.');
  try {
    const key = await importJWK(info.jwk as JWK, algFor(info.jwk));
    await compactVerify(`${header}.${b64url(bytes)}.${signature}`, key, { algorithms: ALLOWED_VERIFY_ALGS });
  } catch {
    return {
      ok: false,
      code: 'bad-signature',
      message: 'The signature does not match the policy: the file was changed after signing, or signed with another key',
    };
  }
  const trustedThumbprints = await Promise.all(trusted.map((k) => jwkThumbprint(publicPart(k)).catch(() => '')));
  if (!trustedThumbprints.includes(info.thumbprint)) {
    return {
      ok: false,
      code: 'untrusted-key',
      message: `The policy is signed by a key that is not trusted yet (fingerprint ${formatFingerprint(info.thumbprint)})`,
      thumbprint: info.thumbprint,
      jwk: info.jwk,
    };
  }
  return { ok: true, thumbprint: info.thumbprint, jwk: info.jwk };
}
