/**
 * Blind corpus, part 4: a contact (the person behind one row or profile), and the free-text notes that ESP and
 * CRM users type about contacts. Written blind, independent of the detectors and of the first corpus.
 */
import type { Rng } from '../corpus/prng';
import { lab, type Seg } from './builder';
import { makeEmail, makePerson, type Person } from './names';
import {
  badIban,
  CULTURES,
  giftCardCode,
  invalidSsn,
  invoiceNo,
  luhnFailing16,
  makeAddress,
  makeCard,
  makeDob,
  makeIban,
  makeNationalId,
  makePhone,
  makePurchases,
  maskedCard,
  orderId,
  pad,
  ticketNo,
  trackingNo,
  version,
  weighted,
  type Address,
  type Country,
  type IbanCountry,
  type Purchases,
  type Ymd,
} from './values';

export interface Contact {
  country: Country;
  person: Person;
  email: string;
  address: Address;
  dob: Ymd;
  purchases: Purchases;
}

export function makeContact(rng: Rng, country: Country): Contact {
  const person = makePerson(rng, CULTURES[country]);
  return {
    country,
    person,
    email: makeEmail(rng, person),
    address: makeAddress(rng, country),
    dob: makeDob(rng),
    purchases: makePurchases(rng),
  };
}

export function ibanCountryFor(c: Country): IbanCountry {
  const ok: readonly string[] = ['DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'BE', 'CH'];
  return ok.includes(c) ? (c as IbanCountry) : 'DE';
}

/** One sentence about a contact with no labelled value in it (or with only hard negatives). */
export function plainNote(rng: Rng): Seg[] {
  return [
    rng.pick([
      `Asked about order ${orderId(rng)}; refund issued.`,
      'Prefers "Sunday" delivery.',
      `Gift card ${giftCardCode(rng)} reissued after it expired.`,
      `Loyalty card no. ${luhnFailing16(rng, rng.chance(0.5))} (old scheme).`,
      `Card on file: ${maskedCard(rng)}.`,
      `Parcel ${trackingNo(rng)} returned to sender.`,
      `Imported from legacy CRM (${version(rng)}).`,
      `Duplicate of record merged ${rng.int(1, 28)}/${rng.int(1, 12)}.`,
      `Test record - SSN field held placeholder ${invalidSsn(rng)}.`,
      `Bank rejected IBAN ${badIban(rng)} (typo); asked customer to resend.`,
      `Invoice ${invoiceNo(rng)} re-sent.`,
      `Ticket ${ticketNo(rng)}: unsubscribed by mistake, re-subscribed with consent.`,
      'Wholesale enquiry, see "B2B" tag.\nFollow up after trade show.',
      'Do not send SMS.\nEmail only, weekly digest.',
      `Opened ${rng.int(2, 40)} of last ${rng.int(41, 60)} campaigns.`,
    ]),
  ];
}

/** A note that holds a sensitive value of the contact (a card, an IBAN, a national id, a phone or a second email). */
export type SensitiveKind = 'card' | 'id' | 'iban' | 'phone' | 'email';

export function sensitiveNote(rng: Rng, c: Contact, prefer?: SensitiveKind): Seg[] {
  const kind: SensitiveKind =
    prefer ??
    weighted(rng, [
      ['card', 6],
      ['id', 5],
      ['iban', 3],
      ['phone', 1],
      ['email', 1],
    ] as const);
  switch (kind) {
    case 'card':
      return rng.chance(0.5)
        ? ['Customer emailed full card number ', lab('payment-card', makeCard(rng)), ' - removed from thread, do not store.']
        : [
            'Paid by phone with ',
            lab('payment-card', makeCard(rng)),
            ', exp ',
            `${rng.int(1, 12)}/${rng.int(26, 31)}`,
            '; card number to be purged.',
          ];
    case 'iban':
      return [
        rng.pick(['Refund to IBAN ', 'SEPA mandate signed, IBAN ', 'Payout account: ']),
        lab('iban', makeIban(rng, ibanCountryFor(c.country))),
        '.',
      ];
    case 'id': {
      const id = makeNationalId(rng, c.country);
      return [
        /^[A-Z]/.test(id) ? 'NI number ' : 'W-9 on file, SSN ',
        lab('national-id', id),
        rng.pick([' (needed for gift-aid claim).', '.', ' - verified by phone.']),
      ];
    }
    case 'phone': {
      const p = makePhone(rng, c.country);
      return [
        rng.pick(['Call back on ', 'Prefers WhatsApp: ', 'Alt. number ']),
        lab('phone', p.text, p.country),
        rng.pick([' after 5pm.', '.', ' (evenings).']),
      ];
    }
    case 'email':
      return ['Also uses ', lab('email', makeEmail(rng, c.person)), ' for receipts.'];
  }
}

/** What a customer writes to support: sometimes a sensitive value of theirs, sometimes only hard negatives. */
export function customerMessage(rng: Rng, c: Contact, prefer?: SensitiveKind): Seg[] {
  const kind: SensitiveKind | 'plain' =
    prefer ??
    weighted(rng, [
      ['card', 4],
      ['id', 3],
      ['iban', 3],
      ['phone', 2],
      ['email', 1],
      ['plain', 4],
    ] as const);
  switch (kind) {
    case 'card':
      return rng.chance(0.5)
        ? [
            'Can you update my card? The new number is ',
            lab('payment-card', makeCard(rng)),
            `, expiry ${pad(rng.int(1, 12), 2)}/${rng.int(26, 31)}.`,
          ]
        : ['I was charged twice on my card ', lab('payment-card', makeCard(rng)), ` for order ${orderId(rng)}. Please refund one.`];
    case 'iban':
      return ['Please send the refund to my bank account, IBAN ', lab('iban', makeIban(rng, ibanCountryFor(c.country))), '. Thanks!'];
    case 'id': {
      const id = makeNationalId(rng, c.country);
      return /^[A-Z]/.test(id)
        ? ['For the payroll gift scheme form: my National Insurance number is ', lab('national-id', id), '.']
        : ['For the 1099 form you asked for, my SSN is ', lab('national-id', id), '.'];
    }
    case 'phone': {
      const p = makePhone(rng, c.country);
      return ['It is easier to call me on ', lab('phone', p.text, p.country), rng.pick([' after 6pm.', '.', ' (mobile).'])];
    }
    case 'email':
      return ['Please send receipts to ', lab('email', makeEmail(rng, c.person)), ' from now on.'];
    case 'plain':
      return [
        rng.pick([
          `Where is my order ${orderId(rng)}? Tracking ${trackingNo(rng)} has not moved for a week.`,
          `My gift card ${giftCardCode(rng)} says it is already used.`,
          `I paid with ${maskedCard(rng)} but got no confirmation email.`,
          `Please unsubscribe me from the SMS list but keep the newsletter.`,
        ]),
      ];
  }
}

/** A CSV or profile "Notes" value: empty, a plain note, or (rate `p`) a note with a sensitive value. */
export function notesCell(rng: Rng, c: Contact, p: number): Seg[] {
  const r = rng.float();
  if (r < p) return sensitiveNote(rng, c);
  if (r < p + 0.25) return plainNote(rng);
  return [];
}
