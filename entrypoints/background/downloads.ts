import { browser, type Browser } from 'wxt/browser';
import { identifyPage } from '../../lib/esp/index';
import { espOfDownload, fileTypeOf, hintTexts, optedOutFlag, type DownloadInfo, type DownloadOrigin } from '../../lib/export/classify';
import type { ConfidantDb } from '../../lib/storage/db';
import { runExportDecision } from './export-guard';
import { latestIntent, recentIntent } from './export-intents';
import { currentSites } from './self-hosted';

/**
 * The download guard. A download from an ESP (its URL, the origin inside a blob: URL, or its
 * referrer) that is an export file type is paused at once and held until the policy is applied;
 * a blocked or abandoned export is cancelled and erased, so it never lands.
 *
 * Holding: Chromium calls onDeterminingFilename before the file can complete and waits for
 * suggest(), so even a 40-byte file cannot land while we decide; we also pause it, because
 * Chromium stops waiting for suggest() after about 15 s. Where that event does not fire (Firefox,
 * or automation that owns downloads) onCreated is the fallback: pause at once and, if a tiny file
 * completed first anyway, remove it from disk when the decision is to block.
 */
type Item = Browser.downloads.DownloadItem;
type Suggest = (suggestion?: { filename: string; conflictAction?: string }) => void;

interface ChromeDownloads {
  onDeterminingFilename?: { addListener: (cb: (item: Item, suggest: Suggest) => boolean | undefined) => void };
}

const FALLBACK_DELAY_MS = 1500;
/** Longest a download is held in place; below Chromium's ~15 s wait for suggest(). */
const HOLD_MS = 12_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** URLs allowed to download once more without a second question (a re-issued, already approved export). */
const reissued = {
  urls: new Map<string, number>(),
  add(url: string) {
    this.urls.set(url, Date.now() + 30_000);
  },
  take(url: string): boolean {
    const until = this.urls.get(url);
    this.urls.delete(url);
    return until !== undefined && until > Date.now();
  },
};

/**
 * Starts an approved export again after it was cancelled for taking too long to decide. The page
 * that started it saves the same URL again: it owns a blob: URL, and a server export then carries
 * the page's cookies and referrer as the first request did. A file on another host (a cross-origin
 * frame may not download) or a tab that is gone falls back to the browser's own download. A
 * POST-only export cannot be repeated this way; the user exports again.
 */
async function reissue(item: Item, tabId: number | null): Promise<void> {
  reissued.add(item.url);
  const name = item.filename.split(/[\\/]/).pop() ?? '';
  const local = /^(blob|data):/.test(item.url);
  const sameOrigin = !!item.referrer && !local && new URL(item.referrer).origin === new URL(item.url).origin;
  if (tabId !== null && (local || sameOrigin)) {
    const done = await browser.scripting
      .executeScript({ target: { tabId }, func: saveAgainInPage, args: [item.url, name] })
      .then(() => true)
      .catch(() => false);
    if (done || item.url.startsWith('blob:')) return;
  }
  await browser.downloads.download({ url: item.url, ...(name ? { filename: name } : {}) }).catch(() => undefined);
}

/* eslint-disable no-restricted-globals -- executed in the ESP page (scripting.executeScript), not in the worker */
function saveAgainInPage(url: string, filename: string): void {
  if (/^(blob|data):/.test(url)) {
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    return;
  }
  // A hidden frame keeps the page where it is while the attachment downloads.
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = url;
  document.body.append(frame);
  setTimeout(() => frame.remove(), 60_000);
}
/* eslint-enable no-restricted-globals */

export function startDownloadGuard(db: ConfidantDb): void {
  const seen = new Set<number>();
  const chromeDownloads = (globalThis as { chrome?: { downloads?: ChromeDownloads } }).chrome?.downloads;
  const determining = chromeDownloads?.onDeterminingFilename;

  const guard = async (item: Item, release: () => void) => {
    const info: DownloadInfo = {
      url: item.url,
      finalUrl: item.finalUrl,
      referrer: item.referrer,
      filename: item.filename,
      mime: item.mime,
    };
    const fileType = fileTypeOf(info);
    if (!fileType || reissued.take(item.url)) return release();
    let origin = espOfDownload(info, currentSites());
    // A data: URL has no origin and Chromium gives it no referrer: attribute it to the ESP page that started it.
    const originless = !origin && (item.url.startsWith('data:') || item.url.startsWith('blob:null'));
    if (!origin && !originless) return release();
    // Hold first, decide second: nothing below may run before the pause is requested.
    const paused = browser.downloads.pause(item.id).catch(() => undefined);
    if (!origin) origin = await originOfPageThatStarted();
    if (!origin) {
      await paused;
      release();
      await browser.downloads.resume(item.id).catch(() => undefined);
      return;
    }
    const intent = recentIntent(new URL(origin.href).origin);
    const referrerKind = item.referrer ? espOfDownload({ url: item.referrer }, currentSites())?.pageKind : undefined;
    const tabId = intent?.tabId ?? (await findTab(new URL(origin.href).origin));
    const decision = runExportDecision(
      db,
      {
        adapter: origin.adapter,
        host: new URL(origin.href).host,
        pageKind: intent?.pageKind ?? referrerKind ?? origin.pageKind,
        fileType,
        source: 'download',
        optedOut: (intent?.optedOut ?? false) || optedOutFlag(hintTexts(info), origin.adapter),
      },
      tabId,
    );
    // Chromium completes a paused file once it stops waiting for suggest() (about 15 s): a question
    // still open by then is settled by cancelling now and starting the same download again if allowed.
    const first = await Promise.race([decision.then(() => 'decided' as const), sleep(HOLD_MS).then(() => 'timeout' as const)]);
    await paused;
    if (first === 'timeout') {
      await discard(item.id);
      release();
      if ((await decision).proceed) await reissue(item, tabId);
      return;
    }
    if ((await decision).proceed) {
      release();
      await browser.downloads.resume(item.id).catch(() => undefined);
    } else {
      await discard(item.id);
      release();
    }
  };

  if (determining) {
    determining.addListener((item, suggest) => {
      if (seen.has(item.id)) return false;
      seen.add(item.id);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          suggest();
        } catch {
          // the download was cancelled meanwhile
        }
      };
      void guard(item, release).catch(release);
      return true; // suggest() is called asynchronously
    });
  }

  browser.downloads.onCreated.addListener((item) => {
    const run = () => {
      if (seen.has(item.id)) return;
      seen.add(item.id);
      void guard(item, () => undefined);
    };
    // With onDeterminingFilename available it will carry the file name; fall back when it stays silent.
    if (determining) setTimeout(run, FALLBACK_DELAY_MS);
    else run();
  });
}

/**
 * The ESP page behind an originless download: the export click just reported (its message may
 * still be on its way, so wait briefly), else the active tab when it is an ESP page.
 */
async function originOfPageThatStarted(): Promise<DownloadOrigin | null> {
  for (let waited = 0; waited <= 600; waited += 50) {
    const intent = latestIntent(10_000);
    if (intent) {
      const tab = await browser.tabs.get(intent.tabId).catch(() => null);
      const page = tab?.url ? identifyPage(tab.url, currentSites()) : null;
      if (page && tab?.url) return { ...page, href: tab.url };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const page = tab?.url ? identifyPage(tab.url, currentSites()) : null;
  return page && tab?.url ? { ...page, href: tab.url } : null;
}

/** Cancels, deletes a file that slipped through, and erases the entry from the downloads list. */
async function discard(id: number): Promise<void> {
  await browser.downloads.cancel(id).catch(() => undefined);
  const [item] = await browser.downloads.search({ id });
  if (item?.state === 'complete' && item.exists) await browser.downloads.removeFile(id).catch(() => undefined);
  await browser.downloads.erase({ id }).catch(() => undefined);
}

/** The ESP tab to ask when no click preceded the download: the active one of that origin, else the most recent. */
async function findTab(origin: string): Promise<number | null> {
  const tabs = await browser.tabs.query({});
  const candidates = tabs.filter((t) => {
    try {
      return t.url !== undefined && new URL(t.url).origin === origin;
    } catch {
      return false;
    }
  });
  candidates.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return candidates[0]?.id ?? null;
}
