import { tag, type Dialect } from './types';

/** Omnisend `[[ … ]]` tags (C: support.omnisend.com 3846938; tag R). */
export const omnisend: Dialect = {
  id: 'omnisend',
  name: 'Omnisend',
  unsubscribe: [tag(/\[\[\s*unsubscribe_link\s*\]\]/, '[[unsubscribe_link]]')],
  preferences: [tag(/\[\[\s*preferences_link\s*\]\]/, '[[preferences_link]]')],
  address: [],
  sender: [],
  recipientAddress: [],
  signatures: [/\[\[\s*unsubscribe_link\s*\]\]/, /\[\[\s*contact\.[a-z_]+/],
  fix: { unsubscribe: '<a href="[[unsubscribe_link]]">Unsubscribe</a>', address: null, sender: null },
  autoFooter: {
    unsubscribe: 'Omnisend adds an unsubscribe link to the footer of promotional emails (hiding it risks suspension).',
    address: "Omnisend's footer block prints the store address (unconfirmed).",
  },
};
