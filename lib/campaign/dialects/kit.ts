import { tag, type Dialect } from './types';

/** Kit (ConvertKit) Liquid tags (C: intercom.help/convertkit 2810454). */
export const kit: Dialect = {
  id: 'kit',
  name: 'Kit',
  unsubscribe: [tag(/\{\{\s*unsubscribe_(?:link|url)\s*\}\}/, '{{ unsubscribe_url }}')],
  preferences: [],
  address: [tag(/\{\{\s*address\s*\}\}/, '{{ address }}')],
  sender: [],
  recipientAddress: [],
  signatures: [/\{\{\s*message_content\s*\}\}/, /\{\{\s*subscriber\.[a-z_]+/, /\{\{\s*unsubscribe_url\s*\}\}/],
  fix: { unsubscribe: '{{ unsubscribe_link }}', address: '{{ address }}', sender: null },
  // Kit refuses the template instead of adding anything.
  autoFooter: { unsubscribe: null, address: null },
};
