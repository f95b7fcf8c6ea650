import { tag, type Dialect } from './types';

/** Mailchimp merge tags (C: mailchimp.com/help/customize-your-footer-content/). */
export const mailchimp: Dialect = {
  id: 'mailchimp',
  name: 'Mailchimp',
  unsubscribe: [tag(/\*\|UNSUB\|\*/, '*|UNSUB|*')],
  preferences: [tag(/\*\|UPDATE_PROFILE\|\*/, '*|UPDATE_PROFILE|*')],
  address: [
    tag(/\*\|HTML:LIST_ADDRESS_HTML\|\*/, '*|HTML:LIST_ADDRESS_HTML|*'),
    tag(/\*\|LIST:ADDRESS(?:_HTML)?\|\*/, '*|LIST:ADDRESS|*'),
    tag(/\*\|LIST_ADDRESS(?:_HTML)?\|\*/, '*|LIST_ADDRESS|*'),
  ],
  sender: [tag(/\*\|LIST:COMPANY\|\*/, '*|LIST:COMPANY|*'), tag(/\*\|HTML:LIST_ADDRESS_HTML\|\*/, '*|HTML:LIST_ADDRESS_HTML|*')],
  recipientAddress: [tag(/\*\|ADDRESS\|\*/, '*|ADDRESS|*')],
  signatures: [/\*\|[A-Z_:]+\|\*/, /\bmc:edit=/],
  fix: {
    unsubscribe: '<a href="*|UNSUB|*">Unsubscribe</a>',
    address: '*|HTML:LIST_ADDRESS_HTML|*',
    sender: '*|LIST:COMPANY|*',
  },
  autoFooter: {
    unsubscribe: 'Mailchimp will add its own grey footer with an unsubscribe link (a hand-made unsubscribe URL is not recognised).',
    address: "Mailchimp's added footer prints the audience's postal address.",
  },
};
