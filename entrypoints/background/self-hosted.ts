import { browser } from 'wxt/browser';
import type { SelfHostedSite } from '../../lib/esp/index';
import { sitePattern, type SelfHostedResults } from '../../lib/esp/self-hosted-protocol';
import { getEffectivePolicy } from './policy-store';
import { HIGHLIGHT_CSS_FILE } from '../../lib/scan/highlight-css';

/**
 * Self-hosted ESPs (listmonk, Mautic, hosts a policy names): the options page asks for the optional
 * host permission, this file remembers the site in storage.local and registers the same content
 * script for it at run time.
 */
const STORAGE_KEY = 'selfHostedSites';
const SCRIPT_ID = 'confidant-self-hosted';
/** The page-world bridge on the same sites (entrypoints/page-bridge.content.ts). */
const BRIDGE_ID = 'confidant-self-hosted-page-bridge';

let cache: SelfHostedSite[] = [];

/** The granted sites, for identifyPage and the router's isEspTab (kept in memory: both are synchronous). */
export const currentSites = (): readonly SelfHostedSite[] => cache;

async function readSites(): Promise<SelfHostedSite[]> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  const list = stored[STORAGE_KEY];
  return Array.isArray(list) ? (list as SelfHostedSite[]) : [];
}

const isGranted = (origin: string) => browser.permissions.contains({ origins: [sitePattern(origin)] });

/**
 * Loads the sites and (re)registers the content script for them. Chromium injects it only where
 * host access is granted (the optional permission, or site access the user set on the extensions
 * page), so registering a site that lost its grant is harmless.
 */
export function syncSelfHostedSites(): Promise<void> {
  // Serialised: startup and an options-page change may overlap, and script ids must stay unique.
  syncing = syncing.then(syncOnce, syncOnce);
  return syncing;
}

let syncing: Promise<void> = Promise.resolve();

async function syncOnce(): Promise<void> {
  const granted = await readSites();
  cache = granted;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID, BRIDGE_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (granted.length === 0) return;
  const matches = [...new Set(granted.map((s) => sitePattern(s.origin)))];
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: ['content-scripts/esp.js'],
      css: [HIGHLIGHT_CSS_FILE],
      matches,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
    {
      id: BRIDGE_ID,
      js: ['content-scripts/page-bridge.js'],
      matches,
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
  ]);
}

async function view(): Promise<SelfHostedResults['options:listSelfHostedSites']> {
  const sites = await readSites();
  const withGrant = await Promise.all(sites.map(async (s) => ({ ...s, granted: await isGranted(s.origin) })));
  return { sites: withGrant, policyHosts: (await getEffectivePolicy()).selfHostedHosts };
}

export const listSelfHostedSites = view;

/** Called after the options page obtained the permission (permissions.request needs its user gesture). */
export async function addSelfHostedSite(site: SelfHostedSite): Promise<SelfHostedResults['options:addSelfHostedSite']> {
  const sites = (await readSites()).filter((s) => s.origin !== site.origin);
  await browser.storage.local.set({ [STORAGE_KEY]: [...sites, { origin: site.origin, esp: site.esp }] });
  await syncSelfHostedSites();
  return view();
}

export async function removeSelfHostedSite(origin: string): Promise<SelfHostedResults['options:removeSelfHostedSite']> {
  await browser.storage.local.set({ [STORAGE_KEY]: (await readSites()).filter((s) => s.origin !== origin) });
  await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
  await syncSelfHostedSites();
  return view();
}
