import type { BrowserContext } from '@playwright/test';
import { expect, readEvents, test } from './fixtures';

const AUDIENCE = 'https://us6.admin.mailchimp.com/lists/members?id=123456';

/** Stops the extension's service worker, as Chrome does when it idles out or crashes, and waits until it has. */
async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

test('after the service worker is stopped, the next change on the page is still reported and logged', async ({
  context,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(AUDIENCE);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '37');
  await background.evaluate(() => Object.assign(globalThis, { confidantTestMarker: 1 }));

  await stopServiceWorker(context, extensionId);

  await page.evaluate(() => {
    const row = document.createElement('tr');
    row.innerHTML =
      '<td></td><td class="email">late.joiner@example.com</td><td>Late</td><td>Joiner</td><td>Subscribed</td><td></td><td></td>';
    document.querySelector('#audience-table tbody')?.append(row);
  });
  await expect(page.locator('html')).toHaveAttribute('data-confidant-count', '38');
  await expect
    .poll(async () =>
      (await readEvents(context, extensionId)).filter((e) => e.kind === 'pii.visible').map((e) => (e.counts as { email?: number }).email),
    )
    .toEqual([37, 38]);
  // The report was handled by a fresh worker: the old one's globals are gone.
  const fresh = context.serviceWorkers().at(-1);
  expect(await fresh?.evaluate(() => (globalThis as { confidantTestMarker?: number }).confidantTestMarker)).toBeUndefined();
});
