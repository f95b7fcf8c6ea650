/**
 * Where Confidant's long tasks come from: a CPU profile (CDP Profiler) of one table page with the
 * built extension, from navigation to the end of the scan and a 100-row append.
 *   npm run build && npx tsx scripts/bench/profile-page.ts [rows=10000] [--append]
 * Prints Confidant's slices over 16 ms, long tasks, and the functions with the most self time
 * (in the content script and overall).
 */
import { launchBrowser } from '../lib/browser';
import { row, tablePage } from './table-page';

const ROWS = Number(process.argv[2] ?? 10_000);
const URL_ = 'https://us6.admin.mailchimp.com/lists/members?id=1';
const LONGTASKS = `window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const launched = await launchBrowser({ withExtension: true });
const html = tablePage(ROWS);
await launched.context.route('https://us6.admin.mailchimp.com/**', (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
);
const page = await launched.context.newPage();
await page.addInitScript(LONGTASKS);
const cdp = await launched.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
// --append: profile only the 100-row append, after the initial scan.
const APPEND_ONLY = process.argv.includes('--append');
await page.goto(URL_, { timeout: 180_000 });
if (!APPEND_ONLY) await cdp.send('Profiler.start');
await page.waitForFunction(() => performance.getEntriesByName('confidant:scan').length > 0, null, { timeout: 300_000 });
if (APPEND_ONLY) {
  await page.waitForTimeout(1000);
  await cdp.send('Profiler.start');
}
const appended = Array.from({ length: 100 }, (_, i) => row(ROWS + i)).join('');
await page.evaluate(async (rowsHtml) => {
  const before = Number(document.documentElement.dataset.confidantCount ?? 0);
  document.querySelector('#t tbody')?.insertAdjacentHTML('beforeend', rowsHtml);
  while (Number(document.documentElement.dataset.confidantCount ?? 0) <= before) await new Promise((r) => setTimeout(r, 20));
}, appended);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
const facts = await page.evaluate(() => {
  const slices = performance.getEntriesByName('confidant:slice');
  const draws = performance.getEntriesByName('confidant:draw');
  return {
    slices: slices.length,
    sliceSum: Math.round(slices.reduce((s, e) => s + e.duration, 0)),
    longSlices: slices.filter((e) => e.duration > 16).map((e) => [Math.round(e.startTime), Math.round(e.duration)]),
    draws: draws.length,
    longDraws: draws.filter((e) => e.duration > 8).map((e) => [Math.round(e.startTime), Math.round(e.duration)]),
    scan: performance.getEntriesByName('confidant:scan')[0]?.toJSON() as unknown,
    longTasks: (window as unknown as { __longtasks: number[][] }).__longtasks,
  };
});
await launched.close();

console.log(JSON.stringify(facts, null, 1));
// Self time per function (ms).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const totals = new Map<string, number>();
for (const [id, ms] of self) {
  const f = byId.get(id)?.callFrame;
  if (!f) continue;
  const file = f.url.split('/').pop() ?? '';
  const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}`;
  totals.set(key, (totals.get(key) ?? 0) + ms);
}
const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, ms] of top) console.log(ms.toFixed(1).padStart(9), k);

// Who forces layout: callers of getBoundingClientRect (a forced style/layout shows up as its self time).
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const callers = new Map<string, number>();
for (const [id, ms] of self) {
  if (byId.get(id)?.callFrame.functionName !== 'getBoundingClientRect') continue;
  const chain: string[] = [];
  for (let p = parentOf.get(id); p !== undefined && chain.length < 4; p = parentOf.get(p))
    chain.push(byId.get(p)?.callFrame.functionName || '(anon)');
  callers.set(chain.join(' < '), (callers.get(chain.join(' < ')) ?? 0) + ms);
}
for (const [chain, ms] of callers) console.log(`getBoundingClientRect ${ms.toFixed(1)} ms from ${chain}`);
