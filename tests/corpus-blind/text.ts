/**
 * Blind corpus, part 7: plain-text documents: support tickets, profile snippets pasted from a dashboard,
 * internal hand-over emails, and data-subject-request notes. Written blind, independent of the detectors and of
 * the first corpus.
 */
import type { Rng } from '../corpus/prng';
import { DocBuilder, lab, segsOf, type Cell, type Labelled, type PlantedDoc } from './builder';
import { ibanCountryFor, makeContact, plainNote, sensitiveNote, type Contact } from './contact';
import { fullName, makeEmail } from './names';
import {
  addMonths,
  ANGLO_COUNTRIES,
  CAMPAIGNS,
  cityLine,
  COUNTRY_NAME,
  CURRENCY_OF,
  fmtDate,
  hex,
  invoiceNo,
  makeCard,
  makeIban,
  makeIp,
  makeNationalId,
  makePhone,
  maskedCard,
  money,
  multiLineAddress,
  oneLineAddress,
  orderId,
  pad,
  percent,
  recentDate,
  streetPart,
  TAGS,
  ticketNo,
  timestamp,
  trackingNo,
  urlWithQuery,
  version,
  weighted,
  type DateStyle,
} from './values';

function put(b: DocBuilder, cell: Cell): void {
  for (const s of segsOf(cell)) {
    if (typeof s === 'string') b.text(s);
    else b.label(s);
  }
}

function phoneL(rng: Rng, c: Contact): Labelled {
  const p = makePhone(rng, c.country);
  return lab('phone', p.text, p.country);
}

function line(b: DocBuilder, ...cells: Cell[]): void {
  for (const c of cells) put(b, c);
  b.text('\n');
}

const DOB_STYLES: readonly DateStyle[] = ['iso', 'us', 'eu', 'dot', 'd-mon-y', 'long-en'];

function addressValue(rng: Rng, c: Contact): Labelled {
  return lab('postal-address', rng.chance(0.8) ? oneLineAddress(rng, c.address) : streetPart(c.address));
}

function supportTicket(rng: Rng, b: DocBuilder): void {
  const c = makeContact(rng, rng.pick(ANGLO_COUNTRIES));
  line(
    b,
    `Ticket ${ticketNo(rng)} - ${rng.pick(["Can't update billing details", 'Wrong size delivered', 'Unsubscribe not working', 'Please delete my data', 'Gift card not applied'])}`,
  );
  line(
    b,
    `Status: ${rng.pick(['Open', 'Pending', 'Solved'])} | Priority: ${rng.pick(['Low', 'Normal', 'High'])} | Channel: ${rng.pick(['Email', 'Phone', 'Chat'])}`,
  );
  line(b, `Created: ${timestamp(rng, 'sql')}`);
  line(b, 'Contact: ', lab('person-name', fullName(rng, c.person)), ' <', lab('email', c.email), '>');
  if (rng.chance(0.75)) line(b, rng.pick(['Phone: ', 'Tel.: ', 'Mob: ', 'Phone - ']), phoneL(rng, c));
  if (rng.chance(0.5))
    line(b, rng.pick(['DOB - ', 'DOB: ', 'Date of Birth: ']), lab('date-of-birth', fmtDate(c.dob, rng.pick(DOB_STYLES))));
  if (rng.chance(0.6)) line(b, rng.pick(['Addr: ', 'Address: ', 'Ship to: ']), addressValue(rng, c));
  b.text('\n');
  line(
    b,
    `Customer says order ${orderId(rng)} arrived ${rng.pick(['damaged', 'late', 'without the gift note'])}. Tracking ${trackingNo(rng)} shows delivered on ${fmtDate(recentDate(rng), 'mon-d-y')}. `,
    `Paid with ${maskedCard(rng)}; invoice ${invoiceNo(rng)}.`,
  );
  line(b, ...sensitiveNote(rng, c, rng.pick(['card', 'card', 'id', 'id', 'iban'] as const)));
  if (rng.chance(0.6)) line(b, ...sensitiveNote(rng, c));
  line(b, ...plainNote(rng));
  line(b, `Macro used: "Refund - damaged item" (${version(rng)}). Resolution time ${rng.int(1, 48)}h, CSAT ${percent(rng)}.`);
  line(b, '-- Support team');
}

function profileSnippet(rng: Rng, b: DocBuilder): void {
  const c = makeContact(rng, rng.pick(ANGLO_COUNTRIES));
  const pu = c.purchases;
  const cur = CURRENCY_OF[c.country];
  line(b, `--- pasted from ${rng.pick(['Klaviyo', 'Mailchimp', 'HubSpot', 'Shopify'])} profile, ${timestamp(rng, 'sql')} ---`);
  line(b, rng.pick(['Name: ', 'Full Name: ', 'Contact: ']), lab('person-name', fullName(rng, c.person)));
  line(b, rng.pick(['Email: ', 'E-mail: ', 'Email address: ']), lab('email', c.email));
  if (rng.chance(0.8)) line(b, rng.pick(['Phone: ', 'Mobile: ', 'SMS: ']), phoneL(rng, c));
  if (rng.chance(0.6)) {
    if (rng.chance(0.3)) line(b, 'Address:\n', lab('postal-address', multiLineAddress(c.address)));
    else line(b, rng.pick(['Address: ', 'Addr: ', 'Default address: ']), addressValue(rng, c));
  } else line(b, `Location: ${c.address.city}, ${COUNTRY_NAME[c.country][0] ?? ''}`);
  if (rng.chance(0.6))
    line(b, rng.pick(['Birthday: ', 'DOB: ', 'Date of birth: ']), lab('date-of-birth', fmtDate(c.dob, rng.pick(DOB_STYLES))));
  if (rng.chance(0.6)) line(b, rng.pick(['Signup IP: ', 'IP Address: ', 'Last IP: ']), lab('ip-address', makeIp(rng)));
  if ((c.country === 'US' || c.country === 'GB') && rng.chance(0.5)) {
    line(b, c.country === 'GB' ? 'NI number: ' : rng.pick(['SSN: ', 'Tax ID: ']), lab('national-id', makeNationalId(rng, c.country)));
  }
  const sep = rng.pick([' | ', '\n']);
  put(b, [rng.pick(['LTV: ', 'Total spent: ', 'CLV: ']), lab('purchase-history', money(rng, pu.spent, cur)), sep]);
  put(b, [rng.pick(['Orders: ', '# orders: ']), lab('purchase-history', String(pu.orders))]);
  if (pu.lastOrder)
    put(b, [sep, 'Last order: ', lab('purchase-history', fmtDate(pu.lastOrder, rng.pick<DateStyle>(['iso', 'mon-d-y', 'eu'])))]);
  b.text('\n');
  if (pu.products.length) line(b, rng.pick(['Products: ', 'Purchased: ']), lab('purchase-history', pu.products.join(', ')));
  line(b, `Tags: ${TAGS.filter(() => rng.chance(0.2)).join(', ') || 'none'}`);
  line(b, `Member since ${fmtDate(recentDate(rng), 'mon-d-y')} | Last changed ${timestamp(rng, 'hubspot')} | Profile ID ${hex(rng, 24)}`);
  if (rng.chance(0.6)) line(b, 'Note: ', ...sensitiveNote(rng, c));
  b.text('\n');
}

function handover(rng: Rng, b: DocBuilder): void {
  const country = rng.pick(ANGLO_COUNTRIES);
  const a = makeContact(rng, country);
  const c2 = makeContact(rng, rng.pick(ANGLO_COUNTRIES));
  const camp = rng.pick(CAMPAIGNS);
  line(b, `Subject: Suppressions for "${camp}" (template ${version(rng)})`);
  b.text('\n');
  line(b, 'Hi team,');
  b.text('\n');
  line(
    b,
    'Please suppress ',
    lab('email', a.email),
    ' and ',
    lab('email', c2.email),
    ` from the "${camp}" send - both asked by phone (`,
    phoneL(rng, a),
    ') to stop promotional emails.',
  );
  line(
    b,
    `The last send reached ${rng.int(2000, 60000).toLocaleString('en-US')} contacts with a ${percent(rng)} open rate; campaign ID ${hex(rng, 10)}, report at ${urlWithQuery(rng)}.`,
  );
  if (rng.chance(0.5)) {
    const e = makeEmail(rng, a.person);
    line(b, 'Their reply came from ', lab('email', e), ' <mailto:', lab('email', e), '>, which is not on the list yet.');
  }
  line(
    b,
    `Import of ${fmtDate(recentDate(rng), 'iso')} ${pad(rng.int(0, 23), 2)}:${pad(rng.int(0, 59), 2)} created ${rng.int(2, 40)} duplicates (ticket ${ticketNo(rng)}).`,
  );
  if (rng.chance(0.5)) line(b, 'Also: ', ...sensitiveNote(rng, a));
  line(
    b,
    `Promo copy check: "${rng.pick(['Now', 'Only', 'From'])} ${money(rng, rng.int(900, 9900) / 100, CURRENCY_OF[country])} this week" is approved.`,
  );
  b.text('\n');
  line(b, 'Thanks,\nMarketing Ops');
}

function dsarNote(rng: Rng, b: DocBuilder): void {
  const c = makeContact(rng, rng.pick(['DE', 'FR', 'NL', 'BE', 'ES', 'IT', 'GB', 'CH'] as const));
  const pu = c.purchases;
  const de = c.country === 'DE' || c.country === 'CH';
  line(b, `DSAR-2026-${pad(rng.int(1, 999), 4)} (GDPR Art. ${rng.pick(['15', '17', '20'])} request)`);
  const received = recentDate(rng);
  line(b, `Received: ${fmtDate(received, de ? 'dot' : 'eu')}`);
  line(b, 'Requester email: ', lab('email', c.email));
  line(b, de ? rng.pick(['Vorname: ', 'Name: ']) : 'Name: ', lab('person-name', de ? c.person.first : fullName(rng, c.person)));
  if (de) line(b, 'Nachname: ', lab('person-name', c.person.last));
  line(
    b,
    `Identity check: ${de ? 'Geburtsdatum' : 'Date of birth'} `,
    lab('date-of-birth', fmtDate(c.dob, de ? 'dot' : rng.pick<DateStyle>(['eu', 'iso', 'd-mon-y']))),
    ` matched; postcode ${c.address.postcode} matched.`,
  );
  line(b, 'Address on file: ', lab('postal-address', `${streetPart(c.address)}, ${cityLine(c.address)}`));
  if (rng.chance(0.7)) line(b, de ? 'Telefon: ' : 'Phone: ', phoneL(rng, c));
  const cur = CURRENCY_OF[c.country];
  line(b, 'Data found in ESP:');
  line(b, `- ${de ? 'Umsatz gesamt' : 'Total spent'}: `, lab('purchase-history', money(rng, pu.spent, cur)));
  line(b, `- ${de ? 'Anzahl Bestellungen' : 'Number of orders'}: `, lab('purchase-history', String(pu.orders)));
  if (pu.lastOrder)
    line(b, `- ${de ? 'Letzte Bestellung' : 'Last order date'}: `, lab('purchase-history', fmtDate(pu.lastOrder, de ? 'dot' : 'iso')));
  if (rng.chance(0.75)) line(b, '- IBAN (SEPA mandate): ', lab('iban', makeIban(rng, ibanCountryFor(c.country))), ' - to be erased');
  if (rng.chance(0.6)) line(b, '- Card number found in a support email: ', lab('payment-card', makeCard(rng)), ' - purged');
  if (c.country === 'GB' && rng.chance(0.6)) line(b, '- National Insurance number: ', lab('national-id', makeNationalId(rng, 'GB')));
  line(b, `- Signup: ${timestamp(rng, 'sql')} via ${rng.pick(['footer form', 'checkout', 'popup'])}; ${rng.int(3, 200)} campaign events`);
  line(
    b,
    `Export produced with /s/contacts/batchExport?filetype=csv at ${pad(rng.int(8, 18), 2)}:${pad(rng.int(0, 59), 2)}; archive ${hex(rng, 12)}.zip (${rng.int(12, 900)} KB).`,
  );
  line(b, `Deadline: ${fmtDate(addMonths(received, 1), de ? 'dot' : 'eu')} (one month). Owner: Privacy team.`);
}

/** One plain-text note of roughly 0.8-2.5 KB. */
export function makeText(rng: Rng): { stem: string; doc: (name: string) => PlantedDoc } {
  const kind = weighted(rng, [
    ['ticket', 3],
    ['profile', 3],
    ['handover', 2],
    ['dsar', 2],
  ] as const);
  const b = new DocBuilder();
  if (kind === 'ticket') supportTicket(rng, b);
  else if (kind === 'profile') {
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) profileSnippet(rng, b);
  } else if (kind === 'handover') handover(rng, b);
  else dsarNote(rng, b);
  const stems = { ticket: 'support-ticket', profile: 'pasted-profiles', handover: 'handover-email', dsar: 'dsar-note' };
  return { stem: `${stems[kind]}-${hex(rng, 6)}.txt`, doc: (name) => b.build(name) };
}
