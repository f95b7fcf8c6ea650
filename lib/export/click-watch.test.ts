import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { FeatureContext } from '../content/feature';
import { DEFAULT_POLICY } from '../policy/defaults';
import { exportClickWatch } from './click-watch';

function setup(html: string, href: string, reply: { proceed: boolean }) {
  const window = new Window({ url: href });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = html;
  const sent: unknown[] = [];
  const controller = new AbortController();
  const ctx = {
    doc,
    location: () => href,
    selfHosted: () => [],
    send: async (type: string, payload: unknown) => {
      sent.push({ type, payload });
      return { ...reply, decision: reply.proceed ? 'justified' : 'blocked' };
    },
    policy: () => DEFAULT_POLICY,
    onPolicyChange: () => undefined,
    onLocationChange: () => undefined,
    signal: controller.signal,
  } as unknown as FeatureContext;
  exportClickWatch(ctx);
  return { doc, sent };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const HUBSPOT = 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list';
const DIALOG = `<div role="dialog"><button id="confirm" data-test-id="export-dialog-confirm">Export</button></div>`;

describe('export click watch', () => {
  it('holds an emailed-export request until the background allows it, then replays the click once', async () => {
    const { doc, sent } = setup(DIALOG, HUBSPOT, { proceed: true });
    let reachedPage = 0;
    doc.getElementById('confirm')?.addEventListener('click', () => reachedPage++);
    doc.getElementById('confirm')?.click();
    expect(reachedPage).toBe(0);
    await settle();
    expect(reachedPage).toBe(1);
    expect(sent).toEqual([
      { type: 'cs:exportIntent', payload: { via: 'request', pageKind: 'audience', fileTypeHint: null, optedOut: false } },
    ]);
  });

  it('keeps a refused request from reaching the page', async () => {
    const { doc } = setup(DIALOG, HUBSPOT, { proceed: false });
    let reachedPage = 0;
    doc.getElementById('confirm')?.addEventListener('click', () => reachedPage++);
    doc.getElementById('confirm')?.click();
    await settle();
    expect(reachedPage).toBe(0);
  });

  it('reports file exports without holding the click, with type and opted-out hints', async () => {
    const html = `<label><input type="checkbox" checked> Include cleaned contacts</label><a id="x" href="/s/contacts/batchExport?filetype=xlsx">Export</a><button id="imp">Import</button>`;
    const { doc, sent } = setup(html, 'https://us6.admin.mailchimp.com/lists/exports?id=1', { proceed: true });
    doc.getElementById('imp')?.click();
    const event = new (doc.defaultView as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, cancelable: true });
    doc.getElementById('x')?.dispatchEvent(event);
    await settle();
    expect(event.defaultPrevented).toBe(false);
    expect(sent).toEqual([
      { type: 'cs:exportIntent', payload: { via: 'generic', pageKind: 'export', fileTypeHint: 'xlsx', optedOut: true } },
    ]);
  });
});
