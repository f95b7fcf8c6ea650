import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { createT } from '../../lib/i18n/t';
import { createClient, type Envelope } from '../../lib/messaging/protocol';
import type { PopupState } from '../../lib/popup/state';

const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));
const t = createT((key, subs) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs));
const locale = browser.i18n.getUILanguage();

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
  performance.mark('confidant:popup:start');
  const root: HTMLElement = app;
  document.documentElement.lang = locale;
  let tabId: number | null = null;

  // One message round trip per render: the background assembles report, policy, exports and training.
  async function draw(error: string | null = null) {
    let state: PopupState | null = null;
    try {
      state = await send('popup:getState', { tabId });
      performance.mark('confidant:popup:state');
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    render(<PopupView t={t} locale={locale} state={state} error={error} now={Date.now()} onSnooze={snooze} />, root);
  }

  async function snooze(warning: string) {
    if (tabId === null) return;
    try {
      await send('popup:snooze', { tabId, warning });
      await draw();
    } catch (e) {
      await draw(e instanceof Error ? e.message : String(e));
    }
    // The snoozed warning's button is gone: keep keyboard users in the warnings area.
    (document.getElementById('warnings-heading') ?? document.querySelector('h1'))?.setAttribute('tabindex', '-1');
    (document.getElementById('warnings-heading') ?? document.querySelector('h1'))?.focus();
  }

  try {
    tabId = await targetTabId();
  } catch {
    tabId = null;
  }
  await draw();
  performance.mark('confidant:popup:rendered');
  document.documentElement.dataset.ready = '1';
}

void main();
