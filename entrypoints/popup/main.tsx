import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { createClient, type Envelope, type TabReport } from '../../lib/messaging/protocol';

const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));

/** The tab the popup describes: `?tab=` when opened as a page (tests, demo), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  let report: TabReport | null = null;
  let error: string | null = null;
  try {
    const tabId = await targetTabId();
    report = tabId === null ? null : await send('popup:getTabReport', { tabId });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  render(<PopupView report={report} error={error} />, app);
  document.documentElement.dataset.ready = '1';
}

void main();
