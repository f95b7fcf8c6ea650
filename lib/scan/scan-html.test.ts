import { describe, expect, test } from 'vitest';
import { scanHtml } from './scan-html';

/** `[type, text, label]` of each finding, for short assertions. */
const found = (html: string) => scanHtml(html).map((f) => [f.type, html.slice(f.start, f.end), f.label]);

describe('scanHtml labels (the layouts of saved ESP pages)', () => {
  test("a profile table's row headers label its values", () => {
    const html =
      '<table><tr><th scope="row">Total revenue</th><td>296,10 €</td></tr><tr><th scope="row">Birthday</th><td>5 Aug 1984</td></tr></table>';
    expect(found(html)).toEqual([
      ['purchase-history', '296,10 €', 'total revenue'],
      ['date-of-birth', '5 Aug 1984', 'birthday'],
    ]);
  });

  test('a label element of a label class labels the value element after it, lists included', () => {
    const html =
      '<div class="field"><div class="label">Last IP</div><div class="value">192.0.2.101</div></div>' +
      '<div class="field"><div class="field-label">Products purchased</div><div class="value"><ul><li>Hinoki Candle</li></ul></div></div>' +
      '<div class="note">Seen 192.0.2.7 today</div>';
    expect(found(html)).toEqual([
      ['ip-address', '192.0.2.101', 'last ip'],
      ['purchase-history', 'Hinoki Candle', 'products purchased'],
    ]);
  });

  test('a <dt> labels a list in its <dd>', () => {
    expect(found('<dl><dt>Purchased products</dt><dd><ul class="chips"><li>Rain Shell Jacket</li></ul></dd></dl>')).toEqual([
      ['purchase-history', 'Rain Shell Jacket', 'purchased products'],
    ]);
  });

  test("a table's last header labels nothing after the table", () => {
    const html = '<table><tr><th>Orders</th></tr><tr><td>4</td></tr></table><nav><span>Page 1 of 967</span><a>Next</a></nav>';
    expect(found(html)).toEqual([['purchase-history', '4', 'orders']]);
  });

  test("a contact page's heading of class profile-name is a name, the badge beside it is not", () => {
    const html = '<div class="profile-header"><h1 class="profile-name">Brooke Smith-Jones</h1><span class="badge">VIP</span></div>';
    expect(found(html)).toEqual([['person-name', 'Brooke Smith-Jones', 'contact name']]);
  });

  test("an order table's items and total are purchases; its order numbers are not", () => {
    const html =
      '<table><thead><tr><th>Bestellnr.</th><th>Datum</th><th>Artikel</th><th>Summe</th></tr></thead>' +
      '<tbody><tr><td>#905448</td><td>16.06.2025</td><td>Reusable Beeswax Wraps</td><td>€19,42</td></tr></tbody></table>';
    expect(found(html)).toEqual([
      ['purchase-history', 'Reusable Beeswax Wraps', 'order artikel'],
      ['purchase-history', '€19,42', 'order summe'],
    ]);
  });
});
