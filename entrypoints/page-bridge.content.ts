import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageClipboardBridge } from '../lib/scan/page-clipboard-bridge';
import { installPageNotificationBridge } from '../lib/scan/page-notification-bridge';

/**
 * The one script Confidant runs in the page's own world: it hands the page's clipboard writes (a
 * "Copy email" button) to the copy guard before they happen (lib/scan/page-clipboard-bridge.ts),
 * and its desktop notifications' texts to be masked (lib/scan/page-notification-bridge.ts). At
 * document start, so that the page's scripts find the guarded functions.
 */
export default defineContentScript({
  // The ESP hosts are written into the manifest by wxt.config.ts (as for esp.content): imported
  // here, the adapters they come from would be bundled into the page's world for nothing.
  matches: ['https://app.hubspot.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installPageClipboardBridge(window);
    installPageNotificationBridge(window);
  },
});
