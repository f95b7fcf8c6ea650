import { activecampaign } from './activecampaign';
import { brevo } from './brevo';
import { campaignMonitor } from './campaign-monitor';
import { constantContact } from './constant-contact';
import { generic } from './generic';
import { hubspot } from './hubspot';
import { kit } from './kit';
import { klaviyo } from './klaviyo';
import { listmonk } from './listmonk';
import { mailchimp } from './mailchimp';
import { mailerlite } from './mailerlite';
import { mailjet } from './mailjet';
import { mautic } from './mautic';
import { omnisend } from './omnisend';
import { pardot } from './pardot';
import { sendgrid } from './sendgrid';
import { sfmc } from './sfmc';
import type { Dialect } from './types';

export type { Dialect, TagPattern } from './types';

/** Every dialect, keyed by id (ESP adapter ids where an adapter exists). */
export const DIALECTS = {
  mailchimp,
  klaviyo,
  sendgrid,
  hubspot,
  brevo,
  activecampaign,
  'campaign-monitor': campaignMonitor,
  'constant-contact': constantContact,
  mailerlite,
  kit,
  mailjet,
  omnisend,
  sfmc,
  pardot,
  listmonk,
  mautic,
  generic,
} as const satisfies Record<string, Dialect>;

export type DialectId = keyof typeof DIALECTS;

export const DIALECT_LIST: readonly Dialect[] = Object.values(DIALECTS);

export function dialectById(id: string): Dialect | null {
  return Object.hasOwn(DIALECTS, id) ? DIALECTS[id as DialectId] : null;
}
