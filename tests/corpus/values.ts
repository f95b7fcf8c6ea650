import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { luhn } from '../../lib/detectors/payment-card';
import type { Rng } from './prng';

/** Synthetic value makers. Reserved domains, fictional phone ranges where countries have them, test-style numbers. */
export const FIRST = [
  'Ava',
  'Noah',
  'Mia',
  'Liam',
  'Zoe',
  'Omar',
  'Ines',
  'Kenji',
  'Priya',
  'Lucas',
  'Elena',
  'Tomas',
  'Freya',
  'Yusuf',
  'Clara',
  'Mateo',
  'Hana',
  'Ravi',
  'Sofia',
  'Jonas',
  'Amara',
  'Chloé',
  'Björn',
  'Aoife',
];
export const LAST = [
  'Dummins',
  'Sampleton',
  'Testwell',
  'Mockford',
  'Fixturez',
  'Synthson',
  'Exampleby',
  'Demoski',
  'Placeholder',
  "O'Testy",
  'Van der Mock',
  'Müller-Probe',
];
const STREET = ['Example', 'Maple', 'Sample', 'Oak', 'Harbour', 'Mill', 'Station', 'Church', 'Park', 'High'];
const CITY_US: [string, string][] = [
  ['Springfield', 'IL'],
  ['Riverton', 'WY'],
  ['Fairview', 'TX'],
  ['Georgetown', 'KY'],
  ['Salem', 'OR'],
];
const SUFFIX = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Drive', 'Boulevard', 'Court', 'Way', 'Place'];
const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'shop.example.com'];
const PRODUCTS = ['Hiking boots', 'Rain jacket', 'Trail socks', 'Camp stove', 'Water bottle', 'Headlamp'];

export const name = (r: Rng) => ({ first: r.pick(FIRST), last: r.pick(LAST) });

export function email(r: Rng, n: { first: string; last: string }): string {
  const local = `${n.first}.${n.last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z.]/g, '');
  return `${local}${r.chance(0.5) ? r.int(1, 999) : ''}@${r.pick(DOMAINS)}`;
}

type PhoneMaker = (r: Rng) => string;
const PHONES: PhoneMaker[] = [
  (r) => `(${r.pick(['201', '212', '305', '415', '617', '702'])}) 555-01${r.digits(2)}`,
  (r) => `+1 ${r.pick(['201', '415', '617'])} 555 01${r.digits(2)}`,
  (r) => `${r.pick(['312', '415', '646'])}-555-01${r.digits(2)}`,
  (r) => `${r.pick(['416', '604'])}.555.01${r.digits(2)}`,
  (r) => `020 7946 0${r.digits(3)}`,
  (r) => `+44 20 7946 0${r.digits(3)}`,
  (r) => `0161 496 0${r.digits(3)}`,
  (r) => `030 ${r.int(2, 9)}${r.digits(7)}`,
  (r) => `+49 30 ${r.int(2, 9)}${r.digits(7)}`,
  (r) => `01 99 00 ${r.digits(2)} ${r.digits(2)}`,
  (r) => `+33 1 99 00 ${r.digits(2)} ${r.digits(2)}`,
  (r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  (r) => `+34 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  (r) => `3${r.int(2, 4)}${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
  (r) => `+39 06 ${r.digits(4)} ${r.digits(4)}`,
  (r) => `06 ${r.int(1, 9)}${r.digits(7)}`,
  (r) => `+31 20 ${r.digits(3)} ${r.digits(4)}`,
  (r) => `0491 570 ${r.digits(3)}`,
  (r) => `+61 491 570 ${r.digits(3)}`,
  (r) => `(02) 5550 ${r.digits(4)}`,
  (r) => `98765 ${r.digits(5)}`,
  (r) => `+91 98765 ${r.digits(5)}`,
  (r) => `(11) 9${r.int(6, 9)}${r.digits(3)}-${r.digits(4)}`,
  (r) => `+55 11 9${r.int(6, 9)}${r.digits(3)} ${r.digits(4)}`,
];
const DEFAULT_COUNTRY = [
  'US',
  'US',
  'US',
  'CA',
  'GB',
  'GB',
  'GB',
  'DE',
  'DE',
  'FR',
  'FR',
  'ES',
  'ES',
  'IT',
  'IT',
  'NL',
  'NL',
  'AU',
  'AU',
  'AU',
  'IN',
  'IN',
  'BR',
  'BR',
] as const;

/** A phone number the numbering plan accepts (ground truth is libphonenumber's isValid, not our detector). */
export function phone(r: Rng): string {
  for (;;) {
    const i = r.int(0, PHONES.length - 1);
    const value = (PHONES[i] as PhoneMaker)(r);
    if (isValidPhoneNumber(value, DEFAULT_COUNTRY[i])) return value;
  }
}

export function address(r: Rng): string {
  const n = r.int(1, 9999);
  const street = r.pick(STREET);
  switch (r.int(0, 6)) {
    case 0: {
      const [city, st] = r.pick(CITY_US);
      return `${n} ${street} ${r.pick(SUFFIX)}, ${city}, ${st} ${r.digits(5)}`;
    }
    case 1:
      return `${r.int(1, 300)} ${street} Road, London SW1A ${r.int(1, 9)}AA`;
    case 2:
      return `${n} ${street} Ave, Toronto, ON M5V ${r.int(1, 9)}T${r.int(1, 9)}`;
    case 3:
      return `${r.int(1, 400)} ${street} Rd, Sydney NSW 2${r.digits(3)}`;
    case 4:
      return `${r.pick(['Muster', 'Linden', 'Haupt', 'Garten'])}straße ${r.int(1, 200)}, ${r.int(1, 9)}${r.digits(4)} Berlin`;
    case 5:
      return `${r.int(1, 200)} rue de la ${r.pick(['Paix', 'Gare', 'Poste', 'Fontaine'])}, 75${r.digits(3)} Paris`;
    default: {
      const [city, st] = r.pick(CITY_US);
      return `PO Box ${r.int(1, 99999)}, ${city}, ${st} ${r.digits(5)}`;
    }
  }
}

function luhnComplete(prefix: string, length: number, r: Rng): string {
  const body = prefix + r.digits(length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
  return body + '0';
}

export function card(r: Rng, valid = true): string {
  const [prefix, len] = r.pick([
    ['4', 16],
    ['51', 16],
    ['55', 16],
    ['37', 15],
    ['6011', 16],
  ] as const);
  let digits = luhnComplete(prefix, len, r);
  if (!valid) digits = digits.slice(0, -1) + String((Number(digits.at(-1)) + r.int(1, 9)) % 10);
  if (len === 15) return r.chance(0.5) ? `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}` : digits;
  const sep = r.pick([' ', '-', '']);
  return digits.match(/.{4}/g)?.join(sep) ?? digits;
}

function ibanCheck(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  let rem = 0;
  for (const ch of rearranged) {
    const n = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    rem = n >= 10 ? (rem * 100 + n) % 97 : (rem * 10 + n) % 97;
  }
  return String(98 - rem).padStart(2, '0');
}

export function iban(r: Rng, valid = true): string {
  const [country, bban] = r.pick([
    ['DE', () => r.digits(18)],
    ['GB', () => `WEST${r.digits(14)}`],
    ['FR', () => r.digits(23)],
    ['NL', () => `ABNA${r.digits(10)}`],
  ] as const);
  const b = bban();
  let check = ibanCheck(country, b);
  if (!valid) check = String((Number(check) + r.int(1, 50)) % 97).padStart(2, '0');
  const compact = country + check + b;
  return r.chance(0.6) ? (compact.match(/.{1,4}/g)?.join(' ') ?? compact) : compact;
}

export function ssn(r: Rng): string {
  const area = String(r.int(1, 899)).padStart(3, '0');
  const safeArea = area === '666' ? '667' : area;
  return `${safeArea}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

export function nino(r: Rng): string {
  const first = r.pick(['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'P', 'R', 'S', 'W', 'Y']);
  const second = r.pick(['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'P', 'R', 'S', 'W', 'Y']);
  const d = r.digits(6);
  return r.chance(0.5)
    ? `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`
    : `${first}${second}${d}${r.pick(['A', 'B', 'C', 'D'])}`;
}

export const ip = (r: Rng) => `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;

export function date(r: Rng, yearFrom: number, yearTo: number): string {
  const y = r.int(yearFrom, yearTo);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return r.pick([`${y}-${m}-${d}`, `${d}/${m}/${y}`, `${m}/${d}/${y}`]);
}

export const money = (r: Rng) =>
  r.pick([
    `$${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}`,
    `$${r.int(10, 999)}.${r.digits(2)}`,
    `€${r.int(10, 999)},${r.digits(2)}`,
    `£${r.int(10, 999)}.00`,
  ]);
export const products = (r: Rng) => `${r.pick(PRODUCTS)}, ${r.pick(PRODUCTS)}`;
