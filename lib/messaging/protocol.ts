import * as v from 'valibot';
import { PII_TYPES } from '../pii/types';
import type { PiiCounts } from '../pii/types';
import type { EffectivePolicy } from '../policy/defaults';
import type { PageKind } from '../esp/types';
import type { CheckResult } from '../campaign/types';
import type { PopupState } from '../popup/state';
import { UserPolicySchema } from '../policy/schema';
import type { ImportResult, PolicyView } from '../policy/view';
import { CampaignCheckedSchema, CampaignSendSchema } from '../campaign/messages';
import { EXPORT_PAYLOADS, type ExportPrompt, type ExportResults } from '../export/protocol';
import { SELF_HOSTED_PAYLOADS, type SelfHostedResults } from '../esp/self-hosted-protocol';

/**
 * The one message protocol. Each message has a payload schema (checked at the boundary by the
 * background before anything acts on it) and a result type. The prefix names the sender:
 * `cs:` content scripts (untrusted reporters), `popup:` and `options:` extension pages (privileged).
 */
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const PageKindSchema = v.picklist(['audience', 'contact', 'campaign-editor', 'export', 'other']);
const CountsSchema = v.pipe(
  v.record(v.picklist(PII_TYPES), count),
  v.transform((c) => c as PiiCounts),
);

export const PAYLOADS = {
  'cs:pageReport': v.strictObject({ pageKind: PageKindSchema, counts: CountsSchema }),
  'popup:getTabReport': v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'cs:getPolicy': v.strictObject({}),
  'options:getPolicy': v.strictObject({}),
  // The popup's whole view in one round trip (tabId null: no tab to describe).
  'popup:getState': v.strictObject({ tabId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  'popup:snooze': v.strictObject({
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    warning: v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z]+:[a-z0-9-]+$/)),
  }),
  // Team policy (issue 6): import a file, set or refresh the policy URL, save the user's own settings.
  'options:importPolicy': v.strictObject({
    fileName: v.pipe(v.string(), v.maxLength(300)),
    size: count,
    text: v.pipe(v.string(), v.maxLength(1_100_000)),
    confirmThumbprint: v.optional(v.pipe(v.string(), v.maxLength(100))),
  }),
  'options:setPolicyUrl': v.strictObject({
    url: v.nullable(v.pipe(v.string(), v.maxLength(2000))),
    confirmThumbprint: v.optional(v.pipe(v.string(), v.maxLength(100))),
  }),
  'options:refreshPolicyUrl': v.strictObject({}),
  'options:saveUserPolicy': v.strictObject({ policy: UserPolicySchema }),
  'cs:campaignChecked': CampaignCheckedSchema,
  'cs:campaignSend': CampaignSendSchema,
  ...EXPORT_PAYLOADS,
  ...SELF_HOSTED_PAYLOADS,
  // Exposure (issue 3): a reveal or a copy of masked values; types and counts only, never a value.
  'cs:revealed': v.strictObject({
    pageKind: PageKindSchema,
    piiType: v.picklist(PII_TYPES),
    reason: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  }),
  // `justified`: the user gave a reason and the real text reached the clipboard. A held copy that did
  // not reach it is `blocked`, with the outcome saying why (cancelled, or the browser refused the write).
  'cs:copied': v.strictObject({
    pageKind: PageKindSchema,
    counts: CountsSchema,
    decision: v.picklist(['observed', 'warned', 'justified', 'blocked']),
    reason: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
    outcome: v.optional(v.picklist(['cancelled-by-user', 'clipboard-write-refused'])),
  }),
} satisfies Record<string, v.GenericSchema>;

export interface TabReport {
  esp: string;
  espName: string;
  host: string;
  pageKind: PageKind;
  counts: PiiCounts;
  /** The campaign checks of the editor in this tab, or null where no campaign was checked. */
  checks: CheckResult[] | null;
  updatedAt: number;
}

export type { PolicyView, ImportResult };

export interface Results extends ExportResults, SelfHostedResults {
  'cs:pageReport': { ok: true };
  'popup:getTabReport': TabReport | null;
  'cs:getPolicy': EffectivePolicy;
  'options:getPolicy': PolicyView;
  'popup:getState': PopupState;
  'popup:snooze': { until: number };
  'options:importPolicy': ImportResult;
  'options:setPolicyUrl': ImportResult | { ok: true; cleared: true };
  'options:refreshPolicyUrl': ImportResult;
  /** `ignored`: paths the user set that a higher layer decides, so they do not take effect. */
  'options:saveUserPolicy': { ok: true; ignored: string[] };
  /** `logged` is true when the statuses changed and a campaign.checked event was written. */
  'cs:campaignChecked': { ok: true; logged: boolean };
  'cs:campaignSend': { ok: true };
  'cs:revealed': { ok: true };
  'cs:copied': { ok: true };
}

/** Messages the background pushes to content scripts (tabs.sendMessage); content scripts validate them too. */
export type Broadcast = { type: 'bg:policyChanged'; policy: EffectivePolicy } | { type: 'bg:exportPrompt'; prompt: ExportPrompt };

export type MessageType = keyof typeof PAYLOADS;
export type Payload<K extends MessageType> = v.InferOutput<(typeof PAYLOADS)[K]>;
export type PayloadInput<K extends MessageType> = v.InferInput<(typeof PAYLOADS)[K]>;
export type Result<K extends MessageType> = Results[K];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: PayloadInput<K>;
}

/** The reply shape on the wire: errors come back as data so the caller sees a clear message. */
export type Reply<K extends MessageType> = { ok: true; result: Result<K> } | { ok: false; error: string };

export const PRIVILEGED_PREFIXES = ['popup:', 'options:'] as const;
export const isPrivilegedType = (type: string) => PRIVILEGED_PREFIXES.some((p) => type.startsWith(p));

/** Builds a typed sender over a transport (browser.runtime.sendMessage in the extension). */
export function createClient(transport: (message: Envelope) => Promise<unknown>) {
  return async function send<K extends MessageType>(type: K, payload: PayloadInput<K>): Promise<Result<K>> {
    const reply = (await transport({ type, payload } as Envelope)) as Reply<K> | undefined;
    if (!reply) throw new Error(`No reply to ${type}`);
    if (!reply.ok) throw new Error(reply.error);
    return reply.result;
  };
}
