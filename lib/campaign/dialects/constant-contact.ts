import { type Dialect } from './types';

/** Constant Contact: a non-removable footer carries SafeUnsubscribe and the business address (C). */
export const constantContact: Dialect = {
  id: 'constant-contact',
  name: 'Constant Contact',
  unsubscribe: [],
  preferences: [],
  address: [],
  sender: [],
  recipientAddress: [],
  signatures: [/\[\[trackingImage\]\]/],
  fix: { unsubscribe: 'Keep the standard footer (SafeUnsubscribe) turned on.', address: null, sender: null },
  autoFooter: {
    unsubscribe: "Constant Contact's non-removable footer carries a SafeUnsubscribe link.",
    address: "Constant Contact's footer prints the organisation name and address from Business details.",
  },
};
