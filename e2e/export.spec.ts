import fs from 'node:fs';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';
import { PLANTED, grantSelfHosted, interstitial, landed, serveExportFiles, setPolicy, waitForLanded } from './export-helpers';

/**
 * The export guard end to end: the built extension in Chromium, fixture ESP pages at their real
 * URLs, Chromium owning downloads (so onDeterminingFilename fires as in a real browser), and the
 * files checked on disk in the browser's own Downloads folder.
 */
interface EspCase {
  esp: string;
  url: string;
  selfHosted?: { origin: string; esp: 'listmonk' | 'mautic' };
}

const CASES: EspCase[] = [
  { esp: 'mailchimp', url: 'https://us6.admin.mailchimp.com/lists/exports?id=123456' },
  { esp: 'hubspot', url: 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list' },
  { esp: 'klaviyo', url: 'https://www.klaviyo.com/list/XyZ123/export' },
  { esp: 'listmonk', url: 'https://listmonk.example.org/admin/subscribers', selfHosted: { origin: 'https://listmonk.example.org', esp: 'listmonk' } },
  { esp: 'mautic', url: 'https://mautic.example.org/s/contacts', selfHosted: { origin: 'https://mautic.example.org', esp: 'mautic' } },
];

const TRIGGERS = [
  ['#export-attachment', 'csv'],
  ['#export-blob', 'csv'],
  ['#export-zip', 'zip'],
] as const;

for (const c of CASES) {
  test(`${c.esp}: a server attachment, a blob: download and a ZIP are each held, and under warn the user can proceed`, async ({
    context,
    background,
    extensionId,
    downloadsDir,
  }) => {
    await serveExportFiles(context);
    if (c.selfHosted) await grantSelfHosted(context, extensionId, c.selfHosted.origin, c.selfHosted.esp);
    await setPolicy(background, { action: 'warn' });
    const page = await context.newPage();
    await page.goto(c.url);
    await expect(page.locator('html')).toHaveAttribute('data-confidant-loaded', '1');

    for (const [i, [selector]] of TRIGGERS.entries()) {
      await page.click(selector);
      await expect(interstitial(page)).toBeVisible();
      await expect(interstitial(page)).toContainText('Only continue if you need the file');
      expect(landed(downloadsDir)).toHaveLength(i); // held while the question is open
      await interstitial(page).getByRole('button', { name: 'Export anyway' }).click();
      await waitForLanded(downloadsDir, i + 1);
    }

    const downloads = (await readEvents(context, extensionId)).filter((e) => e.kind === 'export.detected' && e.source === 'download');
    expect(downloads.map((e) => [e.esp, e.fileType, e.decision])).toEqual(TRIGGERS.map(([, type]) => [c.esp, type, 'warned']));
    const stored = await dumpExtensionStorage(context, extensionId, background);
    for (const address of PLANTED) expect(stored).not.toContain(address);
  });
}
