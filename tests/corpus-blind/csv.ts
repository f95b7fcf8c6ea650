/**
 * Blind corpus, part 5: CSV exports in the column dialects of real ESPs and shops (Mailchimp, Klaviyo, HubSpot,
 * Brevo, SendGrid, ActiveCampaign, Shopify, Constant Contact, CleverReach). Written blind, independent of the
 * detectors and of the first corpus.
 *
 * Labelling follows the README: the street-line cell is a postal address, City/State/Zip/Country and Address 2
 * cells alone are not; IPs only in IP columns; dates of birth only in birthday columns.
 */
import type { Rng } from '../corpus/prng';
import { DocBuilder, lab, writeCsvRow, type Cell, type CsvDialect, type Labelled, type PlantedDoc } from './builder';
import { ibanCountryFor, makeContact, notesCell, type Contact } from './contact';
import {
  ANGLO_COUNTRIES,
  CAMPAIGNS,
  COMPANIES,
  COUNTRY_NAME,
  CURRENCY_OF,
  euid,
  fmtDate,
  hex,
  JOB_TITLES,
  latLon,
  leid,
  mailchimpAddress,
  makeIban,
  makeIp,
  makeNationalId,
  makePhone,
  money,
  pad,
  plainAmount,
  recentDate,
  streetPart,
  TAGS,
  timestamp,
  timestamps,
  ulid,
  uuid,
  weighted,
  type Country,
  type DateStyle,
} from './values';

function opt(rng: Rng, p: number, f: () => Cell): Cell {
  return rng.chance(p) ? f() : '';
}

function phone(rng: Rng, c: Contact, e164 = false): Labelled {
  const p = makePhone(rng, c.country, e164);
  return lab('phone', p.text, p.country);
}

function tagList(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = rng.pick(TAGS);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

const TZ: Record<Country, readonly (readonly [string, string, string])[]> = {
  US: [
    ['America/Los_Angeles', '-8', '-7'],
    ['America/New_York', '-5', '-4'],
    ['America/Chicago', '-6', '-5'],
  ],
  CA: [
    ['America/Toronto', '-5', '-4'],
    ['America/Vancouver', '-8', '-7'],
  ],
  GB: [['Europe/London', '0', '1']],
  DE: [['Europe/Berlin', '1', '2']],
  FR: [['Europe/Paris', '1', '2']],
  ES: [['Europe/Madrid', '1', '2']],
  IT: [['Europe/Rome', '1', '2']],
  NL: [['Europe/Amsterdam', '1', '2']],
  BE: [['Europe/Brussels', '1', '2']],
  CH: [['Europe/Zurich', '1', '2']],
  AU: [['Australia/Sydney', '10', '11']],
  IN: [['Asia/Kolkata', '5.5', '5.5']],
  BR: [['America/Sao_Paulo', '-3', '-3']],
};

interface CsvDoc {
  stem: string;
  dialect: CsvDialect;
  bom: boolean;
  header: readonly string[];
  countries: readonly Country[];
  row: (rng: Rng, c: Contact) => Cell[];
}

// ---------------------------------------------------------------------------------------------------------------
// Mailchimp audience export (subscribed / unsubscribed / cleaned members)

function mailchimp(rng: Rng): CsvDoc {
  const variant = weighted(rng, [
    ['subscribed', 5],
    ['unsubscribed', 1],
    ['cleaned', 1],
  ] as const);
  const extra = rng.chance(0.4) ? rng.pick(['Company', 'Loyalty ID', 'Preferred Store']) : '';
  const header = [
    'Email Address',
    'First Name',
    'Last Name',
    'Address',
    'Phone Number',
    'Birthday',
    ...(extra ? [extra] : []),
    'MEMBER_RATING',
    'OPTIN_TIME',
    'OPTIN_IP',
    'CONFIRM_TIME',
    'CONFIRM_IP',
    'LATITUDE',
    'LONGITUDE',
    'GMTOFF',
    'DSTOFF',
    'TIMEZONE',
    'CC',
    'REGION',
    ...(variant === 'unsubscribed'
      ? ['UNSUB_TIME', 'UNSUB_CAMPAIGN_TITLE', 'UNSUB_CAMPAIGN_ID', 'UNSUB_REASON', 'UNSUB_REASON_OTHER']
      : []),
    ...(variant === 'cleaned' ? ['CLEAN_TIME', 'CLEAN_CAMPAIGN_TITLE', 'CLEAN_CAMPAIGN_ID'] : []),
    'LAST_CHANGED',
    'LEID',
    'EUID',
    'NOTES',
    'TAGS',
  ];
  return {
    stem: `${variant}_members_export_${hex(rng, 10)}`,
    dialect: { delimiter: ',', eol: '\n', quoteAll: false },
    bom: false,
    header,
    countries: ANGLO_COUNTRIES,
    row: (r, c) => {
      const [tz, gmt, dst] = r.pick(TZ[c.country]);
      const ts = timestamps(r, 4, 'sql');
      const geo = r.chance(0.5);
      const [lat, lon] = latLon(r, c.country);
      const extraCell: Cell[] = !extra
        ? []
        : [
            extra === 'Company'
              ? opt(r, 0.3, () => r.pick(COMPANIES))
              : extra === 'Loyalty ID'
                ? `LY${r.digits(8)}`
                : r.pick(['Leeds', 'Downtown', 'Online', 'Airport']),
          ];
      const tags = tagList(r, r.int(0, 3));
      return [
        lab('email', c.email),
        opt(r, 0.9, () => lab('person-name', c.person.first)),
        opt(r, 0.85, () => lab('person-name', c.person.last)),
        opt(r, 0.5, () => lab('postal-address', mailchimpAddress(c.address))),
        opt(r, 0.45, () => phone(r, c)),
        opt(r, 0.35, () => lab('date-of-birth', fmtDate(c.dob, 'mm/dd'))),
        ...extraCell,
        String(r.int(1, 5)),
        opt(r, 0.7, () => ts[0] ?? ''),
        opt(r, 0.55, () => lab('ip-address', makeIp(r))),
        ts[1] ?? '',
        opt(r, 0.6, () => lab('ip-address', makeIp(r))),
        geo ? lat : '',
        geo ? lon : '',
        geo ? gmt : '',
        geo ? dst : '',
        geo ? tz : '',
        geo ? c.country : '',
        geo ? c.address.region : '',
        ...(variant === 'unsubscribed'
          ? [
              ts[2] ?? '',
              r.pick(CAMPAIGNS),
              hex(r, 10),
              r.pick(['NORMAL', 'SPAM', 'ADMIN']),
              opt(r, 0.3, () => r.pick(['Too many emails', 'Not relevant', 'Never signed up'])),
            ]
          : []),
        ...(variant === 'cleaned' ? [ts[2] ?? '', r.pick(CAMPAIGNS), hex(r, 10)] : []),
        ts[3] ?? '',
        leid(r),
        euid(r),
        notesCell(r, c, 0.15),
        tags.length ? tags.map((t) => `"${t}"`).join(',') : '',
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Klaviyo profile export

function klaviyo(rng: Rng): CsvDoc {
  const withBirthday = rng.chance(0.6);
  return {
    stem: `klaviyo_${rng.pick(['list', 'segment'])}_${rng.pick(['Newsletter', 'VIP_Customers', 'Engaged_90d', 'SMS_Subscribers'])}_export`,
    dialect: { delimiter: ',', eol: '\n', quoteAll: false },
    bom: false,
    header: [
      'Email',
      'Phone Number',
      'First Name',
      'Last Name',
      'Organization',
      'Title',
      'Address',
      'Address 2',
      'City',
      'State / Region',
      'Country',
      'Zip Code',
      'Latitude',
      'Longitude',
      'Source',
      'IP Address',
      'Klaviyo ID',
      'Profile Created On',
      'Last Open',
      'Last Click',
      'Total Customer Lifetime Value',
      'Historic Number Of Orders',
      'Average Order Value',
      'Last Order Date',
      'Churn Risk Prediction',
      'Accepts Marketing',
      ...(withBirthday ? ['Birthday'] : []),
    ],
    countries: ANGLO_COUNTRIES,
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.55);
      const pu = c.purchases;
      const geo = hasAddr && r.chance(0.6);
      const ts = timestamps(r, 3, 'sql');
      const [lat, lon] = latLon(r, c.country);
      return [
        lab('email', c.email),
        opt(r, 0.5, () => phone(r, c, r.chance(0.8))),
        opt(r, 0.9, () => lab('person-name', c.person.first)),
        opt(r, 0.85, () => lab('person-name', c.person.last)),
        opt(r, 0.12, () => r.pick(COMPANIES)),
        opt(r, 0.08, () => r.pick(JOB_TITLES)),
        hasAddr ? lab('postal-address', a.line1) : '',
        hasAddr ? a.line2 : '',
        hasAddr ? a.city : '',
        hasAddr ? a.region : '',
        hasAddr ? (COUNTRY_NAME[a.country][0] ?? '') : '',
        hasAddr ? a.postcode : '',
        geo ? lat : '',
        geo ? lon : '',
        r.pick(['Shopify', 'Signup form: Spring popup', 'API', 'Imported', 'Checkout', 'Flow: Welcome']),
        opt(r, 0.5, () => lab('ip-address', makeIp(r))),
        ulid(r),
        ts[0] ?? '',
        opt(r, 0.7, () => ts[1] ?? ''),
        opt(r, 0.4, () => ts[2] ?? ''),
        lab('purchase-history', plainAmount(pu.spent, false)),
        lab('purchase-history', String(pu.orders)),
        lab('purchase-history', plainAmount(pu.aov, false)),
        pu.lastOrder ? lab('purchase-history', fmtDate(pu.lastOrder, 'iso')) : '',
        r.pick(['LOW', 'MEDIUM', 'HIGH', '']),
        r.pick(['TRUE', 'FALSE']),
        ...(withBirthday ? [opt(r, 0.4, () => lab('date-of-birth', fmtDate(c.dob, 'iso')))] : []),
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// HubSpot contacts export

function hubspot(rng: Rng): CsvDoc {
  const idColumn = weighted(rng, [
    ['', 1],
    ['Social Security Number', 1],
    ['National Insurance Number', 1],
  ] as const);
  const withDob = rng.chance(0.4);
  return {
    stem: `hubspot-crm-exports-all-contacts-${rng.int(2025, 2026)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
    dialect: { delimiter: ',', eol: '\r\n', quoteAll: true },
    bom: true,
    header: [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Mobile Phone Number',
      'Street Address',
      'City',
      'State/Region',
      'Postal Code',
      'Country/Region',
      'Company Name',
      'Job Title',
      'Create Date',
      'Last Activity Date',
      'Lifecycle Stage',
      'Lead Status',
      'Marketing contact status',
      'IP Country',
      'Total Revenue',
      'Number of Pageviews',
      ...(withDob ? ['Date of birth'] : []),
      ...(idColumn ? [idColumn] : []),
    ],
    countries: idColumn === 'National Insurance Number' ? ['GB'] : idColumn ? ['US'] : ANGLO_COUNTRIES,
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.6);
      const street = r.chance(0.15) && a.line2 ? `${a.line1}\n${a.line2}` : streetPart(a);
      const ts = timestamps(r, 2, 'hubspot');
      return [
        String(r.int(100, 999)) + r.digits(8),
        opt(r, 0.92, () => lab('person-name', c.person.first)),
        opt(r, 0.88, () => lab('person-name', c.person.last)),
        lab('email', c.email),
        opt(r, 0.55, () => phone(r, c)),
        opt(r, 0.3, () => phone(r, c)),
        hasAddr ? lab('postal-address', street) : '',
        hasAddr ? a.city : '',
        hasAddr ? a.region : '',
        hasAddr ? a.postcode : '',
        hasAddr ? (COUNTRY_NAME[a.country][0] ?? '') : '',
        opt(r, 0.3, () => r.pick(COMPANIES)),
        opt(r, 0.2, () => r.pick(JOB_TITLES)),
        ts[0] ?? '',
        opt(r, 0.7, () => ts[1] ?? ''),
        r.pick(['Subscriber', 'Lead', 'Marketing Qualified Lead', 'Customer', 'Opportunity']),
        r.pick(['', 'New', 'Open', 'In progress', 'Connected']),
        r.pick(['Marketing contact', 'Non-marketing contact']),
        opt(r, 0.5, () => COUNTRY_NAME[c.country][0] ?? ''),
        c.purchases.orders > 0 ? lab('purchase-history', plainAmount(c.purchases.spent, false)) : '',
        String(r.int(0, 240)),
        ...(withDob ? [opt(r, 0.5, () => lab('date-of-birth', fmtDate(c.dob, r.pick<DateStyle>(['iso', 'us']))))] : []),
        ...(idColumn ? [opt(r, 0.6, () => lab('national-id', makeNationalId(r, c.country)))] : []),
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Brevo (Sendinblue) contacts export: French or English attribute names, semicolons

function brevo(rng: Rng): CsvDoc {
  const fr = rng.chance(0.65);
  const withIban = rng.chance(0.7);
  const semicolon = fr || rng.chance(0.6);
  const header = fr
    ? ['CONTACT_ID', 'EMAIL', 'NOM', 'PRENOM', 'SMS', 'DATE_DE_NAISSANCE', 'CIVILITE', 'ADRESSE', 'CODE_POSTAL', 'VILLE', 'PAYS']
    : ['CONTACT_ID', 'EMAIL', 'LASTNAME', 'FIRSTNAME', 'SMS', 'BIRTHDAY', 'TITLE', 'ADDRESS', 'ZIP', 'CITY', 'COUNTRY'];
  const tail = fr
    ? ['MONTANT_TOTAL_ACHATS', 'NB_COMMANDES', 'DATE_DERNIERE_COMMANDE', 'DATE_AJOUT', 'DOUBLE_OPT-IN', 'LISTES']
    : ['TOTAL_SPENT', 'ORDER_COUNT', 'LAST_ORDER_DATE', 'ADDED_TIME', 'DOUBLE_OPT-IN', 'LISTS'];
  return {
    stem: fr ? `export_contacts_brevo_${rng.digits(8)}` : `brevo_contacts_export_${rng.digits(8)}`,
    dialect: { delimiter: semicolon ? ';' : ',', eol: rng.chance(0.5) ? '\r\n' : '\n', quoteAll: false },
    bom: rng.chance(0.5),
    header: [...header, ...(withIban ? ['IBAN'] : []), ...tail],
    countries: ['FR', 'FR', 'FR', 'BE', 'CH', 'ES', 'IT', 'DE', 'NL'],
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.6);
      const pu = c.purchases;
      const dob = fmtDate(c.dob, r.pick<DateStyle>(fr ? ['eu', 'eu', 'iso'] : ['iso', 'eu']));
      const added = recentDate(r);
      return [
        String(r.int(1, 48000)),
        lab('email', c.email),
        opt(r, 0.85, () => lab('person-name', c.person.last)),
        opt(r, 0.9, () => lab('person-name', c.person.first)),
        opt(r, 0.5, () => phone(r, c, true)),
        opt(r, 0.45, () => lab('date-of-birth', dob)),
        fr ? r.pick(['M.', 'Mme', '']) : r.pick(['Mr', 'Ms', 'Mx', '']),
        hasAddr ? lab('postal-address', streetPart(a)) : '',
        hasAddr ? a.postcode : '',
        hasAddr ? a.city : '',
        hasAddr ? (COUNTRY_NAME[a.country][fr ? 1 : 0] ?? COUNTRY_NAME[a.country][0] ?? '') : '',
        ...(withIban ? [opt(r, 0.55, () => lab('iban', makeIban(r, ibanCountryFor(c.country))))] : []),
        pu.orders > 0 ? lab('purchase-history', plainAmount(pu.spent, semicolon)) : '',
        lab('purchase-history', String(pu.orders)),
        pu.lastOrder ? lab('purchase-history', fmtDate(pu.lastOrder, fr ? 'eu' : 'iso')) : '',
        `${fmtDate(added, fr ? 'eu' : 'iso')} ${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}`,
        fr ? r.pick(['Oui', 'Non']) : r.pick(['Yes', 'No']),
        r.pick(['#2 Newsletter', '#2 Newsletter,#5 Clients', '#7 Boutique Lyon', '#5 Clients']),
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// SendGrid Marketing Campaigns contacts export

function sendgrid(rng: Rng): CsvDoc {
  const custom = rng.chance(0.5);
  return {
    stem: `contacts-export-${uuid(rng)}`,
    dialect: { delimiter: ',', eol: '\n', quoteAll: rng.chance(0.5) },
    bom: false,
    header: [
      'EMAIL',
      'FIRST_NAME',
      'LAST_NAME',
      'ADDRESS_LINE_1',
      'ADDRESS_LINE_2',
      'CITY',
      'STATE_PROVINCE_REGION',
      'POSTAL_CODE',
      'COUNTRY',
      'ALTERNATE_EMAILS',
      'PHONE_NUMBER',
      'WHATSAPP',
      'LINE',
      'FACEBOOK',
      'UNIQUE_NAME',
      'CREATED_AT',
      'UPDATED_AT',
      'CONTACT_ID',
      ...(custom ? ['date_of_birth', 'lifetime_value', 'order_count', 'signup_ip'] : []),
    ],
    countries: ANGLO_COUNTRIES,
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.45);
      const ts = timestamps(r, 2, 'iso-z');
      const alt: Cell = r.chance(0.12)
        ? r.chance(0.5)
          ? [lab('email', `${c.email.split('@')[0] ?? 'x'}@work.example.org`)]
          : [
              lab('email', `${c.email.split('@')[0] ?? 'x'}@work.example.org`),
              ',',
              lab('email', `${c.email.split('@')[0] ?? 'x'}.old@example.net`),
            ]
        : '';
      return [
        lab('email', c.email),
        opt(r, 0.85, () => lab('person-name', c.person.first)),
        opt(r, 0.8, () => lab('person-name', c.person.last)),
        hasAddr ? lab('postal-address', a.line1) : '',
        hasAddr ? a.line2 : '',
        hasAddr ? a.city : '',
        hasAddr ? a.region : '',
        hasAddr ? a.postcode : '',
        hasAddr ? c.country : '',
        alt,
        opt(r, 0.4, () => phone(r, c, r.chance(0.5))),
        opt(r, 0.1, () => phone(r, c, true)),
        '',
        opt(r, 0.05, () => r.digits(15)),
        '',
        ts[0] ?? '',
        ts[1] ?? '',
        uuid(r),
        ...(custom
          ? [
              opt(r, 0.4, () => lab('date-of-birth', fmtDate(c.dob, 'iso'))),
              c.purchases.orders > 0 ? lab('purchase-history', plainAmount(c.purchases.spent, false)) : '',
              lab('purchase-history', String(c.purchases.orders)),
              opt(r, 0.5, () => lab('ip-address', makeIp(r))),
            ]
          : []),
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// ActiveCampaign contacts export

function activecampaign(rng: Rng): CsvDoc {
  return {
    stem: `activecampaign-contacts-${rng.int(2025, 2026)}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}`,
    dialect: { delimiter: ',', eol: '\r\n', quoteAll: true },
    bom: false,
    header: [
      'Contact ID',
      'Email',
      'First Name',
      'Last Name',
      'Phone',
      'Organization',
      'Tags',
      'Date Created',
      'Date Updated',
      'IP Address',
      'Birthday',
      'Address',
      'City',
      'State',
      'Zip',
      'Country',
      'Total Revenue',
      'Total Orders',
      'Last Order Date',
      'Products Purchased',
      'Notes',
    ],
    countries: ANGLO_COUNTRIES,
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.5);
      const pu = c.purchases;
      const prods: Cell = pu.products.length ? [lab('purchase-history', pu.products.join(', '))] : '';
      const ts = timestamps(r, 2, 'sql');
      return [
        String(r.int(1, 250000)),
        lab('email', c.email),
        opt(r, 0.9, () => lab('person-name', c.person.first)),
        opt(r, 0.85, () => lab('person-name', c.person.last)),
        opt(r, 0.5, () => phone(r, c)),
        opt(r, 0.2, () => r.pick(COMPANIES)),
        tagList(r, r.int(0, 3)).join(', '),
        ts[0] ?? '',
        ts[1] ?? '',
        opt(r, 0.5, () => lab('ip-address', makeIp(r))),
        opt(r, 0.35, () => lab('date-of-birth', fmtDate(c.dob, r.pick<DateStyle>(['iso', 'us', 'mon-d-y'])))),
        hasAddr ? lab('postal-address', streetPart(a)) : '',
        hasAddr ? a.city : '',
        hasAddr ? a.region : '',
        hasAddr ? a.postcode : '',
        hasAddr ? (COUNTRY_NAME[a.country][0] ?? '') : '',
        pu.orders > 0 ? lab('purchase-history', money(r, pu.spent, CURRENCY_OF[c.country])) : '',
        lab('purchase-history', String(pu.orders)),
        pu.lastOrder ? lab('purchase-history', fmtDate(pu.lastOrder, 'us')) : '',
        prods,
        notesCell(r, c, 0.15),
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Shopify customers export (current and legacy column sets)

function shopify(rng: Rng): CsvDoc {
  const legacy = rng.chance(0.35);
  const header = legacy
    ? [
        'First Name',
        'Last Name',
        'Email',
        'Accepts Marketing',
        'Company',
        'Address1',
        'Address2',
        'City',
        'Province',
        'Province Code',
        'Country',
        'Country Code',
        'Zip',
        'Phone',
        'Total Spent',
        'Total Orders',
        'Tags',
        'Note',
        'Tax Exempt',
      ]
    : [
        'Customer ID',
        'First Name',
        'Last Name',
        'Email',
        'Accepts Email Marketing',
        'Default Address Company',
        'Default Address Address1',
        'Default Address Address2',
        'Default Address City',
        'Default Address Province Code',
        'Default Address Country Code',
        'Default Address Zip',
        'Default Address Phone',
        'Phone',
        'Accepts SMS Marketing',
        'Total Spent',
        'Total Orders',
        'Note',
        'Tax Exempt',
        'Tags',
      ];
  return {
    stem: legacy ? 'customers_export' : `customers_export_${rng.int(1, 9)}`,
    dialect: { delimiter: ',', eol: '\n', quoteAll: false },
    bom: false,
    header,
    countries: ANGLO_COUNTRIES,
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.75);
      const zip = hasAddr ? (/^0/.test(a.postcode) ? `'${a.postcode}` : a.postcode) : '';
      const tick = (l: Labelled): Cell => (r.chance(0.3) ? ["'", l] : l);
      const addrPhone = hasAddr ? opt(r, 0.4, () => tick(phone(r, c))) : '';
      const mainPhone = opt(r, 0.45, () => tick(phone(r, c, true)));
      const company = hasAddr ? opt(r, 0.1, () => r.pick(COMPANIES)) : '';
      const tags = tagList(r, r.int(0, 2)).join(', ');
      const spent = lab('purchase-history', plainAmount(c.purchases.spent, false));
      const orders = lab('purchase-history', String(c.purchases.orders));
      const yesNo = r.pick(['yes', 'no']);
      const note = notesCell(r, c, 0.12);
      if (legacy) {
        return [
          opt(r, 0.95, () => lab('person-name', c.person.first)),
          opt(r, 0.95, () => lab('person-name', c.person.last)),
          lab('email', c.email),
          yesNo,
          company,
          hasAddr ? lab('postal-address', a.line1) : '',
          hasAddr ? a.line2 : '',
          hasAddr ? a.city : '',
          hasAddr ? a.region : '',
          hasAddr ? a.region : '',
          hasAddr ? (COUNTRY_NAME[a.country][0] ?? '') : '',
          hasAddr ? a.country : '',
          zip,
          mainPhone,
          spent,
          orders,
          tags,
          note,
          'no',
        ];
      }
      return [
        `${r.int(5, 8)}${r.digits(12)}`,
        opt(r, 0.95, () => lab('person-name', c.person.first)),
        opt(r, 0.95, () => lab('person-name', c.person.last)),
        lab('email', c.email),
        yesNo,
        company,
        hasAddr ? lab('postal-address', a.line1) : '',
        hasAddr ? a.line2 : '',
        hasAddr ? a.city : '',
        hasAddr ? a.region : '',
        hasAddr ? a.country : '',
        zip,
        addrPhone,
        mainPhone,
        r.pick(['yes', 'no']),
        spent,
        orders,
        note,
        'no',
        tags,
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Constant Contact contacts export

function constantContact(rng: Rng): CsvDoc {
  return {
    stem: `contacts_${rng.digits(13)}`,
    dialect: { delimiter: ',', eol: '\r\n', quoteAll: true },
    bom: false,
    header: [
      'Email address',
      'First name',
      'Last name',
      'Company',
      'Job title',
      'Phone - home',
      'Phone - mobile',
      'Street address line 1 - Home',
      'Street address line 2 - Home',
      'City - Home',
      'State/Province - Home',
      'Zip/Postal code - Home',
      'Country - Home',
      'Birthday',
      'Anniversary',
      'Email permission status',
      'Created At',
      'Updated At',
      'Source Name',
      'Tags',
    ],
    countries: ['US', 'US', 'US', 'CA', 'CA'],
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.5);
      const ann = recentDate(r);
      const ts = timestamps(r, 2, 'us-12h');
      return [
        lab('email', c.email),
        opt(r, 0.9, () => lab('person-name', c.person.first)),
        opt(r, 0.9, () => lab('person-name', c.person.last)),
        opt(r, 0.2, () => r.pick(COMPANIES)),
        opt(r, 0.15, () => r.pick(JOB_TITLES)),
        opt(r, 0.3, () => phone(r, c)),
        opt(r, 0.35, () => phone(r, c)),
        hasAddr ? lab('postal-address', a.line1) : '',
        hasAddr ? a.line2 : '',
        hasAddr ? a.city : '',
        hasAddr ? a.region : '',
        hasAddr ? a.postcode : '',
        hasAddr ? (COUNTRY_NAME[a.country][0] ?? '') : '',
        opt(r, 0.3, () => lab('date-of-birth', fmtDate(c.dob, r.pick<DateStyle>(['us', 'mm/dd'])))),
        opt(r, 0.1, () => fmtDate(ann, 'us')),
        r.pick(['Implicit', 'Explicit', 'Unsubscribed', 'Pending confirmation']),
        ts[0] ?? '',
        ts[1] ?? '',
        r.pick(['Website sign-up form', 'Import from file', 'Landing page', 'Text-to-join']),
        tagList(r, r.int(0, 2)).join(', '),
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CleverReach (German ESP) recipient export

function cleverreach(rng: Rng): CsvDoc {
  const withIban = rng.chance(0.6);
  return {
    stem: `Empfaenger_Export_${rng.int(2025, 2026)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
    dialect: { delimiter: ';', eol: '\r\n', quoteAll: rng.chance(0.3) },
    bom: true,
    header: [
      'email',
      'Anrede',
      'Vorname',
      'Nachname',
      'Straße',
      'PLZ',
      'Ort',
      'Land',
      'Telefon',
      'Geburtsdatum',
      'Kundennummer',
      'Umsatz gesamt',
      'Anzahl Bestellungen',
      'Letzte Bestellung',
      ...(withIban ? ['IBAN'] : []),
      'Angemeldet am',
      'Aktiv',
      'Quelle',
    ],
    countries: ['DE', 'DE', 'DE', 'DE', 'CH', 'NL', 'BE', 'FR'],
    row: (r, c) => {
      const a = c.address;
      const hasAddr = r.chance(0.65);
      const pu = c.purchases;
      return [
        lab('email', c.email),
        r.pick(['Herr', 'Frau', 'Divers', '']),
        opt(r, 0.9, () => lab('person-name', c.person.first)),
        opt(r, 0.9, () => lab('person-name', c.person.last)),
        hasAddr ? lab('postal-address', a.line1) : '',
        hasAddr ? a.postcode : '',
        hasAddr ? a.city : '',
        hasAddr ? a.country : '',
        opt(r, 0.45, () => phone(r, c)),
        opt(r, 0.4, () => lab('date-of-birth', fmtDate(c.dob, 'dot'))),
        `K-${r.int(100000, 999999)}`,
        pu.orders > 0
          ? lab('purchase-history', r.chance(0.5) ? plainAmount(pu.spent, true) : money(r, pu.spent, CURRENCY_OF[c.country]))
          : '',
        lab('purchase-history', String(pu.orders)),
        pu.lastOrder ? lab('purchase-history', fmtDate(pu.lastOrder, 'dot')) : '',
        ...(withIban ? [opt(r, 0.5, () => lab('iban', makeIban(r, ibanCountryFor(c.country))))] : []),
        timestamp(r, 'eu-24h'),
        r.pick(['1', '1', '0']),
        r.pick(['Formular', 'Import', 'Shop-Checkout', 'API']),
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

const CSV_KINDS: readonly (readonly [(rng: Rng) => CsvDoc, number])[] = [
  [mailchimp, 4],
  [klaviyo, 3],
  [hubspot, 4],
  [brevo, 2],
  [sendgrid, 2],
  [activecampaign, 2],
  [shopify, 3],
  [constantContact, 1],
  [cleverreach, 2],
];

/** One CSV export of roughly `targetChars` characters. */
export function makeCsv(rng: Rng, targetChars: number): { stem: string; doc: (name: string) => PlantedDoc } {
  const kind = weighted(rng, CSV_KINDS)(rng);
  const b = new DocBuilder();
  if (kind.bom) b.text('\uFEFF');
  writeCsvRow(b, kind.header, kind.dialect);
  let rows = 0;
  while (rows < 3 || b.length < targetChars) {
    const c = makeContact(rng, rng.pick(kind.countries));
    writeCsvRow(b, kind.row(rng, c), kind.dialect);
    rows++;
  }
  return { stem: `${kind.stem}.csv`, doc: (name) => b.build(name) };
}
