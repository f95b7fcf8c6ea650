import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { DEFAULT_POLICY, type EffectivePolicy } from '../lib/policy/defaults';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';
import { broadcastPolicy } from './page-helpers';

/**
 * The campaign checker in the ESP editors (fixtures served at the real ESP URLs): the panel
 * appears, follows edits, and the pre-send gate holds a failing campaign per policy.
 */
const MAILCHIMP = 'https://us6.admin.mailchimp.com/campaigns/edit?id=778899';
const KLAVIYO = 'https://www.klaviyo.com/email-template-editor/campaign/01HXYZ/content/edit';
const HUBSPOT = 'https://app.hubspot.com/email/4455667/edit/998877/content';
const SENDGRID = 'https://mc.sendgrid.com/single-sends/5f2c/editor';

const panel = (page: Page) => page.locator('confidant-campaign-panel');
const check = (page: Page, id: string) => panel(page).locator(`li[data-check="${id}"]`);

/** Pushes a policy with these campaign settings to the tab the way the background broadcasts a policy change. */
async function broadcastCampaignPolicy(background: Worker, url: string, campaign: Partial<EffectivePolicy['campaign']>) {
  await broadcastPolicy(background, url, { ...DEFAULT_POLICY, campaign: { ...DEFAULT_POLICY.campaign, ...campaign } });
}

async function campaignEvents(context: Parameters<typeof readEvents>[0], extensionId: string) {
  return (await readEvents(context, extensionId)).filter((e) => e.kind === 'campaign.checked');
}

test('Mailchimp code editor: a hidden unsubscribe link fails, the gate warns, fixing the code lets Send through', async ({
  context,
  extensionId,
  background,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(MAILCHIMP);
  await expect(check(page, 'unsubscribe-link')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'unsubscribe-link')).toContainText('display:none');
  await expect(check(page, 'postal-address')).toHaveAttribute('data-status', 'pass');
  await expect(panel(page).locator('.caveat')).toContainText('does not mean the campaign is compliant');
  const axe = await new AxeBuilder({ page }).include('confidant-campaign-panel').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The gate holds Send: the ESP's own handler does not run.
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = panel(page).getByRole('alertdialog');
  await expect(dialog).toContainText('Unsubscribe link');
  await expect(page.locator('body')).not.toHaveAttribute('data-sent', /.*/);
  await dialog.getByRole('button', { name: 'Back to the editor' }).click();
  await expect(dialog).toHaveCount(0);

  // Fix the code: the panel follows the edit.
  const code = page.locator('textarea[name="html"]');
  const fixed = (await code.inputValue()).replace('<p style="display:none">', '<p>');
  await code.fill(fixed);
  await expect(check(page, 'unsubscribe-link')).toHaveAttribute('data-status', 'pass');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-sent', 'Send');

  await expect.poll(async () => (await campaignEvents(context, extensionId)).length).toBeGreaterThanOrEqual(3);
  const events = await campaignEvents(context, extensionId);
  const verdicts = events.filter((e) => !e.decision);
  expect(verdicts[0]).toMatchObject({ esp: 'mailchimp', host: 'us6.admin.mailchimp.com', pageKind: 'campaign-editor' });
  expect(verdicts[0]?.checks).toContainEqual({ id: 'unsubscribe-link', status: 'fail' });
  expect(verdicts.at(-1)?.checks).toContainEqual({ id: 'unsubscribe-link', status: 'pass' });
  // Only changes of verdict are logged, not every keystroke.
  expect(verdicts.length).toBe(2);
  expect(events.find((e) => e.decision === 'allowed')).toBeTruthy();

  const popup = await openPopup(page);
  await expect(popup.locator('#checks li[data-check="unsubscribe-link"]')).toHaveAttribute('data-status', 'pass');
  await expect(popup.locator('#checks')).toContainText('cannot be seen here');

  const stored = await dumpExtensionStorage(context, extensionId, background);
  expect(stored).not.toContain('pat.sender@example.com');
  expect(stored).not.toContain('555-0142');
});

test('Klaviyo editor: a link coloured like its background fails; Send anyway is logged as warned', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(KLAVIYO);
  await expect(check(page, 'unsubscribe-link')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'unsubscribe-link')).toContainText('colour');

  await page.getByRole('button', { name: 'Send campaign' }).click();
  const dialog = panel(page).getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  // Keyboard-operable: focus starts inside the dialog, Escape closes it.
  await expect(dialog.getByRole('button', { name: 'Back to the editor' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Send campaign' }).click();
  await dialog.getByRole('button', { name: 'Send anyway' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-sent', 'send');
  await expect.poll(async () => (await campaignEvents(context, extensionId)).some((e) => e.decision === 'warned')).toBe(true);

  // Typing a visible unsubscribe tag into the footer block updates the panel.
  await page.locator('#block-body').click();
  await page.keyboard.press('End');
  await page.keyboard.type(" {% unsubscribe 'Unsubscribe' %}");
  await expect(check(page, 'unsubscribe-link')).toHaveAttribute('data-status', 'pass');
});

test('HubSpot editor iframe: a missing address fails; justify mode needs a reason; typing the address in the frame passes', async ({
  context,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(HUBSPOT);
  // The campaign body lives in a same-origin iframe (fixture hubspot/campaign-editor-canvas.html).
  await expect(page.frameLocator('iframe[title="Email canvas"]').locator('body')).toContainText(/\S/);
  await expect(check(page, 'postal-address')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'unsubscribe-link')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'postal-address').locator('code')).toHaveText(/site_settings\.company_street_address_1/);
  await expect(check(page, 'postal-address').getByRole('button', { name: /Copy the fix/ })).toBeVisible();

  await broadcastCampaignPolicy(background, HUBSPOT, { sendGate: 'justify' });
  await page.getByRole('button', { name: 'Review and send' }).click();
  const dialog = panel(page).getByRole('alertdialog');
  const proceed = dialog.getByRole('button', { name: 'Send with this reason' });
  await expect(proceed).toBeDisabled();
  await dialog.getByRole('textbox').fill('Address is added by the legal footer module, ticket 42');
  await proceed.click();
  await expect(page.locator('body')).toHaveAttribute('data-sent', 'send');
  await expect
    .poll(async () => (await campaignEvents(context, extensionId)).find((e) => e.decision === 'justified')?.justification)
    .toBe('Address is added by the legal footer module, ticket 42');

  const canvas = page.frameLocator('iframe[data-test-id="email-editor-iframe"]');
  await canvas.locator('#footer-address').click();
  await page.keyboard.press('End');
  await page.keyboard.type('Example Co, 1 Market Street, Springfield, IL 62701');
  await expect(check(page, 'postal-address')).toHaveAttribute('data-status', 'pass');
});

test('SendGrid code editor: no unsubscribe fails, block mode cannot send, pasting the tag passes', async ({
  context,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(SENDGRID);
  await expect(check(page, 'unsubscribe-link')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'unsubscribe-link').locator('code')).toHaveText('<a href="{{{unsubscribe}}}">Unsubscribe</a>');

  await broadcastCampaignPolicy(background, SENDGRID, { sendGate: 'block' });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = panel(page).getByRole('alertdialog');
  await expect(dialog).toContainText('Sending is blocked');
  await expect(dialog.getByRole('button', { name: /Send/ })).toHaveCount(0);
  await expect(page.locator('body')).not.toHaveAttribute('data-sent', /.*/);
  await dialog.getByRole('button', { name: 'Back to the editor' }).click();
  await expect.poll(async () => (await campaignEvents(context, extensionId)).some((e) => e.decision === 'blocked')).toBe(true);

  const code = page.locator('textarea.code-editor-textarea');
  await code.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('<a href="{{{unsubscribe}}}">Unsubscribe</a>');
  await expect(check(page, 'unsubscribe-link')).toHaveAttribute('data-status', 'pass');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-sent', 'send');
});
