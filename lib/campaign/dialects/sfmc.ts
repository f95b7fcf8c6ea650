import { tag, type Dialect } from './types';

/** Salesforce Marketing Cloud personalisation strings (C: help.salesforce.com headers and footers). */
export const sfmc: Dialect = {
  id: 'sfmc',
  name: 'Salesforce Marketing Cloud',
  unsubscribe: [tag(/%%unsub_center_url%%/i, '%%unsub_center_url%%'), tag(/%%profile_center_url%%/i, '%%profile_center_url%%')],
  preferences: [],
  address: [tag(/%%Member_Addr%%/i, '%%Member_Addr%%'), tag(/<custom\s+type="footer"\s*\/?>/i, '<custom type="footer" />')],
  sender: [tag(/%%Member_Busname%%/i, '%%Member_Busname%%'), tag(/<custom\s+type="footer"\s*\/?>/i, '<custom type="footer" />')],
  recipientAddress: [],
  signatures: [/%%(?:unsub_center_url|profile_center_url|Member_[A-Za-z]+|=[^%]+=)%%/i, /%%\[/],
  fix: {
    unsubscribe: '<a href="%%unsub_center_url%%">Unsubscribe</a>',
    address: '%%Member_Busname%%, %%Member_Addr%%, %%Member_City%%, %%Member_State%% %%Member_PostalCode%%',
    sender: '%%Member_Busname%%',
  },
  // Send-time validation stops it, but an account can switch that check off.
  autoFooter: { unsubscribe: null, address: null },
};
