/**
 * Popup speed: time from opening popup.html to its first render (the `confidant:popup:rendered`
 * performance mark, or the `data-ready` attribute), on an ESP tab with a typical state.
 * Median over fresh opens; the goal is under 100 ms.
 */
import path from 'node:path';
import { ROOT, discoverSites, launchBrowser, serveSites, serviceWorker } from '../lib/browser';

const RUNS = 15;

async function main() {
  const { context, close } = await launchBrowser();
  await serveSites(context, discoverSites(path.join(ROOT, 'tests/fixtures/esp')));
  const worker = await serviceWorker(context);
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto('https://us6.admin.mailchimp.com/lists/members?id=123456');
  await page.waitForSelector('html[data-confidant-count]');
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://us6.admin.mailchimp.com/*' }))[0]?.id ?? -1);

  const times: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('html[data-ready="1"]');
    const [ms, script] = await popup.evaluate(() => {
      const rendered = performance.getEntriesByName('confidant:popup:rendered')[0]?.startTime ?? performance.now();
      const start = performance.getEntriesByName('confidant:popup:start')[0]?.startTime ?? 0;
      return [rendered, rendered - start];
    });
    times.push(ms);
    own.push(script);
    await popup.close();
  }
  await close();
  const row = (label: string, values: number[]) => {
    values.sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)] ?? NaN;
    console.log(
      `| ${label} | ${median.toFixed(1)} | ${values[0]?.toFixed(1)} | ${values.at(-1)?.toFixed(1)} | ${median < 100 ? 'met' : 'missed'} |`,
    );
  };
  console.log(`Popup on an ESP tab (Mailchimp audience), ${RUNS} fresh opens; goal: content in under 100 ms`);
  console.log('| measure | median ms | min | max | < 100 ms |');
  console.log('| --- | --- | --- | --- | --- |');
  row('navigation start → first render (includes loading the page)', times);
  row("popup script start → first render (Confidant's own work)", own);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
