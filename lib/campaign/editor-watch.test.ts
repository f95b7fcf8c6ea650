// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { FeatureContext } from '../content/feature';
import { ESP_ADAPTERS } from '../esp/index';
import { pageKindOf } from '../esp/types';
import { DEFAULT_POLICY, type EffectivePolicy } from '../policy/defaults';
import { campaignEditorWatch } from './editor-watch';
import type { CampaignPanelState, MountCampaignUi } from './panel-state';

/**
 * listmonk is self-hosted and has no manifest match yet, so its editor is driven here in
 * happy-dom (the other ESPs run in Chromium in e2e/campaign.spec.ts).
 */
const FIXTURE = fs.readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/esp/listmonk/campaign-editor.html'), 'utf8');
const EDITOR_URL = 'https://listmonk.example.org/admin/campaigns/12';
const identify = (url: string) => {
  const u = new URL(url);
  return u.host === 'listmonk.example.org' ? { adapter: ESP_ADAPTERS.listmonk, pageKind: pageKindOf(ESP_ADAPTERS.listmonk, u) } : null;
};

function setup(url = EDITOR_URL, campaign: Partial<EffectivePolicy['campaign']> = {}) {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(FIXTURE)?.[1]?.replace(/<script>[\s\S]*?<\/script>/, '') ?? '';
  const sent: { type: string; payload: unknown }[] = [];
  const states: CampaignPanelState[] = [];
  const mount: MountCampaignUi = () => ({ update: (s) => void states.push(s), destroy: () => undefined });
  const controller = new AbortController();
  const policy = { ...DEFAULT_POLICY, campaign: { ...DEFAULT_POLICY.campaign, ...campaign } };
  const ctx: FeatureContext = {
    doc: document,
    location: () => url,
    send: (async (type: string, payload: unknown) => {
      sent.push({ type, payload });
      return { ok: true };
    }) as FeatureContext['send'],
    policy: () => policy,
    onPolicyChange: () => undefined,
    onLocationChange: () => undefined,
    signal: controller.signal,
    selfHosted: () => [],
  };
  campaignEditorWatch(mount, { identify, debounceMs: 20 })(ctx);
  const pageSends = vi.fn();
  document.querySelector('[data-cy="btn-send"]')?.addEventListener('click', pageSends);
  return { sent, states, pageSends, stop: () => controller.abort() };
}

/** Starts the watch on whatever the document holds now. */
function setupBare() {
  const sent: unknown[] = [];
  const states: CampaignPanelState[] = [];
  const controller = new AbortController();
  const ctx: FeatureContext = {
    doc: document,
    location: () => EDITOR_URL,
    send: (async (type: string, payload: unknown) => {
      sent.push({ type, payload });
      return { ok: true };
    }) as FeatureContext['send'],
    policy: () => DEFAULT_POLICY,
    onPolicyChange: () => undefined,
    onLocationChange: () => undefined,
    signal: controller.signal,
    selfHosted: () => [],
  };
  campaignEditorWatch(() => ({ update: (s) => void states.push(s), destroy: () => undefined }), { identify, debounceMs: 20 })(ctx);
  return { sent, states, stop: () => controller.abort() };
}

const statusOf = (state: CampaignPanelState | undefined, id: string) => state?.report.results.find((r) => r.id === id)?.status;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('campaign editor watch (listmonk in happy-dom)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    delete document.documentElement.dataset.confidantCampaign;
  });

  test('reads the HTML editor, reports once, and re-checks after an edit', async () => {
    const { sent, states, stop } = setup();
    expect(statusOf(states.at(-1), 'unsubscribe-link')).toBe('fail');
    expect(statusOf(states.at(-1), 'postal-address')).toBe('pass');
    expect(states.at(-1)?.report.esp).toBe('listmonk');
    expect(sent.filter((m) => m.type === 'cs:campaignChecked')).toHaveLength(1);

    const editor = document.querySelector('textarea.html-editor') as HTMLTextAreaElement;
    editor.value += '<a href="{{ UnsubscribeURL }}">Unsubscribe</a>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    expect(statusOf(states.at(-1), 'unsubscribe-link')).toBe('fail'); // debounced: not yet
    await wait(60);
    expect(statusOf(states.at(-1), 'unsubscribe-link')).toBe('pass');
    expect(sent.filter((m) => m.type === 'cs:campaignChecked')).toHaveLength(2);

    // An edit that changes no verdict is not reported again.
    editor.value += '<p>More news</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(60);
    expect(sent.filter((m) => m.type === 'cs:campaignChecked')).toHaveLength(2);
    stop();
  });

  test('block mode holds "Start campaign" and logs the decision', async () => {
    const { sent, states, pageSends, stop } = setup(EDITOR_URL, { sendGate: 'block' });
    const button = document.querySelector('[data-cy="btn-send"]') as HTMLButtonElement;
    button.click();
    expect(pageSends).not.toHaveBeenCalled();
    expect(states.at(-1)?.gate?.mode).toBe('block');
    expect(sent.find((m) => m.type === 'cs:campaignSend')?.payload).toMatchObject({ decision: 'blocked' });
    states.at(-1)?.gate?.proceed('try anyway');
    expect(pageSends).not.toHaveBeenCalled();
    stop();
  });

  test('warn mode lets the user proceed, and the page handler then runs once', () => {
    const { sent, states, pageSends, stop } = setup();
    (document.querySelector('[data-cy="btn-send"]') as HTMLButtonElement).click();
    expect(pageSends).not.toHaveBeenCalled();
    states.at(-1)?.gate?.proceed();
    expect(pageSends).toHaveBeenCalledTimes(1);
    expect(sent.find((m) => m.type === 'cs:campaignSend')?.payload).toMatchObject({ decision: 'warned' });
    stop();
  });

  test('a generic "Send" button is recognised by its name when the adapter has no selector for it', () => {
    const { states, stop } = setup();
    const other = document.createElement('button');
    other.textContent = ' Send now ';
    const clicked = vi.fn();
    other.addEventListener('click', clicked);
    document.body.append(other);
    other.click();
    expect(clicked).not.toHaveBeenCalled();
    expect(states.at(-1)?.gate).not.toBeNull();
    stop();
  });

  test('an editor that has not loaded yet is not reported as a campaign lacking everything', async () => {
    document.body.innerHTML = '<section class="campaign"><textarea class="html-editor"></textarea></section>';
    const late = setupBare();
    expect(late.states).toHaveLength(0);
    expect(late.sent).toHaveLength(0);
    const editor = document.querySelector('textarea') as HTMLTextAreaElement;
    editor.value = '<p>Hello</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(60);
    expect(late.states).toHaveLength(1);
    expect(late.sent).toHaveLength(1);
    late.stop();
  });

  test('pages that are not campaign editors are left alone', () => {
    const { states, sent } = setup('https://listmonk.example.org/admin/subscribers');
    expect(states).toHaveLength(0);
    expect(sent).toHaveLength(0);
    expect(document.documentElement.dataset.confidantCampaign).toBeUndefined();
  });
});
