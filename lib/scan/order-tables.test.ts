import { describe, expect, test } from 'vitest';
import { withOrderContext } from './order-tables';

describe('withOrderContext', () => {
  test("a table of orders: its items and total columns read as the customer's purchases", () => {
    expect(withOrderContext(['order', 'date', 'items', 'total', 'status'])).toEqual([
      'order',
      'date',
      'order items',
      'order total',
      'status',
    ]);
    expect(withOrderContext(['bestellnr.', 'datum', 'artikel', 'summe'])).toEqual(['bestellnr.', 'datum', 'order artikel', 'order summe']);
    expect(withOrderContext(['n° de commande', 'date', 'articles', 'montant'])[3]).toBe('order montant');
  });

  test('any other table keeps its headers (a campaign report has totals too)', () => {
    const report = ['campaign', 'sent', 'total', 'items'];
    expect(withOrderContext(report)).toBe(report);
    expect(withOrderContext(['ordered by', 'total'])).toEqual(['ordered by', 'total']);
  });
});
