import { tag, type Dialect } from './types';

/** Marketing Cloud Account Engagement (Pardot): either tag satisfies its check (C). */
export const pardot: Dialect = {
  id: 'pardot',
  name: 'Pardot (Account Engagement)',
  unsubscribe: [tag(/%%unsubscribe%%/i, '%%unsubscribe%%'), tag(/%%email_preference_center%%/i, '%%email_preference_center%%')],
  preferences: [],
  // R: Account Engagement variable tags in public templates.
  address: [tag(/%%account_address%%/i, '%%account_address%%')],
  sender: [],
  recipientAddress: [],
  signatures: [/%%(?:unsubscribe|email_preference_center|account_address)%%/i, /\{\{\{?\s*Recipient\.[A-Za-z_]+/],
  fix: { unsubscribe: '<a href="%%unsubscribe%%">Unsubscribe</a>', address: '%%account_address%%', sender: null },
  autoFooter: { unsubscribe: null, address: null },
};
