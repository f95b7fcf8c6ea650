// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fieldLabel, isValueField, type ValueField } from './field-values';
import { maskText } from './text-values';

function field(html: string, selector = 'input, textarea'): ValueField {
  document.body.innerHTML = html;
  return document.querySelector(selector) as ValueField;
}

describe('isValueField', () => {
  test('text-like inputs and textareas show their value; passwords, checkboxes, hidden and number inputs do not count', () => {
    document.body.innerHTML = `<input><input type="email"><input type="TEL"><input type="search"><textarea></textarea>
      <input type="password"><input type="checkbox"><input type="hidden"><input type="number"><select></select>`;
    const shown = Array.from(document.body.children, (el) => isValueField(el));
    expect(shown).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  test("fields in Confidant's own UI are left alone", () => {
    document.body.innerHTML = `<div data-confidant-ui="panel"><input value="x"><textarea></textarea></div>`;
    expect(Array.from(document.querySelectorAll('input, textarea'), (el) => isValueField(el))).toEqual([false, false]);
  });
});

describe('fieldLabel', () => {
  test('a <label for>, a wrapping <label> (without the text of the field it wraps), aria-label and aria-labelledby', () => {
    expect(fieldLabel(field('<label for="e">E-mail:</label><input id="e">'))).toBe('e-mail');
    expect(fieldLabel(field('<label>Notes <textarea>ava@example.org</textarea></label>'))).toBe('notes');
    expect(fieldLabel(field('<input aria-label="Mobile phone">'))).toBe('mobile phone');
    expect(fieldLabel(field('<span id="a">Billing</span><span id="b">address</span><input aria-labelledby="a b">'))).toBe(
      'billing address',
    );
  });

  test('a profile layout label, a column header, then the placeholder, then the name split into words', () => {
    expect(fieldLabel(field('<div><span class="label">Street address</span><input></div>'))).toBe('street address');
    expect(fieldLabel(field('<table><thead><tr><th>Phone</th></tr></thead><tbody><tr><td><input></td></tr></tbody></table>'))).toBe(
      'phone',
    );
    expect(fieldLabel(field('<input placeholder="Date of birth">'))).toBe('date of birth');
    expect(fieldLabel(field('<input name="contact[phone_number]">'))).toBe('contact phone number');
    expect(fieldLabel(field('<input name="billingAddress">'))).toBe('billing address');
  });

  test('an autofill token names the data even where the label does not', () => {
    expect(fieldLabel(field('<label for="x">Contact</label><input id="x" autocomplete="section-a shipping tel">'))).toBe('phone contact');
    expect(fieldLabel(field('<input autocomplete="given-name">'))).toBe('first name');
    expect(fieldLabel(field('<label for="x">Email address</label><input id="x" autocomplete="email">'))).toBe('email address');
  });
});

describe('maskText', () => {
  test('values are masked in place, text around them kept, `off` values shown, overlapping ones skipped', () => {
    const value = 'Work: ava.work@example.net, call 202-555-0142';
    const email = { start: 6, end: 26, type: 'email' as const, mode: 'partial' as const };
    const phone = { start: 33, end: 45, type: 'phone' as const, mode: 'full' as const };
    expect(maskText(value, [phone, email])).toBe('Work: a•••@e•••.net, call ••••••••••••');
    expect(maskText(value, [email, { ...phone, mode: 'off' }])).toBe('Work: a•••@e•••.net, call 202-555-0142');
    expect(maskText(value, [email, { ...email, start: 10, type: 'phone' }])).toBe('Work: a•••@e•••.net, call 202-555-0142');
  });
});
