import type { PiiType } from '../../lib/pii/types';
import { Rng } from './prng';
import * as v from './values';

/**
 * The labelled accuracy corpus: synthetic documents shaped like ESP exports (CSV), contact profiles
 * and notes, with hard negatives (order ids, dates and times, ZIP+4, prices, versions, Luhn-failing
 * numbers, bad IBANs, `@` in CSS and code, URLs, ticket and tracking numbers, capitalised phrases).
 * Deterministic: the same seed gives the same bytes. Seed 1 is for tuning; seed 2 is held out.
 */
export const TUNING_SEED = 1;
export const HELD_OUT_SEED = 2;

export interface Span {
  start: number;
  end: number;
  type: PiiType;
}

export interface CorpusDoc {
  name: string;
  content: string;
  spans: Span[];
}

class Builder {
  content = '';
  spans: Span[] = [];
  text(s: string): this {
    this.content += s;
    return this;
  }
  pii(type: PiiType, value: string): this {
    this.spans.push({ start: this.content.length, end: this.content.length + value.length, type });
    this.content += value;
    return this;
  }
}

function negative(r: Rng): string {
  const hh = String(r.int(0, 23)).padStart(2, '0');
  const mm = String(r.int(0, 59)).padStart(2, '0');
  return r.pick([
    () => `Order #${r.digits(9)}`,
    () => `ORD-2026-${r.digits(6)}`,
    () => `Ticket TCK-${r.digits(7)}`,
    () => `${v.date(r, 2020, 2026)} ${hh}:${mm}`,
    () => `ZIP ${r.digits(5)}-${r.digits(4)}`,
    () => `total ${v.money(r)}`,
    () => `v${r.int(1, 20)}.${r.int(0, 30)}.${r.int(0, 99)}`,
    () => `build 10.0.${r.digits(5)}.${r.digits(4)}`,
    () => `card ending ${v.card(r, false)} was declined`,
    () => `ref ${v.iban(r, false)}`,
    () => `@media (max-width: ${r.int(300, 900)}px) { .row { display: none } }`,
    () => `background: url(logo@${r.int(2, 3)}x.png)`,
    () => `https://example.com/track?id=${r.digits(10)}&utm=spring`,
    () => `hash 0x${r.int(0, 0xffffff).toString(16)}${r.digits(6)}`,
    () => `tracking 1Z${r.digits(16)}`,
    () => `invoice 2026-${r.digits(6)}`,
    () => `Spring Sale Collection Now Live`,
    () => `Customer Success Team`,
    () => `SKU ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`,
    () => `open rate 41.${r.digits(1)}% on 1,${r.digits(3)} sends`,
    () => `area code 666-${r.digits(2)}-${r.digits(4)} is not issued`,
  ])();
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function csvExport(r: Rng, rows: number): CorpusDoc {
  const b = new Builder();
  b.text(
    'Email Address,First Name,Last Name,Phone,Address,Birthday,Total Spent,Orders,Last Order,Signup IP,Order ID,Date Added,Status,Notes\n',
  );
  for (let i = 0; i < rows; i++) {
    const n = v.name(r);
    const cell = (type: PiiType, value: string) => {
      if (/[",\n]/.test(value)) b.text('"').pii(type, value).text('"');
      else b.pii(type, value);
      b.text(',');
    };
    cell('email', v.email(r, n));
    cell('person-name', n.first);
    cell('person-name', n.last);
    cell('phone', v.phone(r));
    cell('postal-address', v.address(r));
    cell('date-of-birth', v.date(r, 1950, 2006));
    cell('purchase-history', v.money(r));
    cell('purchase-history', String(r.int(1, 40)));
    cell('purchase-history', v.date(r, 2024, 2026));
    cell('ip-address', v.ip(r));
    b.text(`${r.digits(9)},${v.date(r, 2020, 2026)},${r.pick(['Subscribed', 'Unsubscribed', 'Cleaned'])},${csvCell(negative(r))}\n`);
  }
  return { name: 'export.csv', content: b.content, spans: b.spans };
}

function profile(r: Rng): CorpusDoc {
  const b = new Builder();
  const n = v.name(r);
  b.text('Contact profile\nName: ').pii('person-name', `${n.first} ${n.last}`).text('\n');
  b.text('Email: ').pii('email', v.email(r, n)).text('\n');
  b.text(r.pick(['Phone: ', 'Mobile: ', 'Tel. ']))
    .pii('phone', v.phone(r))
    .text('\n');
  b.text('Mailing address: ').pii('postal-address', v.address(r)).text('\n');
  b.text(r.pick(['Date of birth: ', 'DOB: ', 'Birthday: ']))
    .pii('date-of-birth', v.date(r, 1950, 2006))
    .text('\n');
  b.text('Total spent: ')
    .pii('purchase-history', v.money(r))
    .text(' · Orders: ')
    .pii('purchase-history', String(r.int(1, 40)))
    .text('\n');
  b.text('Products purchased: ').pii('purchase-history', v.products(r)).text('\n');
  if (r.chance(0.8)) b.text('Card on file: ').pii('payment-card', v.card(r)).text('\n');
  if (r.chance(0.8)) b.text('IBAN: ').pii('iban', v.iban(r)).text('\n');
  if (r.chance(0.7)) b.text('SSN: ').pii('national-id', v.ssn(r)).text('\n');
  if (r.chance(0.7)) b.text('NI number: ').pii('national-id', v.nino(r)).text('\n');
  b.text('Signup IP: ').pii('ip-address', v.ip(r)).text('\n');
  b.text(`Notes: ${negative(r)}; ${negative(r)}.\n\n`);
  return { name: 'profile.txt', content: b.content, spans: b.spans };
}

function notes(r: Rng): CorpusDoc {
  const b = new Builder();
  const n = v.name(r);
  b.text(`Support log ${v.date(r, 2025, 2026)}: customer wrote from `).pii('email', v.email(r, n));
  b.text(` about ${negative(r)}. Call back on `)
    .pii('phone', v.phone(r))
    .text(`. ${negative(r)}. `);
  if (r.chance(0.6)) b.text('They paid with ').pii('payment-card', v.card(r)).text('. ');
  if (r.chance(0.6)) b.text('Refund to ').pii('iban', v.iban(r)).text('. ');
  b.text(`${negative(r)}; ${negative(r)}.\n`);
  b.text(`<style>${negative(r)}</style> const build = "v${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}"; // ${negative(r)}\n\n`);
  return { name: 'notes.txt', content: b.content, spans: b.spans };
}

/** Text as it appears between HTML tags: the labelled span covers the escaped characters. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');

/**
 * An ESP's subscriber list as the CLI gets it from "Save page as": app chrome, CSS and a JS config
 * (raw text the scanner must skip), a contacts table whose header row labels its columns, values
 * wrapped in links and spans, and a contact panel of `<dt>`/`<dd>` pairs.
 */
function dashboardPage(r: Rng, rows: number): CorpusDoc {
  const b = new Builder();
  b.text('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Audience · All contacts</title>\n');
  b.text(`<style>${negative(r)} .contact-link { color: #0a66c2 } ${negative(r)}</style>\n`);
  b.text(
    `<script>window.__APP__ = { build: "v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}", session: "0x${r.int(0, 0xffffff).toString(16)}", note: "${negative(r)}" };</script>\n`,
  );
  b.text(
    '</head><body>\n<nav><a href="/audience">Audience</a> · <a href="/campaigns">Campaigns</a> · <a href="/automations">Automations</a></nav>\n',
  );
  b.text(
    `<h1>All contacts</h1>\n<p class="summary">Showing ${rows} of ${r.int(2, 40)},${r.digits(3)} contacts · ${escapeHtml(negative(r))}</p>\n`,
  );
  b.text('<table class="contacts"><thead><tr>');
  for (const h of [
    'Email address',
    'Name',
    'Phone number',
    'Location',
    'Birthday',
    'Total spent',
    'Orders',
    'Signup IP',
    'Order ID',
    'Date added',
    'Tags',
    'Last activity',
  ]) {
    b.text(`<th scope="col">${h}</th>`);
  }
  b.text('</tr></thead>\n<tbody>\n');
  for (let i = 0; i < rows; i++) {
    const n = v.name(r);
    const id = r.digits(9);
    const td = (type: PiiType, value: string, before = '', after = '') =>
      b.text(`<td>${before}`).pii(type, escapeHtml(value)).text(`${after}</td>`);
    b.text(`<tr data-id="${id}">`);
    td('email', v.email(r, n), `<a class="contact-link" href="/audience/contacts/${id}">`, '</a>');
    td('person-name', `${n.first} ${n.last}`, '<span class="name">', '</span>');
    td('phone', v.phone(r));
    td('postal-address', v.address(r));
    td('date-of-birth', v.date(r, 1950, 2006));
    td('purchase-history', v.money(r));
    td('purchase-history', String(r.int(1, 40)));
    td('ip-address', v.ip(r));
    b.text(
      `<td>${r.digits(9)}</td><td>${v.date(r, 2020, 2026)}</td><td><span class="tag">${r.pick(['VIP', 'Spring Sale', 'Newsletter', 'Subscribed'])}</span></td>`,
    );
    b.text(`<td>${escapeHtml(negative(r))}</td></tr>\n`);
  }
  b.text('</tbody></table>\n<aside class="contact-panel"><h2>Contact profile</h2><dl>\n');
  const n = v.name(r);
  const field = (label: string, type: PiiType, value: string) =>
    b.text(`<dt>${label}</dt><dd>`).pii(type, escapeHtml(value)).text('</dd>\n');
  field('Name', 'person-name', `${n.first} ${n.last}`);
  field('Email', 'email', v.email(r, n));
  field(r.pick(['Phone', 'Mobile']), 'phone', v.phone(r));
  field('Mailing address', 'postal-address', v.address(r));
  field(r.pick(['Date of birth', 'Birthday']), 'date-of-birth', v.date(r, 1950, 2006));
  field('Lifetime value', 'purchase-history', v.money(r));
  if (r.chance(0.5)) field('Card on file', 'payment-card', v.card(r));
  if (r.chance(0.5)) field('IBAN', 'iban', v.iban(r));
  if (r.chance(0.5)) field('SSN', 'national-id', v.ssn(r));
  b.text(`<dt>Source</dt><dd>${escapeHtml(negative(r))}</dd>\n</dl></aside>\n`);
  b.text(`<footer>© 2026 Example ESP · <a href="/privacy">Privacy</a> · ${escapeHtml(negative(r))}</footer>\n`);
  b.text(`<script>track("view", { page: "audience", at: "${v.date(r, 2025, 2026)}" });</script>\n</body></html>\n`);
  return { name: 'audience.html', content: b.content, spans: b.spans };
}

/** Documents until about `bytes` of text. */
export function generateCorpus(seed: number, bytes = 200_000): CorpusDoc[] {
  const r = new Rng(seed);
  const docs: CorpusDoc[] = [];
  let size = 0;
  while (size < bytes) {
    const doc = r.pick([() => csvExport(r, r.int(20, 60)), () => dashboardPage(r, r.int(10, 40)), () => profile(r), () => notes(r)])();
    docs.push(doc);
    size += doc.content.length;
  }
  return docs;
}
