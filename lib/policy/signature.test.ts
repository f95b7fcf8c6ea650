import { describe, expect, it } from 'vitest';
import { evaluatePolicy, type AcceptContext } from './accept';
import { signPolicyText } from './envelope';
import { generateSigningKey, inspectSignature, publicPart, verifyDetached } from './signature';
import { policyText } from './test-helpers';

const base: AcceptContext = { current: null, managedKeys: [], pinnedKeys: [], acceptUnsigned: false };
const bytes = (s: string) => new TextEncoder().encode(s);

describe.each(['EdDSA', 'ES256'] as const)('detached JWS with %s', (alg) => {
  it('verifies a good signature from a trusted key', async () => {
    const key = await generateSigningKey(alg);
    const text = policyText();
    const file = JSON.parse(await signPolicyText(text, key.privateJwk)) as { signature: string };
    expect(file.signature).toMatch(/^[\w-]+\.\.[\w-]+$/);
    const info = await inspectSignature(file.signature);
    expect(info.alg).toBe(alg);
    expect(info.thumbprint).toBe(key.thumbprint);
    const outcome = await verifyDetached(bytes(text), file.signature, [key.publicJwk]);
    expect(outcome).toMatchObject({ ok: true, thumbprint: key.thumbprint });
  });

  it('rejects tampered bytes as a bad signature', async () => {
    const key = await generateSigningKey(alg);
    const text = policyText();
    const { signature } = JSON.parse(await signPolicyText(text, key.privateJwk)) as { signature: string };
    const outcome = await verifyDetached(bytes(text.replace('"justify"', '"off"')), signature, [key.publicJwk]);
    expect(outcome).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('reports a valid signature by a key nobody trusts as untrusted', async () => {
    const signer = await generateSigningKey(alg);
    const other = await generateSigningKey(alg);
    const text = policyText();
    const { signature } = JSON.parse(await signPolicyText(text, signer.privateJwk)) as { signature: string };
    const outcome = await verifyDetached(bytes(text), signature, [other.publicJwk]);
    expect(outcome).toMatchObject({ ok: false, code: 'untrusted-key', thumbprint: signer.thumbprint });
  });
});

describe('signature trust through evaluatePolicy', () => {
  it('rejects a signature made by one key but claiming another (swapped header key)', async () => {
    const real = await generateSigningKey();
    const trusted = await generateSigningKey();
    const text = policyText();
    const { signature } = JSON.parse(await signPolicyText(text, real.privateJwk)) as { signature: string };
    const [, , sig] = signature.split('.');
    const forgedHeader = btoa(JSON.stringify({ alg: 'EdDSA', kid: trusted.thumbprint, jwk: publicPart(trusted.publicJwk) }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const forged = JSON.stringify({ format: 'confidant-signed-policy/1', policy: text, signature: `${forgedHeader}..${sig}` });
    const outcome = await evaluatePolicy(forged, { ...base, pinnedKeys: [trusted.publicJwk] });
    expect(outcome).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('asks to confirm the fingerprint on first import, then pins the key once confirmed', async () => {
    const key = await generateSigningKey();
    const file = await signPolicyText(policyText(), key.privateJwk);
    const first = await evaluatePolicy(file, base);
    expect(first).toMatchObject({ ok: false, code: 'untrusted-key', thumbprint: key.thumbprint, canPin: true });
    const confirmed = await evaluatePolicy(file, { ...base, confirmedThumbprint: key.thumbprint });
    expect(confirmed).toMatchObject({ ok: true, signedBy: key.thumbprint });
    expect(confirmed.ok && confirmed.newKeys).toEqual([publicPart(key.publicJwk)]);
  });

  it('does not let a user pin a key when the organisation supplies its keys', async () => {
    const org = await generateSigningKey();
    const key = await generateSigningKey();
    const file = await signPolicyText(policyText(), key.privateJwk);
    const outcome = await evaluatePolicy(file, { ...base, managedKeys: [org.publicJwk], confirmedThumbprint: key.thumbprint });
    expect(outcome).toMatchObject({ ok: false, code: 'untrusted-key', canPin: false });
  });

  it('rotates: a policy signed by a trusted key names a new key, which then signs the next version', async () => {
    const oldKey = await generateSigningKey();
    const newKey = await generateSigningKey('ES256');
    const bridging = await signPolicyText(
      policyText({ version: 3, trustedKeys: [{ kid: 'next', jwk: newKey.publicJwk }] }),
      oldKey.privateJwk,
    );
    const accepted = await evaluatePolicy(bridging, { ...base, pinnedKeys: [oldKey.publicJwk] });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.newKeys).toEqual([publicPart(newKey.publicJwk)]);

    const next = await signPolicyText(policyText({ version: 4 }), newKey.privateJwk);
    const before = await evaluatePolicy(next, { ...base, pinnedKeys: [oldKey.publicJwk] });
    expect(before).toMatchObject({ ok: false, code: 'untrusted-key' });
    const after = await evaluatePolicy(next, { ...base, pinnedKeys: [oldKey.publicJwk, ...accepted.newKeys] });
    expect(after).toMatchObject({ ok: true, signedBy: newKey.thumbprint });
  });

  it('ignores keys named by an unsigned policy', async () => {
    const key = await generateSigningKey();
    const outcome = await evaluatePolicy(policyText({ trustedKeys: [{ kid: 'sneaky', jwk: key.publicJwk }] }), {
      ...base,
      acceptUnsigned: true,
    });
    expect(outcome).toMatchObject({ ok: true, signedBy: null, newKeys: [] });
  });

  it('refuses a signing request with a public key', async () => {
    const key = await generateSigningKey();
    await expect(signPolicyText(policyText(), key.publicJwk)).rejects.toThrow(/private key/);
  });
});
