import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ESP_MATCHES } from '../../lib/esp/matches';
import { startPageWatch } from '../../lib/scan/page-watch';
import { createClient, type Envelope } from '../../lib/messaging/protocol';

export default defineContentScript({
  matches: ESP_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));
    startPageWatch({
      doc: document,
      location: () => window.location.href,
      report: (report) => send('cs:pageReport', report).then(() => undefined),
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      signal: ctx.signal,
    });
  },
});
