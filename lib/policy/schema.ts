import * as v from 'valibot';
import { PII_TYPES, type PiiType } from '../pii/types';

/**
 * The one policy schema. Types come from it; the managed-storage JSON Schema in public/ is
 * generated from it (scripts/gen-managed-schema). A field left out means "not set by this layer".
 */
export const ACTIONS = ['off', 'observe', 'warn', 'justify', 'block'] as const;
export const MASK_MODES = ['off', 'partial', 'full'] as const;

export const ActionSchema = v.picklist(ACTIONS);
export const MaskModeSchema = v.picklist(MASK_MODES);
export type Action = v.InferOutput<typeof ActionSchema>;
export type MaskMode = v.InferOutput<typeof MaskModeSchema>;

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.isoTimestamp());

/** A custom pattern is bounded in length and stripped of constructs that can backtrack badly. */
export const CustomPatternSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,40}$/)),
  label: shortText(80),
  pattern: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  mask: v.optional(MaskModeSchema),
});

export const PolicySchema = v.strictObject({
  schema: v.literal('confidant-policy/1'),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  issuedAt: v.optional(isoDate),
  expiresAt: v.optional(isoDate),
  organisation: v.optional(shortText(120)),
  masking: v.optional(
    v.strictObject(
      Object.fromEntries(PII_TYPES.map((t) => [t, v.optional(MaskModeSchema)])) as Record<
        PiiType,
        v.OptionalSchema<typeof MaskModeSchema, undefined>
      >,
    ),
  ),
  revealRequiresReason: v.optional(v.boolean()),
  detection: v.optional(
    v.strictObject({
      exclusions: v.optional(
        v.strictObject({
          domains: v.optional(v.array(shortText(253))),
          addresses: v.optional(v.array(shortText(254))),
        }),
      ),
      customPatterns: v.optional(v.pipe(v.array(CustomPatternSchema), v.maxLength(20))),
    }),
  ),
  exports: v.optional(
    v.strictObject({
      action: v.optional(ActionSchema),
      perEsp: v.optional(v.record(v.string(), ActionSchema)),
      dailyLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
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
  selfHostedHosts: v.optional(v.array(shortText(253))),
  selectorOverrides: v.optional(v.record(v.string(), v.record(v.string(), v.array(shortText(300))))),
  messages: v.optional(v.record(v.picklist(['export', 'sendGate', 'reveal', 'copy']), shortText(500))),
  acceptUnsigned: v.optional(v.boolean()),
  trustedKeys: v.optional(v.array(v.strictObject({ kid: shortText(100), jwk: v.record(v.string(), v.string()) }))),
});

export type Policy = v.InferOutput<typeof PolicySchema>;
