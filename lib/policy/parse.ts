import * as v from 'valibot';
import { POLICY_SCHEMA_VERSION, PolicySchema, describeIssues, type Policy } from './schema';

/**
 * Reading a policy file or URL body. Two shapes are accepted:
 * - a plain policy (`policy.json`, unsigned), or
 * - a signed envelope (`*.confidant-policy.json`):
 *   `{ "format": "confidant-signed-policy/1", "policy": "<the policy JSON text, exactly as signed>", "signature": "<header>..<signature>" }`.
 * The policy travels as a string so the signed bytes survive re-formatting of the envelope.
 */
export const MAX_POLICY_BYTES = 1024 * 1024;
export const SIGNED_FORMAT = 'confidant-signed-policy/1';

export type RejectionCode =
  | 'too-large'
  | 'malformed-json'
  | 'schema'
  | 'unknown-version'
  | 'expired'
  | 'rollback'
  | 'bad-signature'
  | 'untrusted-key'
  | 'unsigned'
  | 'fetch-failed';

export interface Rejection {
  ok: false;
  code: RejectionCode;
  message: string;
  /** Schema violations as "path: message" lines. */
  details?: string[];
}

export interface ParsedPolicy {
  ok: true;
  policy: Policy;
  /** The exact policy text (the signed bytes when signed). */
  policyText: string;
  signature: string | null;
}

export const reject = (code: RejectionCode, message: string, details?: string[]): Rejection => ({
  ok: false,
  code,
  message,
  ...(details ? { details } : {}),
});

const SignedEnvelopeSchema = v.strictObject({
  format: v.literal(SIGNED_FORMAT),
  policy: v.pipe(v.string(), v.minLength(2)),
  signature: v.pipe(v.string(), v.minLength(10), v.maxLength(10_000)),
});

function parseJson(text: string, what: string): { ok: true; value: unknown } | Rejection {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // V8 quotes a slice of the input in some messages; that text could hold an address, so it is cut.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/, ".*" is not valid JSON$/s, '');
    return reject('malformed-json', `${what} is not valid JSON: ${detail}`);
  }
}

export function byteLength(input: string | Uint8Array): number {
  return typeof input === 'string' ? new TextEncoder().encode(input).length : input.length;
}

/** Parses and validates a policy file; signature trust is checked later (accept.ts). */
export function parsePolicyFile(input: string | Uint8Array, now = Date.now()): ParsedPolicy | Rejection {
  const size = byteLength(input);
  if (size > MAX_POLICY_BYTES) {
    return reject('too-large', `The file is ${(size / 1024 / 1024).toFixed(1)} MB; a policy may be at most 1 MB`);
  }
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return reject('malformed-json', 'The file is not UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '');
  const outer = parseJson(text, 'The file');
  if (!outer.ok) return outer;

  let policyText = text;
  let signature: string | null = null;
  let value = outer.value;
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const envelope = v.safeParse(SignedEnvelopeSchema, value);
    if (!envelope.success) {
      return reject('schema', 'The signed policy envelope is not valid', describeIssues(envelope.issues));
    }
    policyText = envelope.output.policy;
    signature = envelope.output.signature;
    const inner = parseJson(policyText, 'The signed policy');
    if (!inner.ok) return inner;
    value = inner.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject('schema', 'A policy must be a JSON object', ['(top level): expected an object']);
  }
  const declared = (value as { schema?: unknown }).schema;
  if (typeof declared === 'string' && declared !== POLICY_SCHEMA_VERSION) {
    return reject(
      'unknown-version',
      `Unknown policy schema version "${declared.slice(0, 40)}": this version of Confidant reads "${POLICY_SCHEMA_VERSION}". Update the extension or re-export the policy.`,
    );
  }
  const parsed = v.safeParse(PolicySchema, value);
  if (!parsed.success) {
    const details = describeIssues(parsed.issues);
    return reject('schema', `The policy does not match the schema (${details[0] ?? 'unknown problem'})`, details);
  }
  const policy = parsed.output;
  if (policy.expiresAt && Date.parse(policy.expiresAt) <= now) {
    return reject('expired', `The policy "${policy.id}" v${policy.version} expired on ${policy.expiresAt}`);
  }
  return { ok: true, policy, policyText, signature };
}
