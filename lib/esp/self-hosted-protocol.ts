import * as v from 'valibot';
import type { SelfHostedSite } from './index';

/** Messages of the options page's "Self-hosted platforms" section, spread into lib/messaging/protocol.ts. */
const SELF_HOSTED_ESPS = ['listmonk', 'mautic'] as const;
const OriginSchema = v.pipe(
  v.string(),
  v.maxLength(260),
  v.check((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
    } catch {
      return false;
    }
  }, 'Expected an origin like https://news.example.org'),
);

export const SELF_HOSTED_PAYLOADS = {
  'options:listSelfHostedSites': v.strictObject({}),
  'options:addSelfHostedSite': v.strictObject({ origin: OriginSchema, esp: v.picklist(SELF_HOSTED_ESPS) }),
  'options:removeSelfHostedSite': v.strictObject({ origin: OriginSchema }),
};

export interface SelfHostedSiteView extends SelfHostedSite {
  /** The optional host permission is granted, so the content script runs there. */
  granted: boolean;
}

export interface SelfHostedResults {
  'options:listSelfHostedSites': { sites: SelfHostedSiteView[]; policyHosts: string[] };
  'options:addSelfHostedSite': { sites: SelfHostedSiteView[]; policyHosts: string[] };
  'options:removeSelfHostedSite': { sites: SelfHostedSiteView[]; policyHosts: string[] };
}

export const SELF_HOSTED_ESP_IDS = SELF_HOSTED_ESPS;

/** `news.example.org` or `https://news.example.org/admin` → `https://news.example.org`; null when unusable. */
export function toOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return url.hostname.includes('.') || url.hostname === 'localhost' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern for a site (ports are left out: a pattern without one matches every port). */
export const sitePattern = (origin: string) => {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
};
