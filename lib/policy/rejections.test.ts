import { describe, expect, it } from 'vitest';
import { evaluatePolicy, type AcceptContext } from './accept';
import { signPolicyText } from './envelope';
import { MAX_POLICY_BYTES } from './parse';
import { generateSigningKey } from './signature';
import { policyText, samplePolicy } from './test-helpers';

const open: AcceptContext = {
  current: null,
  managedKeys: [],
  pinnedKeys: [],
  acceptUnsigned: true,
  now: Date.parse('2027-01-01T00:00:00Z'),
};
const inForce = (text: string) => ({ ...open, current: { id: 'acme-marketing', version: 2, text } });

describe('every rejection says why', () => {
  it('accepts a valid unsigned policy when unsigned policies are allowed', async () => {
    const outcome = await evaluatePolicy(policyText(), open);
    expect(outcome).toMatchObject({ ok: true, signedBy: null, unchanged: false, policy: { id: 'acme-marketing', version: 2 } });
  });

  it('malformed JSON', async () => {
    const outcome = await evaluatePolicy('{"schema": "confidant-policy/1",', open);
    expect(outcome).toMatchObject({ ok: false, code: 'malformed-json' });
    expect(!outcome.ok && outcome.message).toMatch(/not valid JSON/);
  });

  it('malformed JSON messages never quote the file', async () => {
    const outcome = await evaluatePolicy('{"exclusions": seed-list@example.com}', open);
    expect(outcome).toMatchObject({ ok: false, code: 'malformed-json' });
    expect(!outcome.ok && outcome.message).not.toContain('example.com');
    expect(!outcome.ok && outcome.message).toMatch(/Unexpected token/);
  });

  it('malformed JSON inside a signed envelope', async () => {
    const outcome = await evaluatePolicy(
      JSON.stringify({ format: 'confidant-signed-policy/1', policy: '{nope', signature: 'aaaaaaaaaa..bbbb' }),
      open,
    );
    expect(outcome).toMatchObject({ ok: false, code: 'malformed-json' });
  });

  it('schema violations name the path and the message', async () => {
    const bad = JSON.stringify({ ...samplePolicy(), exports: { action: 'nuke' }, masking: { email: 'sometimes' } });
    const outcome = await evaluatePolicy(bad, open);
    expect(outcome).toMatchObject({ ok: false, code: 'schema' });
    if (outcome.ok) return;
    expect(outcome.details?.join('\n')).toMatch(/masking\.email: Invalid type: Expected \("off" \| "partial" \| "full"\)/);
    expect(outcome.details?.join('\n')).toMatch(/exports\.action/);
  });

  it('unknown keys are schema violations too', async () => {
    const outcome = await evaluatePolicy(JSON.stringify({ ...samplePolicy(), blockEverything: true }), open);
    expect(outcome).toMatchObject({ ok: false, code: 'schema' });
    expect(!outcome.ok && outcome.details?.[0]).toBe('blockEverything: not a known setting (check the spelling)');
  });

  it('an unsafe custom pattern is a schema violation with a clear message', async () => {
    const bad = policyText({ detection: { customPatterns: [{ id: 'evil', label: 'Evil', pattern: '(a+)+$' }] } });
    const outcome = await evaluatePolicy(bad, open);
    expect(outcome).toMatchObject({ ok: false, code: 'schema' });
    expect(!outcome.ok && outcome.details?.[0]).toMatch(/detection\.customPatterns\.0\.pattern: Unsafe pattern: nested quantifiers/);
  });

  it('an unknown schema version', async () => {
    const outcome = await evaluatePolicy(JSON.stringify({ ...samplePolicy(), schema: 'confidant-policy/2' }), open);
    expect(outcome).toMatchObject({ ok: false, code: 'unknown-version' });
    expect(!outcome.ok && outcome.message).toMatch(/confidant-policy\/2.*confidant-policy\/1/);
  });

  it('an expired policy', async () => {
    const outcome = await evaluatePolicy(policyText({ expiresAt: '2026-12-31T23:59:59Z' }), open);
    expect(outcome).toMatchObject({ ok: false, code: 'expired' });
    const fresh = await evaluatePolicy(policyText({ expiresAt: '2027-06-30T00:00:00Z' }), open);
    expect(fresh.ok).toBe(true);
  });

  it('a rollback to a lower version of the same policy', async () => {
    const outcome = await evaluatePolicy(policyText({ version: 1 }), inForce(policyText()));
    expect(outcome).toMatchObject({ ok: false, code: 'rollback' });
    expect(!outcome.ok && outcome.message).toMatch(/v1, older than v2/);
  });

  it('the same version with different content', async () => {
    const outcome = await evaluatePolicy(policyText({ copyGuard: 'off' }), inForce(policyText()));
    expect(outcome).toMatchObject({ ok: false, code: 'rollback' });
  });

  it('the same bytes again are accepted as unchanged; another policy id is not a rollback', async () => {
    expect(await evaluatePolicy(policyText(), inForce(policyText()))).toMatchObject({ ok: true, unchanged: true });
    expect(await evaluatePolicy(policyText({ id: 'other-team', version: 1 }), inForce(policyText()))).toMatchObject({ ok: true });
  });

  it('a bad signature', async () => {
    const key = await generateSigningKey();
    const envelope = JSON.parse(await signPolicyText(policyText(), key.privateJwk)) as { policy: string };
    envelope.policy = envelope.policy.replace('"full"', '"off"');
    const outcome = await evaluatePolicy(JSON.stringify(envelope), { ...open, pinnedKeys: [key.publicJwk] });
    expect(outcome).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('a garbage signature', async () => {
    const outcome = await evaluatePolicy(
      JSON.stringify({ format: 'confidant-signed-policy/1', policy: policyText(), signature: 'not-a-jws-at-all' }),
      open,
    );
    expect(outcome).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('an untrusted signature', async () => {
    const key = await generateSigningKey();
    const outcome = await evaluatePolicy(await signPolicyText(policyText(), key.privateJwk), open);
    expect(outcome).toMatchObject({ ok: false, code: 'untrusted-key' });
    expect(!outcome.ok && outcome.message).toMatch(/fingerprint/);
  });

  it('an unsigned policy when only signed ones are accepted', async () => {
    const outcome = await evaluatePolicy(policyText(), { ...open, acceptUnsigned: false });
    expect(outcome).toMatchObject({ ok: false, code: 'unsigned' });
  });

  it('a file over 1 MB', async () => {
    const big = policyText({ organisation: 'x' }).replace('"x"', `"x"${' '.repeat(MAX_POLICY_BYTES)}`);
    const outcome = await evaluatePolicy(big, open);
    expect(outcome).toMatchObject({ ok: false, code: 'too-large' });
    expect(!outcome.ok && outcome.message).toMatch(/at most 1 MB/);
  });

  it('a file that is not UTF-8', async () => {
    const outcome = await evaluatePolicy(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), open);
    expect(outcome).toMatchObject({ ok: false, code: 'malformed-json' });
  });
});
