import { tag, type Dialect } from './types';

/** Mailjet locale-specific unsubscribe tags (C: documentation.mailjet.com 360042707434). */
export const mailjet: Dialect = {
  id: 'mailjet',
  name: 'Mailjet',
  unsubscribe: [tag(/\[\[UNSUB_LINK_[A-Z]{2}\]\]/, '[[UNSUB_LINK_EN]]')],
  preferences: [],
  address: [],
  sender: [],
  recipientAddress: [],
  signatures: [/\[\[(?:UNSUB_LINK_[A-Z]{2}|PERMALINK|EMAIL_TO)\]\]/, /\[\[data:[^\]]+\]\]/, /\{\{var:[^}]+\}\}/],
  fix: { unsubscribe: '<a href="[[UNSUB_LINK_EN]]">Unsubscribe</a>', address: null, sender: null },
  autoFooter: { unsubscribe: "Mailjet's editor adds the unsubscribe link to the footer.", address: null },
};
