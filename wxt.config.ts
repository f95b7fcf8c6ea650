import { defineConfig } from 'wxt';
import { ESP_MATCHES, ESP_HOST_PERMISSIONS } from './lib/esp/matches';
import { writeManagedSchema } from './scripts/gen-managed-schema';
import { HIGHLIGHT_CSS, HIGHLIGHT_CSS_FILE } from './lib/scan/highlight-css';

// The key fixes the extension id (bgmejojpecdghmliadnajpkoboalngii) so enterprise policy files and the
// end-to-end tests can name it. It is a public key; the private half is not kept.
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuVhuNmboqRM8vwnVhgyJicoMmpWA/AUaE0FFcRADqAMgWYp/05RMI6lthMrM0A+ogmHVBJoaavdh/2GfjZ8zCykLkWyVz2IzSmPdZMaR6rpp7JsKSvJeAOTXZ6Wt8Tf+5+5CTHKF3zi+2W+AKlsuXOv18w/Ty+8AlQULI9THBLlW+yM8S++JPhA4Z0SfTRtMgb/OK36/zJ8tqfVEnrbU/pR453o7mPYGARKXOz0earVw9CF25QeeXyMe56q2d2bzDUhfCAvbVzW38RcoV9OSheCdjRzSbGlc03c7SaZoQxYW3YeC0LjTptBw+8QFlKGEFAnLfkDII9DEVk9Z1xmrnwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    key: EXTENSION_KEY,
    permissions: ['storage', 'downloads', 'scripting', 'declarativeNetRequest', 'alarms'],
    host_permissions: ESP_HOST_PERMISSIONS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: 'Confidant' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
  },
  hooks: {
    // The managed-storage schema is generated from lib/policy/schema.ts, never written by hand.
    'build:before': () => void writeManagedSchema(),
    'build:manifestGenerated': (_wxt, manifest) => {
      // Keep the generated matches and the adapters in one place (lib/esp).
      // The highlight styles are injected before the page is parsed (see lib/scan/highlight-css.ts).
      for (const script of manifest.content_scripts ?? []) {
        script.matches = ESP_MATCHES;
        if (script.js?.includes('content-scripts/esp.js')) script.css = [HIGHLIGHT_CSS_FILE];
      }
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: HIGHLIGHT_CSS });
    },
  },
  vite: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
});
