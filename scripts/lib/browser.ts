/**
 * Launching Chromium with the built extension, and serving offline ESP pages at their real URLs.
 * Shared by the end-to-end tests, the demo and the in-page benchmark so they all run the product
 * the same way (docs: ../shared/docs/toolchain.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** Fixed by manifest.key in wxt.config.ts. */
export const EXTENSION_ID = 'bgmejojpecdghmliadnajpkoboalngii';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((p) => p && fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Load the extension (false gives the same browser without it, for benchmarks). */
  withExtension?: boolean;
}

export interface Launched {
  context: BrowserContext;
  home: string;
  close: () => Promise<void>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Launched> {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  // Chromium-owned downloads land in $HOME/Downloads: a fresh HOME keeps runs apart.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'confidant-home-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    env: { ...process.env, HOME: home },
    args,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    home,
    close: async () => {
      await context.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? context.waitForEvent('serviceworker');
}

/**
 * A fixture site file: `routes*.json` in a fixture folder, `{ "origin": "https://…", "routes": { "/path": "file.html" } }`.
 * Several files may name the same origin (one per feature); their routes are merged.
 */
interface RouteFile {
  origin: string;
  routes: Record<string, string>;
}

/** Every routes*.json under the given folders (one level of ESP folders below each). */
export function discoverSites(...roots: string[]): Map<string, Map<string, string>> {
  const sites = new Map<string, Map<string, string>>();
  for (const root of roots) {
    for (const esp of fs.readdirSync(root, { withFileTypes: true })) {
      if (!esp.isDirectory()) continue;
      const dir = path.join(root, esp.name);
      for (const file of fs.readdirSync(dir).filter((f) => /^routes.*\.json$/.test(f))) {
        const parsed = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as RouteFile;
        const routes = sites.get(parsed.origin) ?? new Map<string, string>();
        for (const [route, target] of Object.entries(parsed.routes)) routes.set(route, path.join(dir, target));
        sites.set(parsed.origin, routes);
      }
    }
  }
  return sites;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.zip': 'application/zip',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

const DOWNLOAD_EXTENSIONS = new Set(['.csv', '.tsv', '.zip', '.xlsx', '.vcf']);

/**
 * Serves fixture sites at their real ESP origins through Playwright routing, so the manifest's
 * matches apply exactly as on the live site. A route key is a pathname; unknown paths get a 404
 * and nothing reaches the network.
 */
export async function serveSites(context: BrowserContext, sites: Map<string, Map<string, string>>): Promise<void> {
  for (const [origin, routes] of sites) {
    await context.route(`${origin}/**`, async (route) => {
      const url = new URL(route.request().url());
      const file = routes.get(url.pathname) ?? routes.get(url.pathname.replace(/\/$/, ''));
      if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not in fixture' });
      const ext = path.extname(file);
      const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
      // Exports arrive as attachments, as ESP servers send them.
      const headers: Record<string, string> = DOWNLOAD_EXTENSIONS.has(ext)
        ? { 'content-disposition': `attachment; filename="${path.basename(file)}"` }
        : {};
      return route.fulfill({ status: 200, contentType: type, headers, body: fs.readFileSync(file) });
    });
  }
}
