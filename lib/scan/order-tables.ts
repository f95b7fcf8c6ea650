/**
 * A contact's order history is a table of orders: an order-number column, then its items and its
 * total. "Items" and "Total" say nothing personal alone (a campaign report has totals too); in a
 * table of orders they are what the customer bought and paid, so they get the label
 * `order items` / `order total`, which purchase-history reads as its context.
 * Headers are lower-case, as labels are everywhere (labels.ts, scan-html.ts).
 */
/** An order-number column's header: `Order`, `Order #`, `Order no.`, `Bestellnr.`, `N° de commande`. */
const ORDER_COLUMN =
  /^(?:(?:n°|no\.?|numéro) de commande|(?:order|commande|bestellung|bestellnr\.?|bestellnummer|pedido|ordine)(?:\s*(?:#|no\.?|nr\.?|number|id))?)$/;
const PURCHASE_COLUMNS = [
  'items',
  'item',
  'products',
  'product',
  'articles',
  'artikel',
  'total',
  'amount',
  'montant',
  'betrag',
  'summe',
  'importe',
  'subtotal',
];

/** `headers` with the purchase columns of an order table relabelled; the same array when it is not one. */
export function withOrderContext(headers: string[]): string[] {
  if (!headers.some((h) => ORDER_COLUMN.test(h))) return headers;
  return headers.map((h) => (PURCHASE_COLUMNS.includes(h) ? `order ${h}` : h));
}
