import type { PiiType } from './types';

const NOUNS: Record<PiiType, [string, string]> = {
  email: ['email address', 'email addresses'],
  phone: ['phone number', 'phone numbers'],
  'postal-address': ['postal address', 'postal addresses'],
  'person-name': ['name', 'names'],
  'purchase-history': ['purchase record', 'purchase records'],
  'payment-card': ['payment card number', 'payment card numbers'],
  iban: ['IBAN', 'IBANs'],
  'national-id': ['national ID number', 'national ID numbers'],
  'ip-address': ['IP address', 'IP addresses'],
  'date-of-birth': ['date of birth', 'dates of birth'],
};

/** "37 email addresses", "1 IBAN". */
export function describeCount(type: PiiType, count: number): string {
  const [one, many] = NOUNS[type];
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
