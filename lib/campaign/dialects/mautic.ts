import { tag, type Dialect } from './types';

/** Mautic tokens (R: mautic/mautic, public templates). Nothing is added for you. */
export const mautic: Dialect = {
  id: 'mautic',
  name: 'Mautic',
  unsubscribe: [tag(/\{unsubscribe_(?:text|url)\}/, '{unsubscribe_url}')],
  preferences: [],
  address: [],
  sender: [],
  recipientAddress: [tag(/\{contactfield=(?:address1|address2|city|zipcode)\}/, '{contactfield=address1}')],
  signatures: [/\{(?:unsubscribe_(?:text|url)|webview_(?:text|url))\}/, /\{contactfield=[a-z0-9_]+\}/],
  fix: { unsubscribe: '<a href="{unsubscribe_url}">Unsubscribe</a>', address: null, sender: null },
  autoFooter: { unsubscribe: null, address: null },
};
