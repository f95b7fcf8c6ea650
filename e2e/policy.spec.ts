import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { signPolicyText } from '../lib/policy/envelope';
import { parsePolicyFile } from '../lib/policy/parse';
import { formatFingerprint, generateSigningKey } from '../lib/policy/signature';
import { EXTENSION_ID } from '../scripts/lib/browser';
import { expect, readEvents, test } from './fixtures';

/**
 * Issue 6 end to end: managed policy files, signed file import into open tabs, policy URLs, and
 * rejections that leave the policy in force untouched. Each test launches its own Chromium.
 */
const AUDIENCE = 'https://us6.admin.mailchimp.com/lists/members?id=123456';
const MANAGED_DIR = '/etc/chromium/policies/managed';
const MANAGED_FILE = path.join(MANAGED_DIR, 'confidant-test.json');

const policy = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      schema: 'confidant-policy/1',
      id: 'acme-marketing',
      version: 2,
      masking: { email: 'full' },
      exports: { action: 'justify' },
      ...overrides,
    },
    null,
    2,
  );

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.waitForSelector('html[data-ready="1"]');
  return page;
}

async function openEspTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(AUDIENCE);
  await expect(page.locator('html')).toHaveAttribute('data-confidant-policy-id', 'builtin-defaults');
  return page;
}

const file = (name: string, text: string | Buffer) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
});

const teamPolicyStored = (context: BrowserContext) =>
  context.serviceWorkers()[0]?.evaluate(async () => JSON.stringify((await chrome.storage.local.get('teamPolicy')).teamPolicy ?? null));

function writableManagedDir(): boolean {
  try {
    fs.mkdirSync(MANAGED_DIR, { recursive: true });
    fs.accessSync(MANAGED_DIR, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

test.describe.serial('a policy from the managed policy file', () => {
  // Other Chromium runs on this machine would see the file too: it exists only while this block runs.
  test.beforeAll(() => {
    // Chromium reads enterprise policy only from this root-owned folder; without it the test cannot run,
    // and it fails with the reason rather than being skipped quietly.
    if (!writableManagedDir())
      throw new Error(`${MANAGED_DIR} is not writable: run the end-to-end tests as root (as CI does) to test enterprise policy.`);
    const managed = {
      id: 'it-baseline',
      version: 5,
      exports: { action: 'block', perEsp: { mailchimp: 'block' } },
      masking: { email: 'full' },
      copyGuard: 'block',
    };
    fs.writeFileSync(MANAGED_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: managed } } }));
  });
  test.afterAll(() => fs.rmSync(MANAGED_FILE, { force: true }));

  test('takes effect, shows as locked, and wins over an imported team policy', async ({ context, extensionId }) => {
    // Not openEspTab: the managed policy may already be in force when the page loads.
    const esp = await context.newPage();
    await esp.goto(AUDIENCE);
    const options = await openOptions(context, extensionId);
    const row = options.locator('tr[data-path="exports.action"]');
    // The first managed read on a fresh profile takes a few seconds.
    await expect(row).toHaveAttribute('data-locked', 'true', { timeout: 15_000 });
    await expect(row).toContainText('Locked by your organisation');
    await expect(row.locator('select')).toBeDisabled();
    await expect(row.locator('select')).toHaveValue('block');
    await expect(options.locator('tr[data-path="masking.email"] select')).toBeDisabled();
    // What the organisation left open stays editable, and the user's choice sticks.
    await options.locator('tr[data-path="masking.phone"] select').selectOption('full');
    await expect(options.locator('tr[data-path="masking.phone"]')).toHaveAttribute('data-layer', 'user');
    await expect(options.locator('tr[data-path="masking.phone"]')).toContainText('Your settings');
    await expect(options.locator('#policy-source')).toContainText('Your organisation (managed)');
    await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-id', 'it-baseline');
    await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '5');

    // A team policy cannot loosen what the organisation locked.
    await options
      .locator('#policy-file')
      .setInputFiles(file('loose.json', policy({ exports: { action: 'observe' }, campaign: { sendGate: 'observe' } })));
    await expect(options.locator('#import-result')).toContainText('Applied “acme-marketing” v2');
    await expect(options.locator('tr[data-path="exports.action"] select')).toHaveValue('block');
    await expect(options.locator('tr[data-path="campaign.sendGate"]')).toHaveAttribute('data-layer', 'file');
    await expect(options.locator('tr[data-path="campaign.sendGate"] select')).toHaveValue('observe');
    await expect(options.locator('#policy-other-settings tr[data-path="exports.perEsp.mailchimp"]')).toContainText(
      'Locked by your organisation',
    );

    const events = await readEvents(context, extensionId);
    expect(events.filter((e) => e.kind === 'policy.applied').map((e) => [e.source, e.policyId, e.policyVersion])).toEqual(
      expect.arrayContaining([
        ['managed', 'it-baseline', 5],
        ['file', 'acme-marketing', 2],
      ]),
    );
  });
});

test('a signed policy file imported on the options page applies to an already open ESP tab', async ({ context, extensionId }) => {
  const esp = await openEspTab(context);
  const key = await generateSigningKey('EdDSA');
  const options = await openOptions(context, extensionId);

  await options.locator('#policy-file').setInputFiles(file('acme.confidant-policy.json', await signPolicyText(policy(), key.privateJwk)));
  // First import of this key: the fingerprint is shown and must be confirmed.
  await expect(options.locator('#key-fingerprint')).toHaveText(formatFingerprint(key.thumbprint));
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-id', 'builtin-defaults');
  await options.locator('#key-trust').click();
  await expect(options.locator('#import-result')).toContainText('Applied “acme-marketing” v2');
  await expect(options.locator('#trusted-keys')).toContainText(formatFingerprint(key.thumbprint));

  // No reload: the open tab got the broadcast.
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-id', 'acme-marketing');
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '2');
  await expect(options.locator('tr[data-path="masking.email"]')).toHaveAttribute('data-layer', 'file');
  await expect(options.locator('tr[data-path="masking.email"] select')).toHaveValue('full');
  await expect(options.locator('tr[data-path="masking.email"]')).toContainText('Set by your team policy');

  // The next version from the same key is accepted without asking again, dropped onto the page.
  const v3 = await signPolicyText(policy({ version: 3, copyGuard: 'block' }), key.privateJwk);
  await options.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'acme-v3.confidant-policy.json', { type: 'application/json' }));
    document.getElementById('policy-drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, v3);
  await expect(options.locator('#import-result')).toContainText('Applied “acme-marketing” v3');
  await expect(options.locator('#key-confirm')).toHaveCount(0);
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '3');

  // Rotation: v4 (signed by the trusted key) names the next key; v5 signed by that key needs no confirmation.
  const next = await generateSigningKey('ES256');
  const v4 = await signPolicyText(policy({ version: 4, trustedKeys: [{ kid: 'next', jwk: next.publicJwk }] }), key.privateJwk);
  await options.locator('#policy-file').setInputFiles(file('acme-v4.confidant-policy.json', v4));
  await expect(options.locator('#import-result')).toContainText('Applied “acme-marketing” v4');
  await expect(options.locator('#trusted-keys li[data-via="rotation"]')).toContainText(formatFingerprint(next.thumbprint));
  await options
    .locator('#policy-file')
    .setInputFiles(file('acme-v5.confidant-policy.json', await signPolicyText(policy({ version: 5 }), next.privateJwk)));
  await expect(options.locator('#import-result')).toContainText('Applied “acme-marketing” v5');
  await expect(options.locator('#key-confirm')).toHaveCount(0);
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '5');

  const applied = (await readEvents(context, extensionId)).filter((e) => e.kind === 'policy.applied');
  expect(applied.map((e) => [e.policyId, e.policyVersion, e.source])).toEqual([
    ['acme-marketing', 2, 'file'],
    ['acme-marketing', 3, 'file'],
    ['acme-marketing', 4, 'file'],
    ['acme-marketing', 5, 'file'],
  ]);
});

test('each rejection says why on screen and leaves the policy in force exactly as it was', async ({ context, extensionId }) => {
  const esp = await openEspTab(context);
  const key = await generateSigningKey('ES256');
  const stranger = await generateSigningKey('EdDSA');
  const options = await openOptions(context, extensionId);
  // In force: a signed v2 that accepts only signed policies from now on.
  await options
    .locator('#policy-file')
    .setInputFiles(file('acme.confidant-policy.json', await signPolicyText(policy({ acceptUnsigned: false }), key.privateJwk)));
  await options.locator('#key-trust').click();
  await expect(options.locator('#import-result')).toContainText('Applied “acme-marketing” v2');
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '2');
  const inForce = await teamPolicyStored(context);
  expect(inForce).toContain('acme-marketing');

  const tampered = JSON.parse(await signPolicyText(policy({ version: 4, acceptUnsigned: false }), key.privateJwk)) as { policy: string };
  tampered.policy = tampered.policy.replace('"full"', '"off"');
  const cases: [string, string | Buffer, RegExp][] = [
    ['broken.json', '{"schema": "confidant-policy/1", "id": ', /not valid JSON/],
    [
      'schema.json',
      await signPolicyText(policy({ version: 4, exports: { action: 'nuke' } }), key.privateJwk),
      /exports\.action: Invalid type/,
    ],
    [
      'future.json',
      await signPolicyText(policy({ version: 4, schema: 'confidant-policy/9' }), key.privateJwk),
      /Unknown policy schema version "confidant-policy\/9"/,
    ],
    [
      'expired.json',
      await signPolicyText(policy({ version: 4, expiresAt: '2020-01-01T00:00:00Z' }), key.privateJwk),
      /expired on 2020-01-01/,
    ],
    ['old.json', await signPolicyText(policy({ version: 1 }), key.privateJwk), /v1, older than v2 in force/],
    ['tampered.confidant-policy.json', JSON.stringify(tampered), /signature does not match/],
    ['unsigned.json', policy({ version: 4 }), /not signed/],
    ['huge.json', Buffer.alloc(1024 * 1024 + 10, 0x20), /at most 1 MB/],
  ];
  for (const [name, body, message] of cases) {
    await options.locator('#policy-file').setInputFiles(file(name, body));
    await expect(options.locator('#import-result'), name).toContainText(message);
    await expect(options.locator('#import-result'), name).toContainText('The policy in force did not change');
    await expect(options.locator('#policy-rejection'), name).toContainText(name);
    await expect(options.locator('#policy-version')).toHaveText('2');
    expect(await teamPolicyStored(context), name).toBe(inForce);
  }

  // Signed by a key nobody trusts: the fingerprint is offered; declining changes nothing.
  await options
    .locator('#policy-file')
    .setInputFiles(file('stranger.confidant-policy.json', await signPolicyText(policy({ version: 9 }), stranger.privateJwk)));
  await expect(options.locator('#import-result')).toContainText('not trusted yet');
  await expect(options.locator('#key-fingerprint')).toHaveText(formatFingerprint(stranger.thumbprint));
  await options.locator('#key-cancel').click();
  expect(await teamPolicyStored(context)).toBe(inForce);

  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '2');
  const rejected = (await readEvents(context, extensionId)).filter((e) => e.kind === 'policy.rejected');
  expect(rejected.map((e) => String(e.reason).split(':')[0])).toEqual([
    'untrusted-key', // the first import, before the user confirmed the fingerprint
    'malformed-json',
    'schema',
    'unknown-version',
    'expired',
    'rollback',
    'bad-signature',
    'unsigned',
    'too-large',
    'untrusted-key',
  ]);
});

test('a policy URL is fetched, refreshed with validators, and kept when the server is gone', async ({
  context,
  extensionId,
  background,
}) => {
  const URL_ = 'https://policies.confidant.test/acme.json';
  let served = policy({ id: 'acme-url', version: 1 });
  let etag = '"v1"';
  let offline = false;
  const seen: (string | null)[] = [];
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
    'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  };
  await context.route(URL_, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (offline) return route.abort('internetdisconnected');
    const conditional = (await request.allHeaders())['if-none-match'] ?? null;
    seen.push(conditional);
    if (conditional === etag) return route.fulfill({ status: 304, headers: { ...cors, ETag: etag } });
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { ...cors, ETag: etag }, body: served });
  });

  const esp = await openEspTab(context);
  const options = await openOptions(context, extensionId);
  await options.locator('#policy-url').fill('http://policies.confidant.test/acme.json');
  await options.locator('#policy-url-save').click();
  await expect(options.locator('#import-result')).toContainText('must use https://');

  await options.locator('#policy-url').fill(URL_);
  await options.locator('#policy-url-save').click();
  await expect(options.locator('#import-result')).toContainText('Applied “acme-url” v1');
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-id', 'acme-url');
  await expect(options.locator('#policy-url-status')).toContainText(URL_);
  const alarm = await background.evaluate(() => chrome.alarms.get('confidant-policy-url'));
  expect(alarm?.periodInMinutes).toBe(60);

  // Unchanged on the server: a conditional request, a 304, nothing re-applied.
  await options.locator('#policy-url-refresh').click();
  await expect(options.locator('#import-result')).toContainText('already in force');
  expect(seen).toEqual([null, '"v1"']);

  served = policy({ id: 'acme-url', version: 2, copyGuard: 'block' });
  etag = '"v2"';
  await options.locator('#policy-url-refresh').click();
  await expect(options.locator('#import-result')).toContainText('Applied “acme-url” v2');
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '2');

  offline = true;
  await options.locator('#policy-url-refresh').click();
  await expect(options.locator('#import-result')).toContainText('last good copy stays in force');
  await expect(options.locator('#policy-version')).toHaveText('2');
  await expect(esp.locator('html')).toHaveAttribute('data-confidant-policy-version', '2');
  expect(
    (await readEvents(context, extensionId)).filter((e) => e.kind === 'policy.applied').map((e) => [e.source, e.policyVersion]),
  ).toEqual([
    ['url', 1],
    ['url', 2],
  ]);
});

test('the policy editor validates as you type and produces a policy the CLI can sign', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const editor = options.locator('#policy-editor');
  await editor.locator('#editor-id').fill('acme-editor');
  await editor.locator('#editor-version').fill('4');
  await editor.locator('#editor-exports-action').selectOption('block');
  await editor.locator('#editor-masking-email').selectOption('full');
  await editor.locator('#editor-patterns').fill('evil | Evil | (a+)+$');
  await expect(editor.locator('#editor-errors')).toContainText('detection.customPatterns.0.pattern: Unsafe pattern: nested quantifiers');
  await expect(editor.locator('#editor-download')).toHaveAttribute('aria-disabled', 'true');
  await editor.locator('#editor-patterns').fill('customer-id | Customer number | \\bCUST-\\d{6}\\b');
  await expect(editor.locator('#editor-errors')).toHaveText('Valid policy.');
  await expect(editor.locator('#editor-download')).toHaveAttribute('aria-disabled', 'false');

  const href = (await editor.locator('#editor-download').getAttribute('href')) ?? '';
  const text = decodeURIComponent(href.replace(/^data:application\/json;charset=utf-8,/, ''));
  const parsed = parsePolicyFile(text);
  expect(parsed).toMatchObject({
    ok: true,
    policy: { id: 'acme-editor', version: 4, exports: { action: 'block' }, masking: { email: 'full' } },
  });
  expect(await editor.locator('#editor-json').inputValue()).toBe(text);
  // And what the editor produced imports as is.
  await options.locator('#policy-file').setInputFiles(file('acme-editor.json', text));
  await expect(options.locator('#import-result')).toContainText('Applied “acme-editor” v4');
});
