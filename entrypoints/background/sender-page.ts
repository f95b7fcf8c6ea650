import { identifyPage, type EspPage } from '../../lib/esp/index';
import type { Sender } from '../../lib/messaging/router';
import { currentSites } from './self-hosted';

export interface SenderPage {
  tabId: number;
  page: EspPage;
  host: string;
}

/**
 * The ESP page a content-script message came from, self-hosted sites included. Every `cs:` handler
 * uses this one lookup, so a page the router accepted is never refused by a handler.
 */
export function senderPage(sender: Sender): SenderPage {
  const url = sender.tab?.url ?? '';
  const page = identifyPage(url, currentSites());
  const tabId = sender.tab?.id;
  if (tabId === undefined || !page) throw new Error('Report from an unknown tab');
  return { tabId, page, host: new URL(url).host };
}
