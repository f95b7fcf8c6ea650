import { tag, type Dialect } from './types';

/** Brevo (Sendinblue): new `{{ unsubscribe }}` and old `[UNSUBSCRIBE]` (C: help.sendinblue.com). */
export const brevo: Dialect = {
  id: 'brevo',
  name: 'Brevo',
  unsubscribe: [tag(/\{\{\s*unsubscribe\s*\}\}/, '{{ unsubscribe }}'), tag(/\[UNSUBSCRIBE\]/, '[UNSUBSCRIBE]')],
  preferences: [tag(/\{\{\s*update_profile\s*\}\}/, '{{ update_profile }}')],
  // R-weak: one public project doc only.
  address: [tag(/\{\{\s*sender\.address\s*\}\}/, '{{ sender.address }}')],
  sender: [tag(/\{\{\s*sender\.(?:company|name)\s*\}\}/, '{{ sender.company }}')],
  recipientAddress: [tag(/\{\{\s*contact\.(?:ADDRESS|CITY|ZIP)[^}]*\}\}/i, '{{ contact.ADDRESS }}')],
  signatures: [/\{\{\s*(?:mirror|update_profile)\s*\}\}/, /\[UNSUBSCRIBE\]/, /\{\{\s*contact\.[A-Z_]+/, /\{\{\s*params\./],
  fix: { unsubscribe: '<a href="{{ unsubscribe }}">Unsubscribe</a>', address: null, sender: null },
  autoFooter: {
    unsubscribe: "Brevo's drag-and-drop editor inserts an unsubscribe link; the HTML editor does not.",
    address: "Brevo's footer block prints the company address from your account settings (unconfirmed).",
  },
};
