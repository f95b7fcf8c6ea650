import * as v from 'valibot';

/**
 * Payload schemas for the campaign messages (wired into lib/messaging/protocol.ts). The content
 * script is untrusted: everything is bounded, and results carry only our own labels, never content.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const CheckIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,40}$/));
export const CheckStatusSchema = v.picklist(['pass', 'warn', 'fail']);

export const CampaignCheckSchema = v.strictObject({
  id: CheckIdSchema,
  status: CheckStatusSchema,
  title: text(120),
  evidence: text(600),
  reason: v.optional(text(60)),
  fix: v.optional(v.strictObject({ text: text(400), snippet: v.optional(text(400)) })),
  rules: v.pipe(v.array(text(80)), v.maxLength(10)),
  lesson: v.optional(text(60)),
});

export const CampaignCheckedSchema = v.strictObject({
  /** The dialect the campaign was read in. */
  esp: text(40),
  checks: v.pipe(v.array(CampaignCheckSchema), v.maxLength(20)),
});

export const CampaignSendSchema = v.strictObject({
  checks: v.pipe(v.array(v.strictObject({ id: CheckIdSchema, status: CheckStatusSchema })), v.maxLength(20)),
  decision: v.picklist(['allowed', 'warned', 'justified', 'blocked', 'observed']),
  justification: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
});
