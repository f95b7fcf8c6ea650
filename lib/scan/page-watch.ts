import { identifyPage, type SelfHostedSite } from '../esp/index';
import type { PageKind } from '../esp/types';
import type { PiiCounts } from '../pii/types';
import { countPiiInRoot } from './count-pii';
import type { ContentFeature } from '../content/feature';

export interface PageWatchOptions {
  doc: Document;
  location: () => string;
  selfHosted?: () => readonly SelfHostedSite[];
  report: (report: { pageKind: PageKind; counts: PiiCounts }) => Promise<void>;
  onLocationChange: (listener: () => void) => void;
  signal: AbortSignal;
  /** Quiet period after the last DOM change before re-counting. */
  debounceMs?: number;
}

/** The exposure scan as a content feature: counts PII and reports it to the background. */
export const exposureWatch: ContentFeature = (ctx) =>
  startPageWatch({
    doc: ctx.doc,
    location: ctx.location,
    selfHosted: ctx.selfHosted,
    report: (report) => ctx.send('cs:pageReport', report).then(() => undefined),
    onLocationChange: ctx.onLocationChange,
    signal: ctx.signal,
  });

const LOADED_FLAG = 'confidantLoaded';

/**
 * Scans the page, reports counts, and re-scans after DOM changes (debounced) and SPA navigations.
 * The MutationObserver only schedules work; it never scans inside its callback.
 */
export function startPageWatch(options: PageWatchOptions): void {
  const { doc, signal } = options;
  const root = doc.documentElement;
  if (root.dataset[LOADED_FLAG]) return; // injected twice: the first instance owns the page
  root.dataset[LOADED_FLAG] = '1';
  signal.addEventListener('abort', () => root.removeAttribute('data-confidant-loaded'));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const scanNow = () => {
    const page = identifyPage(options.location(), options.selfHosted?.() ?? []);
    if (!page || signal.aborted) return;
    const counts = countPiiInRoot(doc.body);
    const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    root.dataset.confidantCount = String(total);
    void options.report({ pageKind: page.pageKind, counts }).catch(() => {
      // The background may be restarting; the next change reports again.
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(scanNow, options.debounceMs ?? 250);
  };

  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(schedule);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  options.onLocationChange(schedule);
  scanNow();
}
