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
  for (let i = 0; i < RUNS; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('html[data-ready="1"]');
    const ms = await popup.evaluate(() => {
      const mark = performance.getEntriesByName('confidant:popup:rendered')[0];
      return mark ? mark.startTime : performance.now();
    });
    times.push(ms);
    await popup.close();
  }
  await close();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log('| popup | median ms to first render | min | max | goal |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(
    `| ESP tab (Mailchimp audience) | ${median.toFixed(1)} | ${times[0]?.toFixed(1)} | ${times.at(-1)?.toFixed(1)} | < 100 ms (${median < 100 ? 'met' : 'missed'}) |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
