import { COLON } from './shape';
import { defineDetector } from './types';

/**
 * A money amount, a count, a date, or a short product list: what a purchase column holds. Amounts
 * as shops write them: `$1,234.56`, `A$26.98`, `R$ 89,45`, `USD 45.00`, `205,24 €`, `0.00 USD`,
 * `1 234,56`; dates ISO, `05/04/2024` or `05.04.2024`; products with sizes (`Sneaker (White / 8)`: a slash only before a space).
 */
const VALUE = String.raw`(?:[A-Z]{0,3}[$€£¥₹]\s?\d[\d,.]*(?:\s?[A-Z]{3})?|[A-Z]{3}\s?\d[\d,.]*|\d[\d,.\u00a0\u202f ]*\s?(?:[$€£₹]|[A-Z]{3})|\d{1,7}(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[\p{L}\d](?:[\p{L}\d '&().+-]|/(?= ))*(?:, [\p{L}\d](?:[\p{L}\d '&().+-]|/(?= ))*){0,9})`;

// Prefilter and check regexes live here, not as literals in the arrow functions: a literal is a
// fresh RegExp object on every call, and these run on every text node and CSV cell.
const PURCHASE_WORD = /order|spent|lifetime|ltv|clv|purchase|product|revenue|aov|umsatz|bestell|commande|achats|panier/i;
const VALUE_CELL = new RegExp(`^${VALUE}$`, 'u');

/** `$ € £ ¥ ₹`: the currency signs an amount may start with (VALUE's first alternative). */
const isCurrencySign = (c: number) => c === 36 || c === 8364 || c === 163 || c === 165 || c === 8377;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** VALUE's product-list characters, ASCII only and without the comma: letters, digits, ` '&().+-`. */
const isListChar = (c: number) =>
  isAsciiAlnum(c) || c === 32 || c === 39 || c === 38 || c === 40 || c === 41 || c === 46 || c === 43 || c === 45;

/** Where the run of ASCII digits from `from` ends (`from` when there is none). */
function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

// Reads stay inside the string: charCodeAt past the end returns NaN, and one NaN made V8 recompile
// these loops with a slower number path.

/** `$620.30`, `€ 534,37`: a sign, maybe a space, a digit, then digits, commas and dots to the end. */
function isPlainAmount(value: string): boolean {
  if (value.length < 2) return false;
  let i = value.charCodeAt(1) === 32 ? 2 : 1;
  if (i >= value.length || !isDigit(value.charCodeAt(i))) return false;
  for (i++; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!isDigit(c) && c !== 44 && c !== 46) return false;
  }
  return true;
}

/** `4`, `2026-02-18`, `Hiking boots (2)`: one product-list item, which also covers counts and ISO dates. */
function isPlainItem(value: string): boolean {
  if (!isAsciiAlnum(value.charCodeAt(0))) return false;
  for (let i = 1; i < value.length; i++) if (!isListChar(value.charCodeAt(i))) return false;
  return true;
}

/** `05/04/2024`: `\d{1,2}/\d{1,2}/\d{2,4}`, each part read as a run of digits. */
function isSlashDate(value: string): boolean {
  const day = digitsEnd(value, 0);
  if (day < 1 || day > 2 || day >= value.length || value.charCodeAt(day) !== 47) return false;
  const month = digitsEnd(value, day + 1);
  if (month - day - 1 < 1 || month - day - 1 > 2 || month >= value.length || value.charCodeAt(month) !== 47) return false;
  const year = digitsEnd(value, month + 1);
  return year === value.length && year - month - 1 >= 2 && year - month - 1 <= 4;
}

/**
 * VALUE_CELL for the values purchase columns mostly hold (an amount, a count, a date), checked
 * with character loops: the Unicode regex cost as much as the rest of the cell. Each shape here is
 * one of VALUE's alternatives; anything else goes to the regex.
 */
function isValueCell(value: string): boolean {
  const plain = isCurrencySign(value.charCodeAt(0)) ? isPlainAmount(value) : isPlainItem(value) || isSlashDate(value);
  return plain || VALUE_CELL.test(value) || (value.includes('\n') && everyLineIsValue(value));
}

/** An order's items one per line (`Wraps<br>Cold Brew 1L`, read in the page with a line break): each line a value. */
function everyLineIsValue(value: string): boolean {
  let lines = 0;
  for (const line of value.split('\n')) {
    const item = line.trim();
    if (!item) continue;
    if (!isValueCell(item)) return false;
    lines++;
  }
  return lines > 1;
}

/**
 * Purchase history is whatever sits under its label: it is personal because of where it is (a
 * customer's orders and spend), not because of its shape.
 */
export const purchaseHistory = defineDetector({
  id: 'purchase-history',
  // The only pattern is an inline "Orders: …": no colon, nothing to find (labelled cells do not use this).
  gate: { all: COLON },
  prefilter: (text) => PURCHASE_WORD.test(text),
  patterns: [
    {
      name: 'labelled-purchase',
      regex: new RegExp(
        String.raw`\b(?:total spent|amount spent|lifetime value|ltv|clv|last order(?: date)?|orders|total orders|number of orders|order count|products purchased|purchased products|purchased|products|last purchase|average order value|aov|total revenue|umsatz(?: gesamt)?|anzahl bestellungen|bestellungen|letzte bestellung|commandes|dernière commande|montant total des achats|panier moyen)\s*:\s*(` +
          VALUE +
          ')',
        'gdiu',
      ),
      score: 0.85,
      group: 1,
    },
  ],
  cell: { accepts: isValueCell },
  contextOnly: true,
  context: [
    'orders',
    'order count',
    'total spent',
    'spent',
    'last order',
    'last order date',
    'lifetime value',
    'ltv',
    'clv',
    'products purchased',
    'purchased',
    'purchases',
    'last purchase',
    'average order value',
    'aov',
    'revenue',
    'amount spent',
    // The items and total columns of a table of orders (lib/scan/order-tables.ts).
    'order items',
    'order item',
    'order products',
    'order product',
    'order articles',
    'order artikel',
    'order total',
    'order amount',
    'order montant',
    'order betrag',
    'order summe',
    'order importe',
    'order subtotal',
    // German and French exports (CleverReach, Brevo): turnover, orders, last order, average basket.
    'umsatz',
    // Not the singular 'bestellung' or 'commande' alone: an order table's column of order numbers.
    'bestellungen',
    'letzte bestellung',
    'commandes',
    'dernière commande',
    'derniere commande',
    'achats',
    'produits achetés',
    'produits achetes',
    'panier moyen',
    'bestellwert',
    'gekaufte produkte',
  ],
  negativeContext: ['campaign', 'order id', 'order #', 'order number', 'status', 'bestellnummer', 'numéro de commande', 'n° de commande'],
  minScore: 0.5,
});
