import { type Dialect } from './types';

/** Hand-written HTML or a template sent through an SMTP path: nothing adds a footer. */
export const generic: Dialect = {
  id: 'generic',
  name: 'a custom template',
  unsubscribe: [],
  preferences: [],
  address: [],
  sender: [],
  recipientAddress: [],
  signatures: [],
  fix: {
    unsubscribe: '<a href="https://YOUR-DOMAIN/unsubscribe?id=RECIPIENT-ID">Unsubscribe</a>',
    address: 'Your Company Ltd, 1 Example Street, Springfield, IL 62701, USA',
    sender: 'Your Company Ltd',
  },
  autoFooter: { unsubscribe: null, address: null },
};
