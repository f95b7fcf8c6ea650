import { tag, type Dialect } from './types';

/** MailerLite variables (R: public templates). */
export const mailerlite: Dialect = {
  id: 'mailerlite',
  name: 'MailerLite',
  unsubscribe: [tag(/\{\$unsubscribe\}/, '{$unsubscribe}')],
  preferences: [tag(/\{\$preferences\}/, '{$preferences}')],
  address: [],
  sender: [],
  recipientAddress: [],
  signatures: [/\{\$(?:unsubscribe|url|name|email|preferences)\}/],
  fix: { unsubscribe: '<a href="{$unsubscribe}">Unsubscribe</a>', address: null, sender: null },
  autoFooter: { unsubscribe: null, address: 'MailerLite adds the account address in its footer (unconfirmed).' },
};
