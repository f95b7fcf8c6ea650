import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanCsv, scanHtml, scanPlainText } from './scan-document';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/esp/mailchimp/contacts-all-types.html'), 'utf8');

describe('scanning documents for the CLI', () => {
  test('plain text: findings carry line, column and type; inline labels give context', () => {
    const text = 'Hello team,\nPhone: (415) 555-0123\nDate of birth: 1990-04-12 and Order #100234567\n';
    const found = scanPlainText(text);
    expect(found.map((f) => [f.type, f.line, f.column, text.slice(f.start, f.end)])).toEqual([
      ['phone', 2, 8, '(415) 555-0123'],
      ['date-of-birth', 3, 16, '1990-04-12'],
    ]);
  });

  test('CSV: the header row labels each column (names, spend, IP) and order ids stay unflagged', () => {
    const csv =
      'Email,First Name,Phone,Total spent,Order #,Signup IP\r\nava@example.org,Ava,"(415) 555-0123",$1204.00,100234567,192.0.2.44\r\n';
    const found = scanCsv(csv);
    expect(found.map((f) => [f.type, f.line, csv.slice(f.start, f.end)])).toEqual([
      ['email', 2, 'ava@example.org'],
      ['person-name', 2, 'Ava'],
      ['phone', 2, '(415) 555-0123'],
      ['purchase-history', 2, '$1204.00'],
      ['ip-address', 2, '192.0.2.44'],
    ]);
    expect(found.find((f) => f.type === 'person-name')?.uncounted).toBe(true);
  });

  test('CSV: quoted cells with doubled quotes and unterminated quotes still scan', () => {
    const csv = 'Notes,Email\n"said ""call me"" on +44 20 7946 0958",bo@example.org\n"open quote ava@example.org\n';
    // Offsets point into the raw text, past the doubled quotes.
    expect(scanCsv(csv).map((f) => [f.type, f.line, f.label, csv.slice(f.start, f.end)])).toEqual([
      ['phone', 2, 'notes', '+44 20 7946 0958'],
      ['email', 2, 'email', 'bo@example.org'],
      ['email', 3, 'notes', 'ava@example.org'],
    ]);
  });

  test('CSV: a quoted cell may span lines; findings in and after it keep their line and column', () => {
    const csv = 'Notes,Phone\r\n"first line\r\nsecond: ava@example.org",+44 20 7946 0958\r\nplain,(415) 555-0123\r\n';
    const found = scanCsv(csv);
    expect(found.map((f) => [f.type, f.line, f.column, f.label, csv.slice(f.start, f.end)])).toEqual([
      ['email', 3, 9, 'notes', 'ava@example.org'],
      ['phone', 3, 26, 'phone', '+44 20 7946 0958'],
      ['phone', 4, 7, 'phone', '(415) 555-0123'],
    ]);
  });

  test('CSV: CRLF, LF, semicolons and tabs give the same findings in the same cells', () => {
    const rows = [
      ['Email', 'Phone', 'Notes'],
      ['ava@example.org', '(415) 555-0123', 'call\rback'],
      ['bo@example.org', '+44 20 7946 0958', ''],
    ];
    const cells = (csv: string) => scanCsv(csv).map((f) => [f.type, f.line, f.column, csv.slice(f.start, f.end)]);
    const expected = cells(rows.map((r) => r.join(',')).join('\n'));
    expect(expected.map(([type]) => type)).toEqual(['email', 'phone', 'email', 'phone']);
    for (const [delimiter, newline] of [
      [',', '\r\n'],
      [';', '\n'],
      ['\t', '\r\n'],
    ]) {
      expect(cells(rows.map((r) => r.join(delimiter)).join(newline) + newline)).toEqual(expected);
    }
  });

  test('HTML: offsets point at the raw characters after character references (the CLI quotes and masks them)', () => {
    const html =
      '<table><tr><th>Name</th><th>Notes</th></tr><tr><td>Liam O&#39;Testy</td><td>R&amp;D &mdash; call +44 20 7946 0958</td></tr></table>';
    expect(scanHtml(html).map((f) => [f.type, html.slice(f.start, f.end)])).toEqual([
      ['person-name', 'Liam O&#39;Testy'],
      ['phone', '+44 20 7946 0958'],
    ]);
    // An out-of-range reference is U+FFFD, not an exception.
    expect(scanHtml('<p>&#99999999; ava@example.org</p>').map((f) => f.type)).toEqual(['email']);
  });

  test('HTML: a > in an attribute, upper-case tags and comments do not shift the labels; a < in text is text', () => {
    const html =
      '<!doctype html><TABLE><TR><TH title="a > b">Phone</TH><!-- <th>Order #</th> --><th>Total spent</th></TR>' +
      '<tr><td><a href="/c?a=1&b=2">(415) 555-0123</a></td><td>$12.00</td><td>5 < 6, ava@example.org</td></tr></TABLE>';
    expect(scanHtml(html).map((f) => [f.type, f.label, html.slice(f.start, f.end)])).toEqual([
      ['phone', 'phone', '(415) 555-0123'],
      ['purchase-history', 'total spent', '$12.00'],
      ['email', undefined, 'ava@example.org'],
    ]);
  });

  test('HTML: hostile markup (an unterminated attribute, thousands of stray <) scans in one pass and finds what is outside it', () => {
    const stray = '<a "'.repeat(20_000);
    const html = `<p>ava@example.org ${'a < b '.repeat(20_000)}</p><div>${stray}</div><p title="never closed>bo@example.org`;
    expect(scanHtml(html).map((f) => html.slice(f.start, f.end))).toEqual(['ava@example.org', 'bo@example.org']);
  });

  test('HTML: markup that never ends does not hide the data after it (a browser would; the file still holds it)', () => {
    const found = (html: string) => scanHtml(html).map((f) => html.slice(f.start, f.end));
    expect(found('<a title="x>Jane</a><p>jane@example.com</p>')).toEqual(['jane@example.com']);
    expect(found('<!-- x <p>jane@example.com</p>')).toEqual(['jane@example.com']);
    expect(found('<script>var a = 1; <table><tr><td>jane@example.com</td></tr></table>')).toEqual(['jane@example.com']);
    expect(found('<p><![CDATA[ jane@example.com ]]></p>')).toEqual(['jane@example.com']);
    // An unclosed header cell does not turn the rest of the file into its label.
    expect(found('<table><tr><th>Notes <b title="x>y</b></th></tr><tr><td>jane@example.com</td>')).toEqual(['jane@example.com']);
  });

  test('HTML: header and term cells whose end tags are left out (valid HTML) still label their columns and values', () => {
    const html =
      '<table><thead><tr><th>Name<th>Email<th>Phone<tbody><tr><td>Ava Dummins<td>ava@example.org<td>(415) 555-0123</table>' +
      '<dl><dt>Date of birth<dd>1990-04-12<dt>Order #<dd>100234567</dl><p>bo@example.org';
    expect(scanHtml(html).map((f) => [f.type, f.label, html.slice(f.start, f.end)])).toEqual([
      ['person-name', 'name', 'Ava Dummins'],
      ['email', 'email', 'ava@example.org'],
      ['phone', 'phone', '(415) 555-0123'],
      ['date-of-birth', 'date of birth', '1990-04-12'],
      ['email', undefined, 'bo@example.org'],
    ]);
  });

  test('HTML: labels are read once however many stray end tags repeat them; an inline label may end in any white space', () => {
    const html = `<label>${'word '.repeat(20_000)}</label>${'</label>'.repeat(4_000)}<p><b>Name:\u00a0</b><span>Jane Doe</span></p>`;
    expect(scanHtml(html).map((f) => [f.type, f.label, html.slice(f.start, f.end)])).toEqual([['person-name', 'name', 'Jane Doe']]);
  });

  test('HTML: scripts and styles are skipped, table headers and <dt> give context', () => {
    const found = scanHtml(fixture);
    const types = new Set(found.map((f) => f.type));
    // The table rows are built by the page's script, so only the static profile is in the HTML.
    expect([...types].sort()).toEqual(['person-name', 'phone']);
    expect(found.map((f) => fixture.slice(f.start, f.end))).toEqual(['+44 20 7946 0958', '0491 570 156', 'Hana Placeholder']);
    const table =
      '<table><tr><th>Name</th><th>Order #</th><th>Birthday</th></tr><tr><td>Ava Dummins</td><td>100234567</td><td>1990-04-12</td></tr></table>';
    expect(scanHtml(table).map((f) => [f.type, f.label])).toEqual([
      ['person-name', 'name'],
      ['date-of-birth', 'birthday'],
    ]);
  });
});
