import { clean, labelFor } from './labels';
import { SKIP_SELECTOR } from './walker';

/**
 * Form fields whose value a person reads on screen: contact edit forms, inline-edit grids, search
 * boxes. Their text is not in the DOM's text nodes (the text walk never sees it) and a CSS
 * highlight cannot reach inside a field, so fields are read and masked on their own (field-masks.ts).
 */
export type ValueField = HTMLInputElement | HTMLTextAreaElement;

/** Input types that show their value as text. `password` already hides it; numbers, dates and the rest are not free text. */
const TEXT_INPUT_TYPES = new Set(['text', 'email', 'tel', 'search', 'url', '']);

/** A text field showing its value: not hidden, not a password, not inside Confidant's own UI or a skipped subtree. */
export function isValueField(el: Element): el is ValueField {
  if (el.tagName === 'TEXTAREA') return !el.closest(SKIP_SELECTOR_OUTSIDE_TEXTAREA);
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type) && !el.closest(SKIP_SELECTOR);
}

/** The walker skips textareas (their text child is only the default value); here the field itself is wanted. */
const SKIP_SELECTOR_OUTSIDE_TEXTAREA = SKIP_SELECTOR.split(', ')
  .filter((s) => s !== 'textarea')
  .join(', ');

/**
 * Label words for the `autocomplete` tokens that name personal data (HTML's autofill field names):
 * a form that declares `autocomplete="tel"` says what the field holds better than any label.
 */
const AUTOCOMPLETE_WORDS: Record<string, string> = {
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-local': 'phone',
  'street-address': 'address',
  'address-line1': 'address',
  'address-line2': 'address',
  'address-line3': 'address',
  name: 'name',
  'given-name': 'first name',
  'family-name': 'last name',
  'additional-name': 'middle name',
  bday: 'date of birth',
  'cc-number': 'card number',
};

/**
 * The field's label, lower-cased, as the detectors' context: its autofill token, then the first
 * the page gives of its <label>s, `aria-label`, `aria-labelledby`, a profile layout's label or a
 * column header (labels.ts), its placeholder, and last its `name` split into words.
 */
export function fieldLabel(field: ValueField): string {
  const tokens = (field.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  const hint = tokens.map((t) => AUTOCOMPLETE_WORDS[t]).find(Boolean) ?? '';
  const given = pageLabel(field).toLowerCase();
  if (!hint || given.includes(hint)) return clean(given);
  return clean(given ? `${hint} ${given}` : hint);
}

function pageLabel(field: ValueField): string {
  const labels = Array.from(field.labels ?? [], (l) => ownText(l, field)).filter(Boolean);
  if (labels.length > 0) return labels.join(' ');
  const aria = field.getAttribute('aria-label');
  if (aria) return aria;
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => labelRoot(field).getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  const layout = labelFor(field);
  if (layout) return layout;
  const placeholder = field.getAttribute('placeholder');
  if (placeholder) return placeholder;
  // `contact[phone_number]`, `billingAddress`: the form's own name for the field.
  return (field.getAttribute('name') ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[\W_]+/g, ' ');
}

/** A label's text without the text inside the field it wraps (a textarea's default value is its text). */
function ownText(label: Element, field: Element): string {
  let text = '';
  const walker = label.ownerDocument.createTreeWalker(label, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!field.contains(n)) text += n.textContent ?? '';
  return text.trim();
}

/** Where a field's `aria-labelledby` ids live: its shadow root, or its document. */
function labelRoot(field: ValueField): Document | ShadowRoot {
  const root = field.getRootNode();
  return root instanceof ShadowRoot ? root : field.ownerDocument;
}
