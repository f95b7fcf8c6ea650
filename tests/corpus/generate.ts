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

/** Documents until about `bytes` of text. */
export function generateCorpus(seed: number, bytes = 200_000): CorpusDoc[] {
  const r = new Rng(seed);
  const docs: CorpusDoc[] = [];
  let size = 0;
  while (size < bytes) {
    const doc = r.pick([() => csvExport(r, r.int(20, 60)), () => profile(r), () => notes(r)])();
    docs.push(doc);
    size += doc.content.length;
  }
  return docs;
}
