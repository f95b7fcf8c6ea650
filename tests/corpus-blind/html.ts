/**
 * Blind corpus, part 6: HTML pages as a browser's "Save page as" writes them from ESP dashboards: contact
 * tables, contact profiles (with order history and notes), segment previews and campaign reports, with app
 * chrome, <style> and <script> blocks. Written blind, independent of the detectors and of the first corpus.
 *
 * Labelled values sit only in visible text nodes: never in attributes, comments, <script> or <style>. A span
 * covers the value as written in the page (so `O&#39;Brien` when the page escapes apostrophes).
 */
import type { Rng } from '../corpus/prng';
import { DocBuilder, HtmlWriter, lab, type Cell, type Labelled, type PlantedDoc, type Seg } from './builder';
import { customerMessage, ibanCountryFor, makeContact, plainNote, sensitiveNote, type Contact } from './contact';
import { fullName } from './names';
import {
  ANGLO_COUNTRIES,
  CAMPAIGNS,
  cityLine,
  COMPANIES,
  count,
  COUNTRY_NAME,
  CURRENCY_OF,
  fmtDate,
  handle,
  hex,
  hexColor,
  luhnFailing16,
  makeCard,
  makeDate,
  makeIban,
  makeIp,
  makeNationalId,
  makePhone,
  maskedCard,
  money,
  NPM_SCOPES,
  oneLineAddress,
  orderId,
  percent,
  PRODUCTS,
  recentDate,
  sku,
  streetPart,
  TAGS,
  timestamp,
  trackingNo,
  urlWithQuery,
  version,
  weighted,
  type Country,
  type Currency,
  type DateStyle,
} from './values';

type Locale = 'en' | 'fr' | 'de';
type PanelStyle = 'dl' | 'div' | 'table' | 'prop';

interface Skin {
  esp: string;
  host: string;
  path: string;
  nav: readonly string[];
  locale: Locale;
  countries: readonly Country[];
  panel: PanelStyle;
  /** Contact-table columns: [key, header text]. */
  cols: readonly (readonly [ColKey, string])[];
  brand: string;
}

type ColKey =
  | 'email'
  | 'name'
  | 'first'
  | 'last'
  | 'phone'
  | 'address'
  | 'location'
  | 'tags'
  | 'status'
  | 'source'
  | 'rating'
  | 'added'
  | 'changed'
  | 'spent'
  | 'orders'
  | 'birthday'
  | 'company'
  | 'id'
  | 'stage'
  | 'points';

const SKINS: readonly Skin[] = [
  {
    esp: 'Mailchimp',
    host: 'https://us14.admin.mailchimp.com',
    path: '/lists/members?id=',
    nav: ['Create', 'Audience', 'Campaigns', 'Automations', 'Analytics', 'Website', 'Content', 'Integrations'],
    locale: 'en',
    countries: ANGLO_COUNTRIES,
    panel: 'dl',
    cols: [
      ['email', 'Email Address'],
      ['first', 'First Name'],
      ['last', 'Last Name'],
      ['address', 'Address'],
      ['phone', 'Phone Number'],
      ['birthday', 'Birthday'],
      ['tags', 'Tags'],
      ['status', 'Email Marketing'],
      ['source', 'Source'],
      ['rating', 'Contact Rating'],
      ['added', 'Date Added'],
      ['changed', 'Last Changed'],
    ],
    brand: '#ffe01b',
  },
  {
    esp: 'Klaviyo',
    host: 'https://www.klaviyo.com',
    path: '/list/',
    nav: ['Home', 'Campaigns', 'Flows', 'Sign-up forms', 'Audience', 'Content', 'Analytics', 'Conversations'],
    locale: 'en',
    countries: ANGLO_COUNTRIES,
    panel: 'div',
    cols: [
      ['email', 'Email'],
      ['phone', 'Phone number'],
      ['first', 'First name'],
      ['last', 'Last name'],
      ['location', 'Location'],
      ['spent', 'Historic CLV'],
      ['added', 'Date added'],
    ],
    brand: '#232426',
  },
  {
    esp: 'HubSpot',
    host: 'https://app.hubspot.com',
    path: '/contacts/',
    nav: ['CRM', 'Marketing', 'Content', 'Sales', 'Commerce', 'Service', 'Data Management', 'Reporting'],
    locale: 'en',
    countries: ANGLO_COUNTRIES,
    panel: 'prop',
    cols: [
      ['name', 'Name'],
      ['email', 'Email'],
      ['phone', 'Phone Number'],
      ['company', 'Associated Company'],
      ['stage', 'Lifecycle Stage'],
      ['added', 'Create Date (GMT)'],
      ['changed', 'Last Activity Date (GMT)'],
    ],
    brand: '#ff7a59',
  },
  {
    esp: 'Shopify',
    host: 'https://admin.shopify.com',
    path: '/store/northwind-coffee/customers',
    nav: ['Home', 'Orders', 'Products', 'Customers', 'Content', 'Analytics', 'Marketing', 'Discounts'],
    locale: 'en',
    countries: ANGLO_COUNTRIES,
    panel: 'div',
    cols: [
      ['name', 'Customer name'],
      ['status', 'Email subscription'],
      ['location', 'Location'],
      ['orders', 'Orders'],
      ['spent', 'Amount spent'],
    ],
    brand: '#008060',
  },
  {
    esp: 'Brevo',
    host: 'https://app.brevo.com',
    path: '/contact/list/id/',
    nav: ['Tableau de bord', 'Campagnes', 'Automatisations', 'Contacts', 'Conversations', 'Transactionnel', 'Rapports'],
    locale: 'fr',
    countries: ['FR', 'FR', 'FR', 'BE', 'CH'],
    panel: 'table',
    cols: [
      ['email', 'EMAIL'],
      ['first', 'PRENOM'],
      ['last', 'NOM'],
      ['phone', 'SMS'],
      ['birthday', 'DATE_DE_NAISSANCE'],
      ['added', "Date d'ajout"],
    ],
    brand: '#0b996e',
  },
  {
    esp: 'ActiveCampaign',
    host: 'https://northwind.activehosted.com',
    path: '/app/contacts/?listid=',
    nav: ['Contacts', 'Campaigns', 'Automations', 'Deals', 'Lists', 'Reports', 'Apps'],
    locale: 'en',
    countries: ANGLO_COUNTRIES,
    panel: 'dl',
    cols: [
      ['name', 'Name'],
      ['email', 'Email'],
      ['phone', 'Phone'],
      ['company', 'Account'],
      ['tags', 'Tags'],
      ['added', 'Date Created'],
    ],
    brand: '#356ae6',
  },
  {
    esp: 'Mautic',
    host: 'https://marketing.example.com',
    path: '/s/contacts/',
    nav: ['Dashboard', 'Calendar', 'Contacts', 'Companies', 'Segments', 'Components', 'Campaigns', 'Channels', 'Points', 'Reports'],
    locale: 'en',
    countries: ANGLO_COUNTRIES,
    panel: 'table',
    cols: [
      ['name', 'Name'],
      ['email', 'Email'],
      ['location', 'Location'],
      ['stage', 'Stage'],
      ['points', 'Points'],
      ['changed', 'Last Active'],
      ['id', 'ID'],
    ],
    brand: '#4e5e9e',
  },
  {
    esp: 'CleverReach',
    host: 'https://eu2.cleverreach.com',
    path: '/admin/receiver_list.php?id=',
    nav: ['Dashboard', 'E-Mails', 'Empfänger', 'Formulare', 'Automation', 'Berichte', 'Mein Account'],
    locale: 'de',
    countries: ['DE', 'DE', 'DE', 'CH', 'NL'],
    panel: 'div',
    cols: [
      ['email', 'E-Mail'],
      ['first', 'Vorname'],
      ['last', 'Nachname'],
      ['phone', 'Telefon'],
      ['birthday', 'Geburtsdatum'],
      ['added', 'Angemeldet am'],
    ],
    brand: '#f07d00',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Labels per locale

interface Labels {
  email: readonly string[];
  phone: readonly string[];
  address: readonly string[];
  dob: readonly string[];
  ip: readonly string[];
  spent: readonly string[];
  orders: readonly string[];
  aov: readonly string[];
  lastOrder: readonly string[];
  products: readonly string[];
  since: string;
  changed: string;
  id: string;
  location: string;
  language: string;
  loyalty: string;
  notes: string;
  orderTable: readonly [string, string, string, string, string, string];
  orderHeading: string;
  activity: string;
  nationalId: string;
  iban: string;
  dobStyles: readonly DateStyle[];
  dateStyle: DateStyle;
}

const LABELS: Record<Locale, Labels> = {
  en: {
    email: ['Email', 'Email Address', 'E-mail'],
    phone: ['Phone', 'Phone Number', 'Mobile', 'SMS number'],
    address: ['Address', 'Mailing address', 'Default address', 'Shipping address'],
    dob: ['Birthday', 'Date of Birth', 'DOB', 'Birth date'],
    ip: ['Signup IP', 'IP Address', 'Opt-in IP', 'Last IP'],
    spent: ['Total spent', 'Lifetime value', 'Customer lifetime value (CLV)', 'Total revenue', 'Amount spent'],
    orders: ['Orders', 'Number of orders', 'Total orders'],
    aov: ['Average order value', 'AOV'],
    lastOrder: ['Last order', 'Last order date'],
    products: ['Products purchased', 'Purchased products'],
    since: 'Member since',
    changed: 'Last changed',
    id: 'Contact ID',
    location: 'Location',
    language: 'Language',
    loyalty: 'Loyalty number',
    notes: 'Notes',
    orderTable: ['Order #', 'Date', 'Items', 'Total', 'Status', 'Tracking'],
    orderHeading: 'Order history',
    activity: 'Activity',
    nationalId: 'SSN',
    iban: 'IBAN',
    dobStyles: ['iso', 'us', 'd-mon-y', 'long-en', 'mm/dd', 'mon-d-y'],
    dateStyle: 'mon-d-y',
  },
  fr: {
    email: ['E-mail', 'Adresse e-mail'],
    phone: ['Téléphone', 'SMS', 'Mobile'],
    address: ['Adresse', 'Adresse postale'],
    dob: ['Date de naissance', 'DATE_DE_NAISSANCE'],
    ip: ['Adresse IP', "IP d'inscription"],
    spent: ['Montant total des achats', 'Valeur client (CLV)'],
    orders: ['Nombre de commandes', 'Commandes'],
    aov: ['Panier moyen'],
    lastOrder: ['Dernière commande', 'Date de dernière commande'],
    products: ['Produits achetés'],
    since: 'Inscrit depuis le',
    changed: 'Dernière modification',
    id: 'ID contact',
    location: 'Localisation',
    language: 'Langue',
    loyalty: 'Carte fidélité',
    notes: 'Notes',
    orderTable: ['Commande', 'Date', 'Articles', 'Total', 'Statut', 'Suivi'],
    orderHeading: 'Historique des commandes',
    activity: 'Activité',
    nationalId: 'N° de sécurité sociale',
    iban: 'IBAN',
    dobStyles: ['eu', 'long-fr', 'iso'],
    dateStyle: 'eu',
  },
  de: {
    email: ['E-Mail', 'E-Mail-Adresse'],
    phone: ['Telefon', 'Mobil', 'Telefonnummer'],
    address: ['Adresse', 'Anschrift'],
    dob: ['Geburtsdatum', 'Geburtstag'],
    ip: ['IP-Adresse', 'Anmelde-IP'],
    spent: ['Umsatz gesamt', 'Customer Lifetime Value'],
    orders: ['Anzahl Bestellungen', 'Bestellungen'],
    aov: ['Durchschnittlicher Bestellwert'],
    lastOrder: ['Letzte Bestellung'],
    products: ['Gekaufte Produkte'],
    since: 'Kunde seit',
    changed: 'Zuletzt geändert',
    id: 'Kontakt-ID',
    location: 'Standort',
    language: 'Sprache',
    loyalty: 'Kundenkarte',
    notes: 'Notizen',
    orderTable: ['Bestellnr.', 'Datum', 'Artikel', 'Summe', 'Status', 'Sendungsnummer'],
    orderHeading: 'Bestellhistorie',
    activity: 'Aktivität',
    nationalId: 'Steuer-ID',
    iban: 'IBAN',
    dobStyles: ['dot', 'long-de', 'iso'],
    dateStyle: 'dot',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Page shell: head with style and script (hard negatives only), app chrome, footer.

function savedFromComment(url: string): string {
  return `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`;
}

function head(h: HtmlWriter, rng: Rng, skin: Skin, title: string, url: string): void {
  const asset = `./${title.replace(/[^A-Za-z]+/g, '_')}_files`;
  h.raw(
    `<!DOCTYPE html>\n${savedFromComment(url)}\n<html lang="${skin.locale}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n`,
  );
  h.raw(`<title>`).t(`${title} | ${skin.esp}`).raw(`</title>\n`);
  h.raw(`<meta name="viewport" content="width=device-width, initial-scale=1">\n`);
  h.raw(`<link rel="stylesheet" href="${asset}/app.${hex(rng, 8)}.css">\n`);
  h.raw(
    `<style>\n:root{--brand:${skin.brand};--ink:${hexColor(rng)};--muted:${hexColor(rng)}}\n` +
      `@import url("${asset}/fonts.css");\n` +
      `@font-face{font-family:"Graphik";src:url("${asset}/graphik-regular.woff2") format("woff2");font-display:swap}\n` +
      `.logo{background:url(${asset}/logo@2x.png) no-repeat;background-size:120px 32px}\n` +
      `.avatar{background-image:url("${asset}/avatar-placeholder@3x.png")}\n` +
      `@media (max-width: 768px){.sidebar{display:none}.table td:nth-child(n+4){display:none}}\n` +
      `@supports (display:grid){.profile{display:grid;grid-template-columns:320px 1fr}}\n` +
      `.badge--vip{color:${hexColor(rng)};border:1px solid ${hexColor(rng)}}\n</style>\n`,
  );
  const state = {
    build: version(rng),
    release: `v${rng.int(3, 9)}.${rng.int(0, 40)}.${rng.int(0, 9)}`,
    accountId: rng.int(10_000_000, 99_999_999),
    listId: hex(rng, 10),
    sentry: `https://${hex(rng, 32)}@o${rng.digits(6)}.ingest.sentry.io/${rng.digits(7)}`,
    deps: [
      `${rng.pick(NPM_SCOPES)}@${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
      `${rng.pick(NPM_SCOPES)}@${rng.int(1, 9)}.${rng.int(0, 9)}.0`,
    ],
    flags: { newProfile: rng.chance(0.5), gridV2: true },
  };
  h.raw(`<script>window.__APP_STATE__ = ${JSON.stringify(state)};</script>\n`);
  h.raw(`<script src="${asset}/vendor.${hex(rng, 8)}.js" defer></script>\n</head>\n`);
}

function chrome(h: HtmlWriter, rng: Rng, skin: Skin): void {
  h.raw(`<body class="app app--${skin.esp.toLowerCase()}">\n<header class="app-header" role="banner">`);
  h.raw(`<a class="logo" href="/" aria-label="${skin.esp} home"></a>\n<nav class="main-nav"><ul>`);
  for (const n of skin.nav)
    h.raw(`<li><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}">`)
      .t(n)
      .raw(`</a></li>`);
  h.raw(`</ul></nav>\n<div class="account-menu"><span class="account-name">`).t(rng.pick(COMPANIES)).raw(`</span>`);
  h.raw(`<span class="plan">`)
    .t(rng.pick(['Standard', 'Premium', 'Pro', 'Essentials', 'Starter']))
    .raw(`</span></div>\n</header>\n`);
}

function footer(h: HtmlWriter, rng: Rng, skin: Skin): void {
  h.raw(`<footer class="app-footer"><p>`).t(`© 2001–2026 ${skin.esp}. All rights reserved.`).raw(`</p>`);
  h.raw(
    `<ul><li><a href="/legal/privacy">Privacy</a></li><li><a href="/legal/terms">Terms</a></li><li><a href="/legal/cookies">Cookie preferences</a></li></ul>`,
  );
  h.raw(`<p class="version">`)
    .t(`${version(rng)} · Follow us ${handle(rng)}`)
    .raw(`</p></footer>\n`);
  h.raw(
    `<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"page_view","page_type":"contacts","contact_count":${rng.int(1000, 90000)},"ts":${rng.int(1_700_000_000, 1_775_000_000)}});</script>\n`,
  );
  h.raw(`</body></html>\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

function phoneL(rng: Rng, c: Contact): Labelled {
  const p = makePhone(rng, c.country);
  return lab('phone', p.text, p.country);
}

function currencyOf(c: Contact): Currency {
  return CURRENCY_OF[c.country];
}

function location(c: Contact): string {
  const a = c.address;
  return [a.city, a.region, COUNTRY_NAME[a.country][0] ?? ''].filter((x) => x !== '').join(', ');
}

function nameCell(h: HtmlWriter, rng: Rng, c: Contact, id: number): void {
  h.raw(`<a class="contact-link" href="/contacts/view?id=${id}">`);
  if (rng.chance(0.35)) {
    h.raw(`<span class="first-name">`).cell(lab('person-name', c.person.first)).raw(`</span> <span class="last-name">`);
    h.cell(lab('person-name', c.person.last)).raw(`</span>`);
  } else h.cell(lab('person-name', fullName(rng, c.person)));
  h.raw(`</a>`);
}

function tableCell(h: HtmlWriter, rng: Rng, key: ColKey, c: Contact, skin: Skin, id: number): void {
  const L = LABELS[skin.locale];
  h.raw(`<td class="col-${key}">`);
  switch (key) {
    case 'email':
      h.raw(`<a href="${skin.path.split('?')[0] ?? ''}view?id=${id}" class="email">`)
        .cell(lab('email', c.email))
        .raw(`</a>`);
      break;
    case 'name':
      nameCell(h, rng, c, id);
      break;
    case 'first':
      if (rng.chance(0.92)) h.raw(`<span>`).cell(lab('person-name', c.person.first)).raw(`</span>`);
      break;
    case 'last':
      if (rng.chance(0.88)) h.raw(`<span>`).cell(lab('person-name', c.person.last)).raw(`</span>`);
      break;
    case 'phone':
      if (rng.chance(0.55)) h.raw(`<span class="phone">`).cell(phoneL(rng, c)).raw(`</span>`);
      break;
    case 'address':
      if (rng.chance(0.5)) h.cell(lab('postal-address', oneLineAddress(rng, c.address)));
      break;
    case 'location':
      h.t(location(c));
      break;
    case 'tags':
      for (const t of TAGS.filter(() => rng.chance(0.15))) h.raw(`<span class="tag">`).t(t).raw(`</span> `);
      break;
    case 'status':
      h.raw(`<span class="badge">`)
        .t(rng.pick(['Subscribed', 'Unsubscribed', 'Non-subscribed', 'Cleaned', 'Pending']))
        .raw(`</span>`);
      break;
    case 'source':
      h.t(rng.pick(['Hosted signup form', 'Import', 'API - Generic', 'Shopify', 'Admin add']));
      break;
    case 'rating':
      h.raw(`<span class="stars" aria-label="rating">`)
        .t('★'.repeat(rng.int(1, 5)))
        .raw(`</span>`);
      break;
    case 'added':
      h.t(skin.locale === 'en' ? timestamp(rng, 'mon-d-y-time') : timestamp(rng, 'eu-24h'));
      break;
    case 'changed':
      h.t(rng.chance(0.5) ? `${rng.int(2, 59)} ${rng.pick(['minutes', 'days'])} ago` : timestamp(rng, 'hubspot'));
      break;
    case 'spent':
      h.cell(lab('purchase-history', money(rng, c.purchases.spent, currencyOf(c))));
      break;
    case 'orders':
      h.cell([lab('purchase-history', String(c.purchases.orders)), c.purchases.orders === 1 ? ' order' : ' orders']);
      break;
    case 'birthday':
      if (rng.chance(0.4)) h.cell(lab('date-of-birth', fmtDate(c.dob, rng.pick(L.dobStyles))));
      break;
    case 'company':
      if (rng.chance(0.3)) h.t(rng.pick(COMPANIES));
      break;
    case 'id':
      h.t(String(id));
      break;
    case 'stage':
      h.t(rng.pick(['Subscriber', 'Lead', 'Customer', 'Evangelist', 'Opportunity']));
      break;
    case 'points':
      h.t(String(rng.int(0, 480)));
      break;
  }
  h.raw(`</td>`);
}

// ---------------------------------------------------------------------------------------------------------------
// Page kinds

function contactsTable(h: HtmlWriter, rng: Rng, skin: Skin, target: number): void {
  const total = rng.int(800, 60000);
  h.raw(`<main class="page page--contacts"><div class="page-header"><h1>`);
  h.t(
    rng.pick(
      skin.locale === 'fr'
        ? ['Contacts', 'Tous les contacts']
        : skin.locale === 'de'
          ? ['Empfänger', 'Alle Empfänger']
          : ['All contacts', 'Audience', 'Contacts', 'Customers'],
    ),
  );
  h.raw(`</h1><p class="count">`);
  h.t(
    skin.locale === 'fr'
      ? `${count(rng, 9)} sélectionné(s) · ${total.toLocaleString('fr-FR')} contacts`
      : skin.locale === 'de'
        ? `${total.toLocaleString('de-DE')} Empfänger · Seite 1`
        : `Showing 1–50 of ${total.toLocaleString('en-US')} contacts`,
  );
  h.raw(`</p></div>\n<div class="filters"><button type="button">`).t(
    `Segment: ${rng.pick(['Engaged 90 days', 'VIP customers', 'Imported 2024', 'All'])}`,
  );
  h.raw(`</button><button type="button" class="export">`)
    .t(skin.locale === 'de' ? 'Exportieren' : skin.locale === 'fr' ? 'Exporter' : 'Export')
    .raw(`</button></div>\n`);
  h.raw(`<table class="table contacts-table"><thead><tr><th><input type="checkbox" aria-label="select all"></th>`);
  for (const [, th] of skin.cols) h.raw(`<th scope="col">`).t(th).raw(`</th>`);
  h.raw(`</tr></thead>\n<tbody>\n`);
  let rows = 0;
  while (rows < 4 || h.b.length < target) {
    const c = makeContact(rng, rng.pick(skin.countries));
    const id = rng.int(10_000_000, 99_999_999);
    h.raw(`<tr data-id="${id}"><td><input type="checkbox"></td>`);
    for (const [key] of skin.cols) tableCell(h, rng, key, c, skin, id);
    h.raw(`</tr>\n`);
    rows++;
  }
  h.raw(`</tbody></table>\n<nav class="pagination"><span>`)
    .t(`Page 1 of ${Math.ceil(total / 50)}`)
    .raw(`</span><a href="?page=2" rel="next">Next</a></nav></main>\n`);
}

type FieldValue = Cell | { lines: readonly Cell[] } | { list: readonly Cell[] };

function isLines(v: FieldValue): v is { lines: readonly Cell[] } {
  return typeof v === 'object' && !Array.isArray(v) && 'lines' in v;
}

function isList(v: FieldValue): v is { list: readonly Cell[] } {
  return typeof v === 'object' && !Array.isArray(v) && 'list' in v;
}

function fieldValue(h: HtmlWriter, v: FieldValue): void {
  if (isLines(v)) {
    v.lines.forEach((line, i) => {
      if (i > 0) h.raw('<br>');
      h.cell(line);
    });
  } else if (isList(v)) {
    h.raw('<ul class="chips">');
    for (const item of v.list) h.el('li', '', item);
    h.raw('</ul>');
  } else if (isEmptyCell(v)) h.raw('<span class="empty">—</span>');
  else h.cell(v);
}

function isEmptyCell(v: Cell): boolean {
  return v === '' || (Array.isArray(v) && v.length === 0);
}

function panel(h: HtmlWriter, style: PanelStyle, title: string, fields: readonly (readonly [string, FieldValue])[]): void {
  h.raw(`<section class="panel"><h2>`).t(title).raw(`</h2>\n`);
  if (style === 'dl') {
    h.raw('<dl class="fields">');
    for (const [k, v] of fields) {
      h.raw('<dt>').t(k).raw('</dt><dd>');
      fieldValue(h, v);
      h.raw('</dd>\n');
    }
    h.raw('</dl>');
  } else if (style === 'table') {
    h.raw('<table class="fields"><tbody>');
    for (const [k, v] of fields) {
      h.raw('<tr><th scope="row">').t(k).raw('</th><td>');
      fieldValue(h, v);
      h.raw('</td></tr>\n');
    }
    h.raw('</tbody></table>');
  } else {
    const [box, label, value] = style === 'div' ? ['field', 'label', 'value'] : ['property', 'property-label', 'property-value'];
    for (const [k, v] of fields) {
      h.raw(`<div class="${box}"><div class="${label}">`).t(k).raw(`</div><div class="${value}">`);
      fieldValue(h, v);
      h.raw('</div></div>\n');
    }
  }
  h.raw('</section>\n');
}

function contactProfile(h: HtmlWriter, rng: Rng, skin: Skin, duplicate = false): void {
  const L = LABELS[skin.locale];
  const c = makeContact(rng, rng.pick(skin.countries));
  const a = c.address;
  const pu = c.purchases;
  const id = rng.int(10_000_000, 99_999_999);
  if (duplicate) {
    h.raw(`<aside class="duplicate-candidate" aria-label="Possible duplicate"><p class="hint">`);
    h.t(
      skin.locale === 'fr'
        ? 'Doublon possible'
        : skin.locale === 'de'
          ? 'Mögliches Duplikat'
          : 'Possible duplicate - review before merging',
    ).raw(`</p>\n`);
  } else {
    h.raw(`<main class="page profile"><nav class="breadcrumbs"><a href="${skin.path}">`)
      .t(skin.locale === 'de' ? 'Empfänger' : 'Contacts')
      .raw(`</a> › <span>`);
    h.t(skin.locale === 'fr' ? 'Fiche contact' : skin.locale === 'de' ? 'Empfängerprofil' : 'Profile').raw(`</span></nav>\n`);
  }
  h.raw(`<div class="profile-header"><div class="avatar" aria-hidden="true"></div><h1 class="profile-name">`);
  h.cell(lab('person-name', rng.chance(0.8) ? `${c.person.first} ${c.person.last}` : fullName(rng, c.person))).raw(`</h1>`);
  if (rng.chance(0.4)) h.raw(`<span class="badge badge--vip">VIP</span>`);
  h.raw(`<p class="subtitle">`)
    .t(`${rng.pick(['Subscribed', 'Customer', 'Lead'])} · ${L.since} ${fmtDate(recentDate(rng), L.dateStyle)}`)
    .raw(`</p></div>\n`);

  const fields: (readonly [string, FieldValue])[] = [];
  fields.push([rng.pick(L.email), lab('email', c.email)]);
  if (rng.chance(0.8)) fields.push([rng.pick(L.phone), phoneL(rng, c)]);
  if (rng.chance(0.2)) fields.push([skin.locale === 'en' ? 'Home phone' : rng.pick(L.phone), phoneL(rng, c)]);
  if (rng.chance(0.75)) {
    if (skin.locale === 'de' && rng.chance(0.6)) {
      fields.push(['Straße', lab('postal-address', a.line1)], ['PLZ', a.postcode], ['Ort', a.city]);
    } else if (rng.chance(0.4)) {
      fields.push([rng.pick(L.address), { lines: [lab('postal-address', streetPart(a)), cityLine(a)] }]);
    } else fields.push([rng.pick(L.address), lab('postal-address', oneLineAddress(rng, a))]);
  } else fields.push([L.location, location(c)]);
  if (rng.chance(0.6)) fields.push([rng.pick(L.dob), lab('date-of-birth', fmtDate(c.dob, rng.pick(L.dobStyles)))]);
  if (rng.chance(0.55)) fields.push([rng.pick(L.ip), lab('ip-address', makeIp(rng))]);
  fields.push([L.language, rng.pick(['English', 'Français', 'Deutsch', 'Español'])]);
  fields.push([L.id, String(id)]);
  if (rng.chance(0.3)) fields.push([L.loyalty, luhnFailing16(rng, true)]);
  if (rng.chance(0.3)) fields.push([{ en: 'Payment method', fr: 'Moyen de paiement', de: 'Zahlungsart' }[skin.locale], maskedCard(rng)]);
  if (rng.chance(0.12)) fields.push([rng.pick(['Card number (legacy import)', 'Old CRM: card no.']), lab('payment-card', makeCard(rng))]);
  if (rng.chance(0.3)) fields.push(['Anniversary', fmtDate(recentDate(rng), 'iso')]);
  if (['DE', 'FR', 'BE', 'NL', 'ES', 'IT', 'CH'].includes(c.country) && rng.chance(0.45)) {
    fields.push([L.iban, lab('iban', makeIban(rng, ibanCountryFor(c.country)))]);
  }
  if ((c.country === 'US' || c.country === 'GB') && rng.chance(0.5)) {
    const nid = makeNationalId(rng, c.country);
    fields.push([
      c.country === 'GB' ? 'National Insurance number' : rng.pick(['SSN', 'Tax ID (SSN)', 'Social Security Number']),
      lab('national-id', nid),
    ]);
  }
  fields.push([L.changed, timestamp(rng, skin.locale === 'en' ? 'mon-d-y-time' : 'eu-24h')]);
  h.raw(`<div class="profile-body">\n`);
  panel(h, skin.panel, skin.locale === 'fr' ? 'Informations' : skin.locale === 'de' ? 'Stammdaten' : 'Contact details', fields);

  if (pu.orders > 0 || rng.chance(0.3)) {
    const cur = currencyOf(c);
    const ecom: (readonly [string, FieldValue])[] = [
      [rng.pick(L.spent), lab('purchase-history', money(rng, pu.spent, cur))],
      [rng.pick(L.orders), lab('purchase-history', String(pu.orders))],
    ];
    if (pu.orders > 0) {
      ecom.push([rng.pick(L.aov), lab('purchase-history', money(rng, pu.aov, cur))]);
      if (pu.lastOrder)
        ecom.push([
          rng.pick(L.lastOrder),
          lab('purchase-history', fmtDate(pu.lastOrder, rng.pick<DateStyle>([L.dateStyle, 'iso', 'd-mon-y']))),
        ]);
      ecom.push(
        rng.chance(0.5)
          ? [rng.pick(L.products), { list: pu.products.map((p) => lab('purchase-history', p)) }]
          : [rng.pick(L.products), lab('purchase-history', pu.products.join(', '))],
      );
    }
    panel(h, skin.panel, skin.locale === 'fr' ? 'E-commerce' : skin.locale === 'de' ? 'Shop-Daten' : 'E-commerce', ecom);

    if (pu.orders > 0 && rng.chance(0.6)) orderHistory(h, rng, L, c, cur);
  }

  h.raw(`<section class="panel notes"><h2>`).t(L.notes).raw(`</h2>\n`);
  const nNotes = rng.int(0, 3);
  for (let i = 0; i < nNotes; i++) {
    const note: Seg[] = rng.chance(0.4) ? sensitiveNote(rng, c) : plainNote(rng);
    h.raw(`<article class="note"><p>`);
    h.cell(note.map((s) => (typeof s === 'string' ? s.replace(/\n/g, ' ') : s)));
    h.raw(`</p><footer>`)
      .t(`${rng.pick(['Support team', 'Imported', 'Zapier', 'Admin'])} · ${timestamp(rng, 'mon-d-y-time')}`)
      .raw(`</footer></article>\n`);
  }
  h.raw(`</section>\n`);
  activityFeed(h, rng, L);
  h.raw(duplicate ? `</div></aside>\n` : `</div></main>\n`);
}

function orderHistory(h: HtmlWriter, rng: Rng, L: Labels, c: Contact, cur: Currency): void {
  h.raw(`<section class="panel orders"><h2>`).t(L.orderHeading).raw(`</h2>\n<table class="table"><thead><tr>`);
  for (const th of L.orderTable) h.raw('<th scope="col">').t(th).raw('</th>');
  h.raw('</tr></thead><tbody>\n');
  const n = Math.min(c.purchases.orders, rng.int(1, 5));
  for (let i = 0; i < n; i++) {
    const items = [rng.pick(PRODUCTS)];
    if (rng.chance(0.4)) items.push(rng.pick(PRODUCTS));
    const last = c.purchases.lastOrder ?? recentDate(rng);
    const date = i === 0 ? last : makeDate(rng, 2019, last.y - 1);
    h.raw(`<tr><td><a href="/orders/${rng.digits(10)}">`)
      .t(orderId(rng))
      .raw(`</a></td><td>`)
      .t(fmtDate(date, L.dateStyle))
      .raw(`</td><td>`);
    if (rng.chance(0.5)) h.cell(lab('purchase-history', items.join(', ')));
    else {
      items.forEach((it, j) => {
        if (j > 0) h.raw('<br>');
        h.cell(lab('purchase-history', it));
      });
    }
    h.raw(`</td><td>`)
      .cell(lab('purchase-history', money(rng, rng.int(1200, 30000) / 100, cur)))
      .raw(`</td><td>`);
    h.t(rng.pick(['Fulfilled', 'Paid', 'Refunded', 'Partially refunded', 'Unfulfilled'])).raw(`</td><td>`);
    if (rng.chance(0.6)) h.t(trackingNo(rng));
    h.raw(`</td></tr>\n`);
  }
  h.raw(`</tbody></table><p class="hint">`)
    .t(`SKU ${sku(rng)} back in stock`)
    .raw(`</p></section>\n`);
}

function activityFeed(h: HtmlWriter, rng: Rng, L: Labels): void {
  h.raw(`<section class="panel activity"><h2>`).t(L.activity).raw(`</h2><ol class="timeline">\n`);
  const n = rng.int(2, 6);
  for (let i = 0; i < n; i++) {
    const camp = rng.pick(CAMPAIGNS);
    const ev = rng.pick([
      `Opened email "${camp}"`,
      `Clicked ${urlWithQuery(rng)} in "${camp}"`,
      `Received email "${camp}"`,
      `Viewed product ${rng.pick(PRODUCTS)}`,
      `Added tag "${rng.pick(TAGS)}"`,
      `Unsubscribed from SMS`,
    ]);
    h.raw(`<li><span class="event">`).t(ev).raw(`</span> <time>`).t(timestamp(rng, 'mon-d-y-time')).raw(`</time></li>\n`);
  }
  h.raw(`</ol></section>\n`);
}

function segmentPreview(h: HtmlWriter, rng: Rng, skin: Skin, target: number): void {
  const sample = makeContact(rng, rng.pick(skin.countries));
  const cur = currencyOf(sample);
  h.raw(`<main class="page segment"><h1>`)
    .t(`Segment: ${rng.pick(['Lapsed VIPs', 'High spenders', 'Repeat buyers', 'Win-back 180d'])}`)
    .raw(`</h1>\n`);
  h.raw(`<div class="conditions"><p>`)
    .t(`Total spent is greater than ${money(rng, rng.pick([100, 250, 500, 1000]), cur)}`)
    .raw(`</p><p>`);
  h.t(`AND last order date is before ${rng.int(30, 365)} days ago · AND opened any campaign in the last ${rng.int(30, 180)} days`).raw(
    `</p></div>\n`,
  );
  h.raw(`<p class="count">`)
    .t(`${count(rng, 9000)} contacts match · ${percent(rng)} of your audience`)
    .raw(`</p>\n`);
  h.raw(
    `<table class="table"><thead><tr><th>Email</th><th>Name</th><th>Total spent</th><th>Orders</th><th>Last order date</th></tr></thead><tbody>\n`,
  );
  let rows = 0;
  while (rows < 4 || h.b.length < target) {
    const c = makeContact(rng, rng.pick(skin.countries));
    const pu = c.purchases;
    const orders = Math.max(1, pu.orders);
    h.raw(`<tr><td>`).cell(lab('email', c.email)).raw(`</td><td>`);
    nameCell(h, rng, c, rng.int(10_000_000, 99_999_999));
    h.raw(`</td><td>`)
      .cell(lab('purchase-history', money(rng, pu.spent || pu.aov || 42.5, currencyOf(c))))
      .raw(`</td><td>`);
    h.cell(lab('purchase-history', String(orders))).raw(`</td><td>`);
    h.cell(
      lab(
        'purchase-history',
        fmtDate(pu.lastOrder ?? recentDate(rng), rng.pick<DateStyle>(['iso', 'mon-d-y', LABELS[skin.locale].dateStyle])),
      ),
    ).raw(`</td></tr>\n`);
    rows++;
  }
  h.raw(`</tbody></table></main>\n`);
}

function campaignReport(h: HtmlWriter, rng: Rng, skin: Skin, target: number): void {
  const camp = rng.pick(CAMPAIGNS);
  const sent = rng.int(2000, 90000);
  const cur: Currency = rng.pick(['USD', 'EUR', 'GBP']);
  h.raw(`<main class="page report"><h1>`).t(camp).raw(`</h1>\n<p class="meta">`);
  h.t(`Sent ${timestamp(rng, 'mon-d-y-time')} to ${sent.toLocaleString('en-US')} recipients · Campaign ID ${hex(rng, 10)}`).raw(
    `</p>\n<div class="stats">`,
  );
  const stats: readonly (readonly [string, string])[] = [
    ['Opens', percent(rng)],
    ['Clicks', percent(rng)],
    ['Bounces', percent(rng)],
    ['Unsubscribes', String(rng.int(0, 90))],
    ['Orders from this campaign', String(rng.int(0, 400))],
    ['Revenue from this campaign', money(rng, rng.int(10000, 9000000) / 100, cur)],
  ];
  for (const [k, v] of stats)
    h.raw(`<div class="stat"><span class="stat-label">`).t(k).raw(`</span><span class="stat-value">`).t(v).raw(`</span></div>`);
  h.raw(`</div>\n<section class="preview"><h2>Email preview</h2><div class="email-body"><p>`);
  const price = rng.int(1500, 12000) / 100;
  h.t(
    `Hi *|FNAME|*, our ${rng.pick(PRODUCTS)} is now ${money(rng, price, cur)} (was ${money(rng, price * 1.25, cur)}). Use code SPRING${rng.int(24, 26)} for ${rng.int(10, 30)}% off - ends Sunday.`,
  );
  h.raw(`</p><p>`)
    .t(`Free shipping on orders over ${money(rng, 50, cur)}. Questions? Reply to this email or DM us ${handle(rng)}.`)
    .raw(`</p>`);
  h.raw(`<p class="footer">`)
    .t(`You are receiving this because you signed up at our store. Unsubscribe: *|UNSUB|* · Update preferences: *|UPDATE_PROFILE|*`)
    .raw(`</p></div></section>\n`);
  h.raw(
    `<section class="clicks"><h2>Click performance</h2><table class="table"><thead><tr><th>URL</th><th>Total clicks</th><th>Unique clicks</th></tr></thead><tbody>`,
  );
  for (let i = 0; i < rng.int(2, 4); i++)
    h.raw('<tr><td>')
      .t(urlWithQuery(rng))
      .raw('</td><td>')
      .t(String(rng.int(10, 900)))
      .raw('</td><td>')
      .t(String(rng.int(5, 500)))
      .raw('</td></tr>\n');
  h.raw(
    `</tbody></table></section>\n<section class="recipients"><h2>Recipient activity</h2><table class="table"><thead><tr><th>Email Address</th><th>First Name</th><th>Opens</th><th>Clicks</th><th>Last opened</th></tr></thead><tbody>\n`,
  );
  let rows = 0;
  while (rows < 4 || h.b.length < target) {
    const c = makeContact(rng, rng.pick(skin.countries));
    h.raw('<tr><td>').cell(lab('email', c.email)).raw('</td><td>');
    if (rng.chance(0.85)) h.cell(lab('person-name', c.person.first));
    h.raw('</td><td>')
      .t(String(rng.int(0, 12)))
      .raw('</td><td>')
      .t(String(rng.int(0, 4)))
      .raw('</td><td>')
      .t(timestamp(rng, 'mon-d-y-time'))
      .raw('</td></tr>\n');
    rows++;
  }
  h.raw(`</tbody></table></section></main>\n`);
}

/** A support conversation in the ESP's inbox (Klaviyo Conversations, HubSpot Inbox, Brevo Conversations). */
function conversation(h: HtmlWriter, rng: Rng, skin: Skin): void {
  const c = makeContact(rng, rng.pick(skin.countries));
  h.raw(`<main class="page inbox"><aside class="thread-list"><p class="count">`)
    .t(`${rng.int(2, 80)} open conversations`)
    .raw(`</p></aside>\n`);
  h.raw(`<section class="thread"><header class="thread-header"><h2>`)
    .t(rng.pick(['Billing question', 'Where is my order?', 'Update my details', 'Refund request']))
    .raw(`</h2>`);
  h.raw(`<div class="field"><div class="label">Contact</div><div class="value">`)
    .cell(lab('person-name', `${c.person.first} ${c.person.last}`))
    .raw(`</div></div>`);
  h.raw(`<div class="field"><div class="label">Email</div><div class="value">`).cell(lab('email', c.email)).raw(`</div></div></header>\n`);
  const n = rng.int(2, 5);
  const day = recentDate(rng);
  let minute = rng.int(7 * 60, 12 * 60);
  for (let i = 0; i < n; i++) {
    const fromContact = i % 2 === 0;
    minute += rng.int(4, 180);
    const hh = Math.floor(minute / 60) % 24;
    const time = `${fmtDate(day, 'mon-d-y')} ${hh % 12 === 0 ? 12 : hh % 12}:${String(minute % 60).padStart(2, '0')} ${hh < 12 ? 'am' : 'pm'}`;
    h.raw(`<article class="message message--${fromContact ? 'in' : 'out'}"><p class="byline">`);
    if (fromContact) h.cell(lab('email', c.email));
    else h.t('Support team');
    h.raw(` <time>`).t(time).raw(`</time></p><div class="message-body"><p>`);
    if (fromContact) {
      const msg = i === 0 ? customerMessage(rng, c, rng.pick(['card', 'card', 'id', 'id', 'iban'] as const)) : customerMessage(rng, c);
      h.cell([rng.pick(['Hi, ', 'Hello, ', 'Hi there - ', '']), ...msg]);
    } else {
      h.t(
        rng.pick([
          `Thanks! Please never send full card numbers by email - we have removed it. Order ${orderId(rng)} ships tomorrow.`,
          `We have updated your details. Your next delivery is tracked as ${trackingNo(rng)}.`,
          `Refund issued to ${maskedCard(rng)}; it can take 5-10 business days.`,
          `Your loyalty card ${luhnFailing16(rng, true)} has been re-linked.`,
        ]),
      );
    }
    h.raw(`</p></div></article>\n`);
  }
  h.raw(`</section></main>\n`);
}

// ---------------------------------------------------------------------------------------------------------------

/** One saved ESP page of roughly `targetChars` characters. */
export function makeHtml(rng: Rng, targetChars: number): { stem: string; doc: (name: string) => PlantedDoc } {
  const skin = rng.pick(SKINS);
  const kind = weighted(rng, [
    ['contacts', 3],
    ['profile', 4],
    ['segment', 1],
    ['report', 1],
    ['inbox', 2],
  ] as const);
  const b = new DocBuilder();
  const h = new HtmlWriter(b, rng.chance(0.5));
  const listId = hex(rng, 10);
  const titles = {
    contacts: 'Contacts',
    profile: 'Contact profile',
    segment: 'Segment preview',
    report: 'Campaign report',
    inbox: 'Conversations',
  };
  head(h, rng, skin, titles[kind], `${skin.host}${skin.path}${listId}`);
  chrome(h, rng, skin);
  const target = targetChars - 700;
  if (kind === 'contacts') contactsTable(h, rng, skin, target);
  else if (kind === 'profile') {
    contactProfile(h, rng, skin);
    // Some ESPs show a possible duplicate next to the profile, with its own details.
    if (rng.chance(0.3)) contactProfile(h, rng, skin, true);
  } else if (kind === 'segment') segmentPreview(h, rng, skin, target);
  else if (kind === 'report') campaignReport(h, rng, skin, target);
  else {
    conversation(h, rng, skin);
    while (h.b.length < target / 2) conversation(h, rng, skin);
  }
  footer(h, rng, skin);
  const stem = `${skin.esp.toLowerCase()}-${kind}-${listId.slice(0, 6)}.html`;
  return { stem, doc: (name) => b.build(name) };
}
