// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_POLICY } from '../policy/defaults';
import type { PiiType } from '../pii/types';
import { FieldMasks } from './field-masks';
import { scanSettings } from './policy-options';

const FIXTURE = fs.readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/esp/hubspot/contact-edit.html'), 'utf8');

let controller = new AbortController();
afterEach(() => controller.abort());

function setUp(policy = DEFAULT_POLICY) {
  controller = new AbortController();
  document.body.innerHTML = new DOMParser().parseFromString(FIXTURE, 'text/html').body.innerHTML;
  const logged: PiiType[] = [];
  let changes = 0;
  const fields = new FieldMasks({
    doc: document,
    settings: () => scanSettings(policy),
    onChange: () => changes++,
    requiresReason: () => false,
    message: () => undefined,
    log: async (type) => {
      logged.push(type);
    },
    signal: controller.signal,
  });
  fields.refresh();
  return { fields, logged, changes: () => changes };
}

describe('FieldMasks', () => {
  test("counts the values in the fixture's fields: each marked field once, decoys, passwords and hidden fields not", () => {
    const { fields, changes } = setUp();
    const [counts, masked] = fields.counts();
    const marked = Array.from(document.querySelectorAll<HTMLElement>('[data-pii]'), (el) => el.dataset.pii);
    const expected: Record<string, number> = {};
    for (const type of marked) expected[type as string] = (expected[type as string] ?? 0) + 1;
    expect(counts).toEqual(expected);
    expect(masked).toBe(marked.length);
    expect(changes()).toBe(1);
  });

  test('a value set from script is read on the next pass; an emptied field leaves the counts', () => {
    const { fields } = setUp();
    const email = document.getElementById('email') as HTMLInputElement;
    email.value = 'noah.sampleton@example.net';
    (fields as unknown as { readAll(): void }).readAll(); // the poll, every second
    expect(fields.counts()[0].email).toBe(2);
    email.value = 'mia@example.com, liam@example.org';
    fields.refresh(); // a refresh after the page changed reads the known fields too
    expect(fields.counts()[0].email).toBe(3);
    email.value = '';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    expect(fields.counts()[0].email).toBe(1);
  });

  test("fields the page adds are found; a frame's fields are left to that frame", () => {
    const { fields } = setUp();
    const frameDoc = document.implementation.createHTMLDocument('frame');
    frameDoc.body.innerHTML = '<label for="f">Email</label><input id="f" value="frame.user@example.org">';
    fields.noteAdded(frameDoc.body);
    document.body.insertAdjacentHTML('beforeend', '<label for="m">Mobile</label><input id="m" type="tel" value="+1 303-555-0186">');
    fields.noteAdded(document.getElementById('m') as Node);
    fields.refresh();
    expect(fields.counts()[0]).toEqual(expect.objectContaining({ email: 2, phone: 2 }));
  });

  test('a form the page removes leaves the counts at the next read, with no refresh', () => {
    const { fields } = setUp();
    document.getElementById('edit')?.remove();
    (fields as unknown as { readAll(): void }).readAll();
    expect(fields.counts()).toEqual([{}, 0]);
  });

  test('focus from script, or after an untrusted key event, reveals nothing (a user click or key does: e2e)', () => {
    const { fields, logged } = setUp();
    const phone = document.querySelector('[data-pii="phone"]') as HTMLInputElement;
    phone.focus();
    phone.blur();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    phone.focus();
    expect(logged).toEqual([]);
    expect(fields.counts()[1]).toBe(5);
  });
});
