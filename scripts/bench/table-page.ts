/** A plain subscriber-table page (12 text nodes per row), as in docs/benchmarks.md. Synthetic data. */
const FIRST = ['Ava', 'Noah', 'Mia', 'Liam', 'Zoe', 'Omar', 'Ines', 'Kenji', 'Priya', 'Lucas'];
const LAST = ['Dummins', 'Sampleton', 'Testwell', 'Mockford', 'Fixturez', 'Synthson'];

export function row(i: number): string {
  const f = FIRST[i % FIRST.length] as string;
  const l = LAST[i % LAST.length] as string;
  const dd = String(i % 100).padStart(2, '0');
  return `<tr><td>${f.toLowerCase()}.${l.toLowerCase()}${i}@example.com</td><td>${f}</td><td>${l}</td><td>(415) 555-01${dd}</td><td>${(i % 900) + 1} Example Street, Springfield, IL 62701</td><td>Subscribed</td><td>2026-01-${String((i % 28) + 1).padStart(2, '0')}</td><td>vip, spring</td><td>$${(i % 500) + 10}.00</td><td>${i % 40}</td><td>#${100000000 + i}</td><td>★★★</td></tr>`;
}

export function tablePage(rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) body.push(row(i));
  return `<!doctype html><html><head><meta charset="utf-8"><title>Audience | Mailchimp</title>
<style>td,th{padding:2px 6px;font:13px sans-serif;border-bottom:1px solid #eee}</style></head><body>
<h1>All contacts</h1><table id="t"><thead><tr><th>Email Address</th><th>First Name</th><th>Last Name</th><th>Phone</th><th>Address</th><th>Status</th><th>Date Added</th><th>Tags</th><th>Total spent</th><th>Orders</th><th>Order #</th><th>Rating</th></tr></thead>
<tbody>${body.join('')}</tbody></table></body></html>`;
}
