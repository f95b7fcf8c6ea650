import * as v from 'valibot';
import { PII_TYPES, type PiiType } from '../pii/types';
import { patternProblem } from './pattern-safety';

/**
 * The one policy schema. Types come from it; the managed-storage JSON Schema in public/ is
 * generated from it (scripts/gen-managed-schema.ts). A field left out means "not set by this layer".
 */
export const POLICY_SCHEMA_VERSION = 'confidant-policy/1';
export const ACTIONS = ['off', 'observe', 'warn', 'justify', 'block'] as const;
export const MASK_MODES = ['off', 'partial', 'full'] as const;
export const MESSAGE_KEYS = ['export', 'sendGate', 'reveal', 'copy'] as const;

export const ActionSchema = v.picklist(ACTIONS);
export const MaskModeSchema = v.picklist(MASK_MODES);
export type Action = v.InferOutput<typeof ActionSchema>;
export type MaskMode = v.InferOutput<typeof MaskModeSchema>;

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 timestamp like 2027-01-31T00:00:00Z'));
const hostName = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^[a-z0-9.-]+(:\d{1,5})?$/i, 'must be a host name such as lists.example.com (no scheme, no path)'),
);

/** A custom pattern is bounded in length and restricted to regex syntax that cannot backtrack badly. */
export const CustomPatternSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be lower-case letters, digits and dashes (2–41 characters)')),
  label: shortText(80),
  pattern: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(200),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = patternProblem(dataset.value);
      if (problem) addIssue({ message: `Unsafe pattern: ${problem}` });
    }),
  ),
  mask: v.optional(MaskModeSchema),
});

/** A public signing key (JWK). Only Ed25519 and P-256 keys, and never a private part. */
export const PublicJwkSchema = v.pipe(
  v.record(v.string(), v.string()),
  v.check((jwk) => !('d' in jwk), 'must be a public key: remove the private part "d"'),
  v.check(
    (jwk) => (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') || (jwk.kty === 'EC' && jwk.crv === 'P-256'),
    'must be an Ed25519 (kty OKP) or P-256 (kty EC) key',
  ),
);

export const TrustedKeySchema = v.strictObject({ kid: shortText(100), jwk: PublicJwkSchema });

const maskingEntries = Object.fromEntries(PII_TYPES.map((t) => [t, v.optional(MaskModeSchema)])) as Record<
  PiiType,
  v.OptionalSchema<typeof MaskModeSchema, undefined>
>;

/** Every setting; shared by the policy file (with id and version) and managed storage (all optional). */
const settingsEntries = {
  organisation: v.optional(shortText(120)),
  masking: v.optional(v.strictObject(maskingEntries)),
  revealRequiresReason: v.optional(v.boolean()),
  detection: v.optional(
    v.strictObject({
      exclusions: v.optional(
        v.strictObject({
          domains: v.optional(v.pipe(v.array(hostName), v.maxLength(200))),
          addresses: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(254), v.email())), v.maxLength(500))),
        }),
      ),
      customPatterns: v.optional(v.pipe(v.array(CustomPatternSchema), v.maxLength(20))),
    }),
  ),
  exports: v.optional(
    v.strictObject({
      action: v.optional(ActionSchema),
      perEsp: v.optional(v.record(v.string(), ActionSchema)),
      dailyLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
      flagUnsubscribed: v.optional(v.boolean()),
      requiredLesson: v.optional(shortText(60)),
    }),
  ),
  campaign: v.optional(
    v.strictObject({
      sendGate: v.optional(ActionSchema),
      checks: v.optional(v.record(v.string(), ActionSchema)),
    }),
  ),
  copyGuard: v.optional(ActionSchema),
  training: v.optional(
    v.strictObject({
      required: v.optional(v.array(v.strictObject({ lesson: shortText(60), due: v.optional(isoDate) }))),
      allowSnooze: v.optional(v.boolean()),
    }),
  ),
  audit: v.optional(v.strictObject({ retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))) })),
  selfHostedHosts: v.optional(v.pipe(v.array(hostName), v.maxLength(50))),
  selectorOverrides: v.optional(v.record(v.string(), v.record(v.string(), v.array(shortText(300))))),
  messages: v.optional(
    v.strictObject(
      Object.fromEntries(MESSAGE_KEYS.map((k) => [k, v.optional(shortText(500))])) as Record<
        (typeof MESSAGE_KEYS)[number],
        v.OptionalSchema<ReturnType<typeof shortText>, undefined>
      >,
    ),
  ),
  acceptUnsigned: v.optional(v.boolean()),
  trustedKeys: v.optional(v.pipe(v.array(TrustedKeySchema), v.maxLength(10))),
};

const identityEntries = {
  schema: v.literal(POLICY_SCHEMA_VERSION),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be 1–100 letters, digits, dots, dashes or underscores')),
  version: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
  issuedAt: v.optional(isoDate),
  expiresAt: v.optional(isoDate),
};

/** A team policy file (signed file or URL). */
export const PolicySchema = v.strictObject({ ...identityEntries, ...settingsEntries });
export type Policy = v.InferOutput<typeof PolicySchema>;

/**
 * What an organisation pushes through enterprise policy (managed storage): the same settings, each
 * optional, identity included so audit events can name the managed policy.
 */
export const ManagedPolicySchema = v.strictObject({
  schema: v.optional(identityEntries.schema),
  id: v.optional(identityEntries.id),
  version: v.optional(identityEntries.version),
  issuedAt: identityEntries.issuedAt,
  expiresAt: identityEntries.expiresAt,
  ...settingsEntries,
});
export type ManagedPolicy = v.InferOutput<typeof ManagedPolicySchema>;

/** The user's own settings (storage.local `userPolicy`): settings only, applied where policy leaves them open. */
export const UserPolicySchema = v.strictObject({ ...settingsEntries });
export type UserPolicy = v.InferOutput<typeof UserPolicySchema>;

/** One setting layer as the resolver sees it. */
export type PolicySettings = Omit<Policy, 'schema' | 'id' | 'version' | 'issuedAt' | 'expiresAt'>;

/**
 * Formats the first few schema issues as "path: message" lines. The value that was received is cut
 * off: these lines reach the screen and the audit log, and a value (an excluded address) may be personal.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 5): string[] {
  return issues.slice(0, limit).map((issue) => {
    const message =
      issue.type === 'strict_object'
        ? 'not a known setting (check the spelling)'
        : issue.message.replace(/,? ?(but )?[Rr]eceived .*$/s, '').replace(/[:\s]+$/, '');
    return `${v.getDotPath(issue) ?? '(top level)'}: ${message}`;
  });
}
