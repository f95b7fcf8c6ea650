import { expect, test } from './fixtures';
import { registerSelfHosted, setPolicy } from './export-helpers';

test('self-hosted sites: the options section lists them, the policy suggests hosts, and the content script is registered at run time', async ({
  context,
  background,
  extensionId,
}) => {
  await setPolicy(background, { action: 'warn' }, { selfHostedHosts: ['mautic.example.org'] });
  await registerSelfHosted(context, extensionId, 'https://listmonk.example.org', 'listmonk');

  const scripts = await background.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(scripts).toEqual([
    expect.objectContaining({ id: 'confidant-self-hosted', js: ['content-scripts/esp.js'], matches: ['https://listmonk.example.org/*'] }),
    expect.objectContaining({
      id: 'confidant-self-hosted-page-bridge',
      js: ['content-scripts/page-bridge.js'],
      matches: ['https://listmonk.example.org/*'],
      world: 'MAIN',
    }),
  ]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.locator('#self-hosted');
  // Registered, but headless Chromium cannot answer the permission prompt, so access is not granted here.
  await expect(section.locator('li[data-origin="https://listmonk.example.org"]')).toContainText('listmonk · access not granted');
  await expect(section.getByRole('button', { name: 'Allow mautic.example.org' })).toBeVisible();

  await section.getByLabel('Address').fill('not a host');
  await section.getByRole('button', { name: 'Allow and add' }).click();
  await expect(section.getByRole('status')).toHaveText('Enter an address like https://news.example.org.');

  await section.getByRole('button', { name: 'Remove' }).click();
  await expect(section.locator('li')).toHaveCount(0);
  expect(await background.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});
