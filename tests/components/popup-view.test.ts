// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PopupView } from '../../components/PopupView';
import { catalogLookup, createT, type Catalog } from '../../lib/i18n/t';
import type { PopupState } from '../../lib/popup/state';
import { DEFAULT_POLICY } from '../../lib/policy/defaults';

const en = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Catalog;
const t = createT(catalogLookup(en));
const NOW = Date.parse('2026-11-29T12:00:00Z');

const state = (overrides: Partial<PopupState>): PopupState => ({
  report: {
    esp: 'mailchimp',
    espName: 'Mailchimp',
    host: 'us6.admin.mailchimp.com',
    pageKind: 'audience',
    counts: { email: 1, 'payment-card': 2 },
    checks: null,
    updatedAt: NOW,
  },
  masking: DEFAULT_POLICY.masking,
  allowSnooze: true,
  exports: [],
  training: { open: [{ lesson: 'gdpr', due: null, state: 'required' }], reviewsDue: [], passed: 0 },
  snoozed: [],
  ...overrides,
});

function show(s: PopupState | null, snoozed: string[] = []) {
  const root = document.createElement('div');
  render(h(PopupView, { t, locale: 'en', state: s, now: NOW, onSnooze: (id: string) => snoozed.push(id) }), root);
  return root;
}

describe('PopupView', () => {
  it('shows each warning with its lesson link, and a snooze button only for snoozable warnings when policy allows', () => {
    const clicked: string[] = [];
    const root = show(state({}), clicked);
    const items = [...root.querySelectorAll('#warnings li')];
    expect(items.map((li) => li.getAttribute('data-warning'))).toEqual(['training:gdpr', 'exposure:payment-card']);
    expect(items.map((li) => li.querySelector('a.lesson-link')?.getAttribute('href'))).toEqual([
      'lesson.html?id=gdpr',
      'lesson.html?id=on-screen-exposure',
    ]);
    expect(items[0]?.querySelector('button')).toBeNull(); // required training cannot be snoozed
    expect(items[1]?.textContent).toContain('2 payment card numbers on this page');
    (items[1]?.querySelector('button') as HTMLButtonElement).click();
    expect(clicked).toEqual(['exposure:payment-card']);
    expect(root.querySelector('#exposure li[data-type="email"]')?.textContent).toBe(
      '1 email address visible on this Mailchimp audience page',
    );
  });

  it('offers no snooze at all where policy forbids it', () => {
    const root = show(state({ allowSnooze: false }));
    expect(root.querySelectorAll('#warnings li')).toHaveLength(2);
    expect(root.querySelectorAll('#warnings button')).toHaveLength(0);
  });

  it('without a report it lists where Confidant works and still shows training', () => {
    const root = show(state({ report: null }));
    expect(root.querySelector('#not-esp')?.textContent).toContain('Mailchimp');
    expect(root.querySelector('#training')).not.toBeNull();
    expect(root.querySelector('#tip')).toBeNull();
  });
});
