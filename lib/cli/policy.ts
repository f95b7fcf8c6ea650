import fs from 'node:fs';
import path from 'node:path';
import { signPolicyText } from '../policy/envelope';
import { parsePolicyFile, type Rejection } from '../policy/parse';
import {
  formatFingerprint,
  generateSigningKey,
  inspectSignature,
  jwkThumbprint,
  publicPart,
  verifyDetached,
  type PublicJwk,
  type SigningAlg,
} from '../policy/signature';

/**
 * `npx confidant policy keygen | sign | verify | validate`: the team lead's side of signed
 * policies. Node-only (reads and writes files); the checks are the extension's own lib/policy code.
 */
export interface PolicyCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export const POLICY_HELP = `Usage: npx confidant policy <command> [options]

  keygen [--alg EdDSA|ES256] [--out DIR] [--name NAME]
        create a signing key pair: NAME.private.jwk (keep it secret) and NAME.public.jwk
  sign POLICY.json --key NAME.private.jwk [--out FILE]
        validate the policy, then write the signed file (default POLICY.confidant-policy.json)
  verify FILE [--key NAME.public.jwk]
        check a signed file's signature (and that it was made by that key, with --key)
  validate FILE
        check a policy (plain or signed) against the schema without checking the signature

Options: --json for machine-readable output.
Exit codes: 0 ok, 1 invalid or verification failed, 2 bad input.
`;

class BadInput extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
  json: boolean;
}

function parseArgs(args: string[], withValue: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (withValue.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new BadInput(`${arg} needs a value`);
      flags.set(arg, value);
    } else if (arg.startsWith('--')) throw new BadInput(`Unknown option ${arg}`);
    else positional.push(arg);
  }
  return { positional, flags, json };
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new BadInput(`Cannot read ${file}`);
  }
}

function readKey(file: string): PublicJwk {
  try {
    const jwk = JSON.parse(readText(file)) as PublicJwk;
    if (typeof jwk !== 'object' || jwk === null || typeof jwk.kty !== 'string') throw new Error('not a JWK');
    return jwk;
  } catch (error) {
    if (error instanceof BadInput) throw error;
    throw new BadInput(`${file} is not a JSON Web Key`);
  }
}

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new BadInput(`Cannot read ${file}`);
  }
}

type Out = (human: string, json: Record<string, unknown>) => void;

function reportRejection(out: Out, file: string, r: Rejection): number {
  out(`✗ ${file}: ${r.message}\n${(r.details ?? []).map((d) => `  - ${d}\n`).join('')}`, {
    ok: false,
    file,
    code: r.code,
    message: r.message,
    details: r.details ?? [],
  });
  return EXIT.failed;
}

async function keygen(p: Parsed, out: Out): Promise<number> {
  const alg = (p.flags.get('--alg') ?? 'EdDSA') as SigningAlg;
  if (alg !== 'EdDSA' && alg !== 'ES256') throw new BadInput('--alg must be EdDSA or ES256');
  const dir = p.flags.get('--out') ?? '.';
  const name = p.flags.get('--name') ?? 'confidant-policy';
  if (!/^[\w.-]+$/.test(name)) throw new BadInput('--name may use letters, digits, dots, dashes and underscores');
  const privatePath = path.join(dir, `${name}.private.jwk`);
  const publicPath = path.join(dir, `${name}.public.jwk`);
  for (const f of [privatePath, publicPath]) if (fs.existsSync(f)) throw new BadInput(`${f} exists: refusing to overwrite a key`);
  fs.mkdirSync(dir, { recursive: true });
  const key = await generateSigningKey(alg);
  fs.writeFileSync(privatePath, `${JSON.stringify(key.privateJwk, null, 2)}\n`, { mode: 0o600 });
  fs.writeFileSync(publicPath, `${JSON.stringify(key.publicJwk, null, 2)}\n`);
  out(
    `Created ${alg} key pair:\n  private: ${privatePath} (keep it secret; sign with it)\n  public:  ${publicPath} (give it to IT or your team)\n  fingerprint: ${formatFingerprint(key.thumbprint)}\n`,
    {
      ok: true,
      alg,
      thumbprint: key.thumbprint,
      fingerprint: formatFingerprint(key.thumbprint),
      privateKey: privatePath,
      publicKey: publicPath,
    },
  );
  return EXIT.ok;
}

async function sign(p: Parsed, out: Out): Promise<number> {
  const [file] = p.positional;
  const keyFile = p.flags.get('--key');
  if (!file || !keyFile) throw new BadInput('Usage: policy sign POLICY.json --key NAME.private.jwk [--out FILE]');
  const text = readText(file);
  const key = readKey(keyFile);
  if (!key.d) throw new BadInput(`${keyFile} is a public key: signing needs the private key`);
  const parsed = parsePolicyFile(text);
  if (!parsed.ok) return reportRejection(out, file, parsed);
  if (parsed.signature) throw new BadInput(`${file} is already signed: sign the plain policy JSON`);
  const target = p.flags.get('--out') ?? file.replace(/(\.json)?$/, '.confidant-policy.json');
  let signed: string;
  try {
    signed = await signPolicyText(text, key);
  } catch (error) {
    throw new BadInput(error instanceof Error ? error.message : String(error));
  }
  fs.writeFileSync(target, signed);
  const thumbprint = await jwkThumbprint(publicPart(key));
  out(`Signed "${parsed.policy.id}" v${parsed.policy.version} → ${target}\n  key fingerprint: ${formatFingerprint(thumbprint)}\n`, {
    ok: true,
    file: target,
    id: parsed.policy.id,
    version: parsed.policy.version,
    thumbprint,
    fingerprint: formatFingerprint(thumbprint),
  });
  return EXIT.ok;
}

async function verify(p: Parsed, out: Out): Promise<number> {
  const [file] = p.positional;
  if (!file) throw new BadInput('Usage: policy verify FILE [--key NAME.public.jwk]');
  const keyFile = p.flags.get('--key');
  const trusted = keyFile ? publicPart(readKey(keyFile)) : null;
  const parsed = parsePolicyFile(readBytes(file));
  if (!parsed.ok) return reportRejection(out, file, parsed);
  if (!parsed.signature) {
    out(`✗ ${file}: not signed (a signed file is {"format": "confidant-signed-policy/1", "policy": …, "signature": …})\n`, {
      ok: false,
      file,
      code: 'unsigned',
      message: 'not signed',
    });
    return EXIT.failed;
  }
  const info = await inspectSignature(parsed.signature).catch(() => null);
  // Without --key, check the signature against the key it names, and say that trust was not checked.
  const outcome = await verifyDetached(
    new TextEncoder().encode(parsed.policyText),
    parsed.signature,
    trusted ? [trusted] : info ? [info.jwk] : [],
  );
  if (!outcome.ok) {
    out(`✗ ${file}: ${outcome.message}\n`, { ok: false, file, code: outcome.code, message: outcome.message });
    return EXIT.failed;
  }
  const fingerprint = formatFingerprint(outcome.thumbprint);
  const note = trusted ? `signed by the key in ${keyFile}` : 'signature valid; pass --key PUBLIC.jwk to check who signed it';
  out(`✓ ${file}: "${parsed.policy.id}" v${parsed.policy.version}, ${note}\n  key fingerprint: ${fingerprint}\n`, {
    ok: true,
    file,
    id: parsed.policy.id,
    version: parsed.policy.version,
    thumbprint: outcome.thumbprint,
    fingerprint,
    keyChecked: !!trusted,
  });
  return EXIT.ok;
}

function validate(p: Parsed, out: Out): number {
  const [file] = p.positional;
  if (!file) throw new BadInput('Usage: policy validate FILE');
  const parsed = parsePolicyFile(readBytes(file));
  if (!parsed.ok) return reportRejection(out, file, parsed);
  out(
    `✓ ${file}: "${parsed.policy.id}" v${parsed.policy.version} is a valid ${parsed.signature ? 'signed' : 'unsigned'} policy (signature not checked)\n`,
    {
      ok: true,
      file,
      id: parsed.policy.id,
      version: parsed.policy.version,
      signed: parsed.signature !== null,
    },
  );
  return EXIT.ok;
}

const SUBCOMMANDS: Record<string, { flags: string[]; run: (p: Parsed, out: Out) => Promise<number> | number }> = {
  keygen: { flags: ['--alg', '--out', '--name'], run: keygen },
  sign: { flags: ['--key', '--out'], run: sign },
  verify: { flags: ['--key'], run: verify },
  validate: { flags: [], run: validate },
};

export async function runPolicy(args: string[], io: PolicyCliIo): Promise<number> {
  const [sub, ...rest] = args;
  const json = rest.includes('--json');
  if (!sub || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(POLICY_HELP);
    return sub ? EXIT.ok : EXIT.badInput;
  }
  const command = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!command) {
    io.stderr(`Unknown policy command "${sub}".\n\n${POLICY_HELP}`);
    return EXIT.badInput;
  }
  const out: Out = (human, data) => (json ? io.stdout(`${JSON.stringify(data)}\n`) : io.stdout(human));
  try {
    return await command.run(parseArgs(rest, command.flags), out);
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    if (json) io.stdout(`${JSON.stringify({ ok: false, code: 'bad-input', message: error.message })}\n`);
    io.stderr(`${error.message}\n`);
    return EXIT.badInput;
  }
}
