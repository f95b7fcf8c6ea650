import { mailchimp } from './mailchimp';
import { klaviyo } from './klaviyo';
import { hubspot } from './hubspot';
import { brevo } from './brevo';
import { sendgrid } from './sendgrid';
import { constantContact } from './constant-contact';
import { activecampaign } from './activecampaign';
import { campaignMonitor } from './campaign-monitor';
import { mailerlite } from './mailerlite';
import { kit } from './kit';
import { mailjet } from './mailjet';
import { omnisend } from './omnisend';
import { sfmc } from './sfmc';
import { listmonk } from './listmonk';
import { mautic } from './mautic';
import { pageKindOf, type EspAdapter, type PageKind } from './types';

/** Every ESP adapter, keyed by id. Adding one here is all it takes to match its pages. */
export const ESP_ADAPTERS = {
  mailchimp,
  klaviyo,
  hubspot,
  brevo,
  sendgrid,
  'constant-contact': constantContact,
  activecampaign,
  'campaign-monitor': campaignMonitor,
  mailerlite,
  kit,
  mailjet,
  omnisend,
  sfmc,
  listmonk,
  mautic,
} as const satisfies Record<string, EspAdapter>;

export type EspId = keyof typeof ESP_ADAPTERS;

export const ADAPTER_LIST: readonly EspAdapter[] = Object.values(ESP_ADAPTERS);

/** Turns a match pattern into a test for a URL (scheme, host with `*.` wildcard, path glob). */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Unsupported match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const pathRe = path.split('*').map(esc).join('.*');
  // Match patterns without a port match every port.
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

export interface EspPage {
  adapter: EspAdapter;
  pageKind: PageKind;
}

/** A self-hosted ESP instance the user or policy granted: origin like `https://news.example.org`. */
export interface SelfHostedSite {
  origin: string;
  esp: EspId;
}

/** Which adapter owns this URL, and which kind of page it is; null when no adapter matches. */
export function identifyPage(href: string, selfHosted: readonly SelfHostedSite[] = []): EspPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const adapter of ADAPTER_LIST) {
    if (adapter.matches.some((p) => matchPatternToRegExp(p).test(url.href))) {
      return { adapter, pageKind: pageKindOf(adapter, url) };
    }
  }
  const site = selfHosted.find((s) => s.origin === url.origin);
  if (site) {
    const adapter: EspAdapter = ESP_ADAPTERS[site.esp];
    return { adapter, pageKind: pageKindOf(adapter, url) };
  }
  return null;
}
