// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { labelFor } from './labels';
import { TextWalk } from './walker';

function texts(root: Node): { seen: string[]; shadows: ShadowRoot[] } {
  const shadows: ShadowRoot[] = [];
  const seen: string[] = [];
  const walk = new TextWalk(root, (s) => shadows.push(s));
  for (let t = walk.next(); t; t = walk.next()) if (t.nodeType === 3 && (t as Text).data.trim()) seen.push((t as Text).data.trim());
  return { seen, shadows };
}

describe('text walk', () => {
  test('skips scripts, styles and Confidant UI, and hands back open shadow roots', () => {
    document.body.innerHTML = `<p>one</p><script>var x = "a@b.example"</script><style>.a{}</style>
      <div data-confidant-ui="masks"><span>j•••@e•••.com</span></div><section id="host"></section><p>two</p>`;
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>inside</span>';
    const { seen, shadows } = texts(document.body);
    expect(seen).toEqual(['one', 'two']);
    expect(shadows).toHaveLength(1);
    expect(texts(shadows[0] as ShadowRoot).seen).toEqual(['inside']);
  });

  test('a walk rooted at a shadow host (a web component added to the page) hands back its shadow root', () => {
    const host = document.createElement('contact-card');
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>inside</span>';
    const { seen, shadows } = texts(host);
    expect(seen).toEqual([]);
    expect(shadows).toHaveLength(1);
    expect(texts(shadows[0] as ShadowRoot).seen).toEqual(['inside']);
  });

  test('with sections, hands back a table body whole and walks on after it', () => {
    document.body.innerHTML = `<p>before</p><table><thead><tr><th>Email</th></tr></thead>
      <tbody id="rows"><tr><td>in a row</td></tr></tbody></table><p>after</p>`;
    const items: string[] = [];
    const walk = new TextWalk(document.body, () => undefined, true);
    for (let t = walk.next(); t; t = walk.next()) {
      if (t.nodeType === 1) items.push(`#${(t as Element).id}`);
      else if ((t as Text).data.trim()) items.push((t as Text).data.trim());
    }
    expect(items).toEqual(['before', 'Email', '#rows', 'after']);
  });
});

describe('labels', () => {
  test('column headers, row headers, <dt> and "Field:" text label the values', () => {
    document.body.innerHTML = `
      <table><thead><tr><th>Email Address</th><th>Order #</th></tr></thead>
        <tbody><tr><td id="a">x</td><td id="b">y</td></tr></tbody></table>
      <table><tr><th>Phone</th><td id="c">z</td></tr></table>
      <dl><dt>Date of birth</dt><dd id="d">1990-04-12</dd></dl>
      <p>Name: <span id="e">Hana</span></p>`;
    const label = (id: string) => labelFor(document.getElementById(id));
    expect([label('a'), label('b'), label('c'), label('d'), label('e')]).toEqual([
      'email address',
      'order #',
      'phone',
      'date of birth',
      'name',
    ]);
  });

  test("an order table's items and total columns are labelled as the customer's orders (order-tables.ts)", () => {
    document.body.innerHTML = `
      <table><thead><tr><th>Order</th><th>Date</th><th>Items</th><th>Total</th></tr></thead>
      <tbody><tr><td>#1001</td><td>Jun 21, 2023</td><td id="items">Walnut Desk Organizer</td><td id="total">£221.37</td></tr></tbody></table>
      <table><thead><tr><th>Campaign</th><th>Total</th></tr></thead><tbody><tr><td>Spring</td><td id="campaign-total">1,204</td></tr></tbody></table>`;
    const label = (id: string) => labelFor(document.getElementById(id));
    expect([label('items'), label('total'), label('campaign-total')]).toEqual(['order items', 'order total', 'total']);
  });
});
