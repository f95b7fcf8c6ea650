import { tag, type Dialect } from './types';

/**
 * SendGrid: Marketing Campaigns tags (`{{{unsubscribe}}}`, `{{Sender_Address}}`), the design
 * editor's bracket forms (`[Sender_Address]`, `[Unsubscribe_Preferences]`) and the legacy ASM /
 * subscription-tracking substitutions (`<%asm_group_unsubscribe_raw_url%>`, `[unsubscribe]`).
 */
export const sendgrid: Dialect = {
  id: 'sendgrid',
  name: 'SendGrid',
  unsubscribe: [
    tag(/\{\{\{\s*unsubscribe\s*\}\}\}/, '{{{unsubscribe}}}'),
    tag(/<%\s*asm_(?:group|global)_unsubscribe_raw_url\s*%>/, '<%asm_group_unsubscribe_raw_url%>'),
    tag(/\[unsubscribe\]/i, '[unsubscribe]'),
    tag(/\[unsubscribe_tag\]/i, '[unsubscribe_tag]'),
  ],
  preferences: [
    tag(/\{\{\{\s*unsubscribe_preferences\s*\}\}\}/, '{{{unsubscribe_preferences}}}'),
    tag(/<%\s*asm_preferences_raw_url\s*%>/, '<%asm_preferences_raw_url%>'),
    tag(/\[Unsubscribe_Preferences\]/, '[Unsubscribe_Preferences]'),
  ],
  address: [tag(/\{\{\s*Sender_Address\s*\}\}|\[Sender_Address\]/, '{{Sender_Address}}')],
  sender: [tag(/\{\{\s*Sender_Name\s*\}\}|\[Sender_Name\]/, '{{Sender_Name}}')],
  recipientAddress: [],
  signatures: [
    /<%\s*asm_/,
    /\[Sender_[A-Za-z]+\]/,
    /\{\{\s*Sender_[A-Za-z]+\s*\}\}/,
    /\{\{\{\s*unsubscribe/,
    /\[Unsubscribe_Preferences\]/,
  ],
  fix: {
    unsubscribe: '<a href="{{{unsubscribe}}}">Unsubscribe</a>',
    address: '{{Sender_Address}}, {{Sender_City}}, {{Sender_State}} {{Sender_Zip}}',
    sender: '{{Sender_Name}}',
  },
  // The code editor adds nothing; only the design editor's module and the legacy tracking app do.
  autoFooter: { unsubscribe: null, address: null },
};
