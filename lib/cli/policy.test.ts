import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPolicy } from './policy';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'confidant-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runPolicy(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const at = (name: string) => path.join(dir, name);
const example = path.resolve(import.meta.dirname, '../../policies/examples/balanced.json');

describe('confidant policy', () => {
  it.each(['EdDSA', 'ES256'])('keygen (%s), sign, verify and validate round-trip', async (alg) => {
    const keygen = await run('keygen', '--alg', alg, '--out', dir, '--name', 'lead', '--json');
    expect(keygen.code).toBe(0);
    const key = JSON.parse(keygen.stdout) as { thumbprint: string; fingerprint: string };
    expect(JSON.parse(fs.readFileSync(at('lead.private.jwk'), 'utf8'))).toHaveProperty('d');
    expect(JSON.parse(fs.readFileSync(at('lead.public.jwk'), 'utf8'))).not.toHaveProperty('d');
    expect(fs.statSync(at('lead.private.jwk')).mode & 0o077).toBe(0);

    fs.copyFileSync(example, at('policy.json'));
    const sign = await run('sign', at('policy.json'), '--key', at('lead.private.jwk'));
    expect(sign.code).toBe(0);
    expect(sign.stdout).toContain(key.fingerprint);
    const signedPath = at('policy.confidant-policy.json');
    const envelope = JSON.parse(fs.readFileSync(signedPath, 'utf8')) as { policy: string };
    expect(envelope.policy).toBe(fs.readFileSync(example, 'utf8'));

    const verify = await run('verify', signedPath, '--key', at('lead.public.jwk'), '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, id: 'example-balanced', thumbprint: key.thumbprint, keyChecked: true });
    expect((await run('validate', signedPath)).stdout).toMatch(/valid signed policy/);
  });

  it('verify fails (1) on a tampered file and on the wrong key', async () => {
    await run('keygen', '--out', dir, '--name', 'a');
    await run('keygen', '--out', dir, '--name', 'b');
    fs.copyFileSync(example, at('p.json'));
    await run('sign', at('p.json'), '--key', at('a.private.jwk'), '--out', at('p.signed.json'));
    const wrongKey = await run('verify', at('p.signed.json'), '--key', at('b.public.jwk'));
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stdout).toMatch(/not trusted/);
    const envelope = JSON.parse(fs.readFileSync(at('p.signed.json'), 'utf8')) as { policy: string };
    envelope.policy = envelope.policy.replace('"justify"', '"off"');
    fs.writeFileSync(at('tampered.json'), JSON.stringify(envelope));
    const tampered = await run('verify', at('tampered.json'), '--key', at('a.public.jwk'), '--json');
    expect(tampered.code).toBe(1);
    expect(JSON.parse(tampered.stdout)).toMatchObject({ ok: false, code: 'bad-signature' });
    expect((await run('verify', example)).code).toBe(1);
  });

  it('validate reports schema problems with paths (1) and refuses to sign them', async () => {
    fs.writeFileSync(at('bad.json'), JSON.stringify({ schema: 'confidant-policy/1', id: 'x', version: 1, exports: { action: 'nuke' } }));
    const result = await run('validate', at('bad.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/exports\.action: Invalid type/);
    await run('keygen', '--out', dir, '--name', 'k');
    expect((await run('sign', at('bad.json'), '--key', at('k.private.jwk'))).code).toBe(1);
    expect(fs.existsSync(at('bad.confidant-policy.json'))).toBe(false);
  });

  it('bad input exits 2', async () => {
    expect((await run('sign', at('missing.json'), '--key', at('nope.jwk'))).code).toBe(2);
    expect((await run('validate')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('keygen', '--alg', 'RS256', '--out', dir)).code).toBe(2);
    await run('keygen', '--out', dir, '--name', 'k');
    const again = await run('keygen', '--out', dir, '--name', 'k');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/refusing to overwrite/);
    fs.copyFileSync(example, at('p.json'));
    expect((await run('sign', at('p.json'), '--key', at('k.public.jwk'))).stderr).toMatch(/public key/);
    expect((await run('validate', example, '--bogus')).code).toBe(2);
  });
});
