/**
 * In-page benchmark (docs: benchmarks.md): the built extension in Chromium on 1k and 10k-row
 * subscriber tables (50k with --full or BENCH_FULL=1), each beside the same page without it.
 *   npm run build && npx tsx scripts/bench/in-page.ts [--full] [--rows 50000] [--repeat 3]
 * Reads Confidant's own performance measures (confidant:scan, confidant:slice) and long tasks.
 */
import { build } from 'esbuild';
import type { BrowserContext, Page } from '@playwright/test';
import { ROOT, launchBrowser } from '../lib/browser';
import { row, tablePage } from './table-page';

const FULL = process.argv.includes('--full') || process.env.BENCH_FULL === '1';
/** `--rows N`: one table size only (comparing two builds at 50k rows takes minutes, not ten). */
const ROWS_ARG = process.argv.indexOf('--rows');
const ONLY = ROWS_ARG >= 0 ? Number(process.argv[ROWS_ARG + 1]) : NaN;
if (ROWS_ARG >= 0 && !(ONLY > 0)) throw new Error('in-page: --rows needs a positive number of rows');
const SIZES = ONLY > 0 ? [ONLY] : FULL ? [1_000, 10_000, 50_000] : [1_000, 10_000];
/** `--repeat N`: fresh browsers per size and run (default 3); every figure printed is the median of the runs. */
const REPEAT_ARG = process.argv.indexOf('--repeat');
const REPEAT = REPEAT_ARG >= 0 ? Number(process.argv[REPEAT_ARG + 1]) : 3;
if (!(REPEAT >= 1)) throw new Error('in-page: --repeat needs a positive number of runs');
const URL_ = 'https://us6.admin.mailchimp.com/lists/members?id=1';

/** The detectors bundled for the page, for the "bare walk + detectors" baseline. */
async function detectorBundle(): Promise<string> {
  const out = await build({
    entryPoints: [`${ROOT}/lib/detectors/index.ts`],
    bundle: true,
    format: 'iife',
    globalName: 'ConfidantDetectors',
    write: false,
    platform: 'browser',
  });
  return out.outputFiles[0]?.text ?? '';
}

const LONGTASKS = `window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

async function open(context: BrowserContext, rows: number): Promise<Page> {
  const html = tablePage(rows);
  await context.route('https://us6.admin.mailchimp.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  // A 50k-row page on a busy 2-core machine can take longer than the default 30 s to load.
  await page.goto(URL_, { timeout: 180_000 });
  return page;
}

interface Result {
  scanWallMs: number;
  mainThreadMs: number;
  longestSliceMs: number;
  drawMs: number;
  coversMs: number;
  longestDrawMs: number;
  longTasks: number;
  longestTaskMs: number;
  paintMs: number;
  relayoutMs: number;
  append100Ms: number;
  pageAppendMs: number;
  heapMiB: number;
  baselineMs?: number;
}

/**
 * One frame after a full repaint, and the page's own full relayout, measured in the page. A string,
 * so tsx's helper injection (`__name`) never reaches the page.
 */
const FRAME_AND_RELAYOUT = `(async () => {
  const frame = () => new Promise((resolve) => {
    const t0 = performance.now();
    document.body.style.backgroundColor = document.body.style.backgroundColor === 'rgb(255, 255, 254)' ? '' : 'rgb(255, 255, 254)';
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  });
  const frames = [];
  for (let i = 0; i < 5; i++) frames.push(await frame());
  frames.sort((a, b) => a - b);
  const t0 = performance.now();
  document.body.style.width = document.body.style.width === '1100px' ? '' : '1100px';
  void document.body.offsetHeight;
  const relayout = performance.now() - t0;
  document.body.style.width = '';
  void document.body.offsetHeight;
  return { paintMs: frames[2] ?? 0, relayoutMs: relayout };
})()`;

async function measure(page: Page, withExtension: boolean, rows: number): Promise<Result> {
  if (withExtension) {
    await page.waitForFunction(() => performance.getEntriesByName('confidant:scan').length > 0, null, { timeout: 180_000 });
  } else {
    await page.waitForTimeout(300);
  }
  const scan = await page.evaluate(() => {
    const slices = performance.getEntriesByName('confidant:slice');
    // Draws (masks of the rows near the viewport, overlays) are Confidant's work too.
    // So are the form fields' search, reads and overlays (field-masks.ts), and the search for the
    // page's menus and dialogs (covering-ui.ts).
    const draws = [
      ...performance.getEntriesByName('confidant:draw'),
      ...performance.getEntriesByName('confidant:fields'),
      ...performance.getEntriesByName('confidant:covers'),
    ];
    const scanEntry = performance.getEntriesByName('confidant:scan')[0];
    const lt = (window as unknown as { __longtasks: number[] }).__longtasks;
    return {
      scanWallMs: scanEntry?.duration ?? 0,
      mainThreadMs: slices.reduce((s, e) => s + e.duration, 0) + draws.reduce((s, e) => s + e.duration, 0),
      drawMs: draws.reduce((s, e) => s + e.duration, 0),
      coversMs: performance.getEntriesByName('confidant:covers').reduce((s, e) => s + e.duration, 0),
      longestSliceMs: Math.max(0, ...slices.map((e) => e.duration)),
      longestDrawMs: Math.max(0, ...draws.map((e) => e.duration)),
      longTasks: lt.length,
      longestTaskMs: Math.max(0, ...lt),
      heapMiB: ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20,
    };
  });
  const { paintMs, relayoutMs } = (await page.evaluate(FRAME_AND_RELAYOUT)) as { paintMs: number; relayoutMs: number };
  // Append 100 rows as an infinite-scroll page would, three times, and time the page's own append
  // and Confidant's slices and draws for each: the figures are the medians. The page's major GC
  // (about 300 ms at 10k rows, started by Blink's allocation limit with or without the extension,
  // trace-page.ts) lands in whichever step runs at the time, and a single append measured where it
  // fell rather than the append.
  const batches = [0, 1, 2].map((b) => Array.from({ length: 100 }, (_, i) => row(rows + b * 100 + i)).join(''));
  const append = await page.evaluate(
    async ({ batches, withExtension }) => {
      const pageMs: number[] = [];
      const workMs: number[] = [];
      for (const html of batches) {
        const before = Number(document.documentElement.dataset.confidantCount ?? 0);
        // Counted here, not after the scan: the repaint and relayout steps above may schedule draws of their own.
        const slicesBefore = performance.getEntriesByName('confidant:slice').length;
        const drawsBefore = performance.getEntriesByName('confidant:draw').length;
        const fieldsBefore = performance.getEntriesByName('confidant:fields').length;
        const coversBefore = performance.getEntriesByName('confidant:covers').length;
        const t0 = performance.now();
        document.querySelector('#t tbody')?.insertAdjacentHTML('beforeend', html);
        void document.body.offsetHeight;
        pageMs.push(performance.now() - t0);
        if (withExtension) {
          const deadline = performance.now() + 10_000;
          while (Number(document.documentElement.dataset.confidantCount ?? 0) <= before && performance.now() < deadline) {
            await new Promise((r) => setTimeout(r, 20));
          }
        }
        // Give a draw the appended rows may have scheduled its frame.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const work = [
          ...performance.getEntriesByName('confidant:slice').slice(slicesBefore),
          ...performance.getEntriesByName('confidant:draw').slice(drawsBefore),
          ...performance.getEntriesByName('confidant:fields').slice(fieldsBefore),
          ...performance.getEntriesByName('confidant:covers').slice(coversBefore),
        ];
        workMs.push(work.reduce((s, e) => s + e.duration, 0));
      }
      // Sorted in place, no helper function: tsx would wrap a named one in `__name`, unknown to the page.
      pageMs.sort((a, b) => a - b);
      workMs.sort((a, b) => a - b);
      return { pageAppendMs: pageMs[pageMs.length >> 1] ?? 0, append100Ms: workMs[workMs.length >> 1] ?? 0 };
    },
    { batches, withExtension },
  );
  return { ...scan, paintMs, relayoutMs, ...append };
}

/** The floor Confidant is judged against: a bare TreeWalker plus the detectors on each text node. */
async function baseline(page: Page, bundle: string): Promise<number> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate(() => {
    const scanText = (window as unknown as { ConfidantDetectors: { scanText: (t: string) => unknown[] } }).ConfidantDetectors.scanText;
    const t0 = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = w.nextNode(); node; node = w.nextNode()) {
      const p = node.parentNode?.nodeName;
      if (p === 'SCRIPT' || p === 'STYLE') continue;
      n += scanText((node as Text).data).length;
    }
    return n >= 0 ? performance.now() - t0 : 0;
  });
}

const fmt = (x: number | undefined, d = 1) => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d));

const bundle = await detectorBundle();
const results: Record<number, { ext: Result; bare: Result }> = {};
for (const rows of SIZES) {
  const runs: { ext: Result; bare: Result }[] = [];
  for (let run = 0; run < REPEAT; run++) {
    const withExt = await launchBrowser({ withExtension: true });
    const extPage = await open(withExt.context, rows);
    const ext = await measure(extPage, true, rows);
    await withExt.close();
    const plain = await launchBrowser({ withExtension: false });
    const barePage = await open(plain.context, rows);
    const bare = await measure(barePage, false, rows);
    bare.baselineMs = await baseline(barePage, bundle);
    await plain.close();
    runs.push({ ext, bare });
    console.error(`measured ${rows} rows (run ${run + 1} of ${REPEAT})`);
  }
  results[rows] = { ext: medians(runs.map((r) => r.ext)), bare: medians(runs.map((r) => r.bare)) };
}

/** Each figure's median over the runs (figures are judged one by one, as ratios to the bare page). */
function medians(runs: Result[]): Result {
  const out = { ...runs[0] } as Result;
  for (const key of Object.keys(out) as (keyof Result)[]) {
    const values = runs
      .map((r) => r[key])
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);
    out[key] = values[Math.floor(values.length / 2)] ?? NaN;
  }
  return out;
}

const cols = SIZES.map((s) => `${s / 1000}k rows`.padEnd(16)).join('');
const line = (name: string, f: (r: { ext: Result; bare: Result }) => string) =>
  console.log(name.padEnd(58) + SIZES.map((s) => f(results[s] as { ext: Result; bare: Result }).padEnd(16)).join(''));
console.log(
  `In-page benchmark, Chromium headless, ms unless noted, medians of ${REPEAT} runs (appends: of three appends each)\n${''.padEnd(58)}${cols}`,
);
line('Confidant main-thread time to scanned+masked (slices + draws)', (r) => fmt(r.ext.mainThreadMs));
line('  of which draws (masks near the viewport, overlays, form fields)', (r) => fmt(r.ext.drawMs));
line('  of which the search for menus and dialogs', (r) => fmt(r.ext.coversMs));
line('  wall time from scan start to end', (r) => fmt(r.ext.scanWallMs));
line('baseline: bare TreeWalker + detectors, no extension', (r) => fmt(r.bare.baselineMs));
line('  ratio Confidant / baseline (goal <= 1.5 at 10k)', (r) => `${fmt(r.ext.mainThreadMs / (r.bare.baselineMs ?? NaN), 2)}x`);
line('longest Confidant slice (goal <= 16; no task > 50)', (r) => fmt(r.ext.longestSliceMs));
line('longest Confidant draw', (r) => fmt(r.ext.longestDrawMs));
line('long tasks (> 50 ms) with ext / without', (r) => `${r.ext.longTasks} / ${r.bare.longTasks}`);
line('longest task with ext / without', (r) => `${fmt(r.ext.longestTaskMs, 0)} / ${fmt(r.bare.longestTaskMs, 0)}`);
line('frame after a repaint: with masks / without', (r) => `${fmt(r.ext.paintMs)} / ${fmt(r.bare.paintMs)}`);
line("page's own full relayout (for scale)", (r) => fmt(r.bare.relayoutMs));
line('  masking paint cost / relayout (goal <= 0.1)', (r) => fmt(Math.max(0, r.ext.paintMs - r.bare.paintMs) / r.bare.relayoutMs, 3));
line('Confidant time for 100 appended rows (goal <= 10)', (r) => fmt(r.ext.append100Ms));
line("page's own append of 100 rows: with ext / without", (r) => `${fmt(r.ext.pageAppendMs)} / ${fmt(r.bare.pageAppendMs)}`);
line('JS heap, MiB: with ext / without', (r) => `${fmt(r.ext.heapMiB, 0)} / ${fmt(r.bare.heapMiB, 0)}`);
