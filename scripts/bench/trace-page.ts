/**
 * Where the page's own time goes after Confidant's scan: a Chrome trace (CDP Tracing with V8's GC
 * categories) of one table page, with the built extension or without (`--bare`), through the
 * in-page benchmark's steps: five repaint frames, the page's full relayout, its append of 100 rows.
 * Prints each step's main-thread self time by kind (gc, paint, prepaint, layout, style, script)
 * and when and why V8 started a major GC. A CPU profile (profile-page.ts) shows GC only as one
 * "(garbage collector)" entry; this says which GC ran in which of the page's frames.
 *   npm run build && npx tsx scripts/bench/trace-page.ts [rows=50000] [--bare] [--out trace.json]
 */
import fs from 'node:fs';
import { launchBrowser } from '../lib/browser';
import { row, tablePage } from './table-page';
import { mainThread, markingStarts, measures, selfTimeByKind, type TraceEvent } from './trace-events';

const ROWS = Number(process.argv[2] ?? 50_000);
const BARE = process.argv.includes('--bare');
const OUT_ARG = process.argv.indexOf('--out');
const OUT = OUT_ARG >= 0 ? process.argv[OUT_ARG + 1] : undefined;
const URL_ = 'https://us6.admin.mailchimp.com/lists/members?id=1';
const CATEGORIES = ['v8', 'v8.gc', 'disabled-by-default-v8.gc', 'devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute'];

/** The bench's steps, each in a `performance.measure` named `bench:…` (a string: no tsx helpers in the page). */
const STEPS = `(async (rowsHtml) => {
  const step = (name, t0) => performance.measure(name, { start: t0, end: performance.now() });
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    document.body.style.backgroundColor = document.body.style.backgroundColor ? '' : 'rgb(255, 255, 254)';
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    step('bench:frame', t0);
  }
  let t0 = performance.now();
  document.body.style.width = '1100px';
  void document.body.offsetHeight;
  document.body.style.width = '';
  void document.body.offsetHeight;
  step('bench:relayout', t0);
  t0 = performance.now();
  document.querySelector('#t tbody').insertAdjacentHTML('beforeend', rowsHtml);
  void document.body.offsetHeight;
  step('bench:append', t0);
  t0 = performance.now();
  await new Promise((r) => setTimeout(r, 1500));
  step('bench:after-append', t0);
})`;

const launched = await launchBrowser({ withExtension: !BARE });
const html = tablePage(ROWS);
await launched.context.route('https://us6.admin.mailchimp.com/**', (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
);
const page = await launched.context.newPage();
const cdp = await launched.context.newCDPSession(page);
const events: TraceEvent[] = [];
// Playwright types the events as string maps; they are trace events (numbers for ts, dur, pid, tid).
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
await page.goto(URL_, { timeout: 180_000 });
if (BARE) await page.waitForTimeout(300);
else await page.waitForFunction(() => performance.getEntriesByName('confidant:scan').length > 0, null, { timeout: 300_000 });
const appended = Array.from({ length: 100 }, (_, i) => row(ROWS + i)).join('');
await page.evaluate(`${STEPS}(${JSON.stringify(appended)})`);
await cdp.send('Tracing.end');
await complete;
await launched.close();
if (OUT) fs.writeFileSync(OUT, JSON.stringify({ traceEvents: events }));

const windows = measures(events, ['bench:', 'confidant:scan']);
const pid = windows.find((w) => w.name === 'bench:frame')?.pid;
if (pid === undefined) throw new Error('trace-page: no bench:frame measure in the trace');
const main = mainThread(events, pid);
const t0 = windows.find((w) => w.name === 'bench:frame')?.start ?? 0;
const ms = (us: number) => (us / 1000).toFixed(1);
console.log(`${ROWS} rows, ${BARE ? 'without' : 'with'} the extension: main-thread self time (ms) by kind`);
for (const w of windows) {
  const kinds = Object.entries(selfTimeByKind(main, w.start, w.end))
    .filter(([, v]) => v >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  console.log(`  ${w.name.padEnd(20)} ${ms(w.end - w.start).padStart(8)}  ${kinds}`);
}
const scan = windows.find((w) => w.name === 'confidant:scan');
for (const m of markingStarts(main)) {
  if (scan && m.ts < scan.start) continue;
  console.log(
    `  major GC started ${ms(m.ts - t0)} ms from the first frame: ${m.reason} (old generation ${m.oldGenMiB.toFixed(1)} of ${m.oldGenLimitMiB.toFixed(1)} MiB)`,
  );
}
