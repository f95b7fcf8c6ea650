// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { PiiCounts } from '../pii/types';
import { DEFAULT_POLICY } from '../policy/defaults';
import { scanSettings } from './policy-options';
import { RowReader } from './row-reader';
import { PageScanner } from './scanner';

/** Values of table rows read from their markup are kept on the row (row-values.ts) until asked for. */
const settings = scanSettings(DEFAULT_POLICY);
let scanner: PageScanner | null = null;

function table(rows: string[][]): void {
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  document.body.innerHTML = `<table><thead><tr><th>Email</th><th>Phone</th><th>Note</th></tr></thead><tbody>${body}</tbody></table>`;
}

function start(): PiiCounts[] {
  const reports: PiiCounts[] = [];
  scanner = new PageScanner({ doc: document, settings: () => settings, onIdle: (counts) => reports.push(counts) });
  scanner.start();
  return reports;
}

function cellText(row: number, cell: number): Text {
  return document.querySelectorAll('tbody tr')[row]?.children[cell]?.firstChild as Text;
}

beforeAll(() => {
  // happy-dom has no `rows` on table sections; visible-rows.ts reads it (the rows on screen go first).
  const proto = document.createElement('tbody').constructor.prototype as object;
  if (!('rows' in proto)) {
    Object.defineProperty(proto, 'rows', {
      get(this: Element) {
        return Array.from(this.children).filter((c) => c.tagName === 'TR');
      },
    });
  }
});

afterEach(() => {
  scanner?.stop();
  scanner = null;
});

describe('scanner: values of table rows', () => {
  test('are counted, and found on their text node when reveal asks', async () => {
    table([
      ['ava.dummins@example.org', '(415) 555-0123', 'none'],
      ['noah.sampleton@example.net', '', 'call later'],
    ]);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    const entries = scanner?.entriesOf(cellText(1, 0)) ?? [];
    expect(entries.map((e) => [e.type, e.start, e.end])).toEqual([['email', 0, 26]]);
    expect(scanner?.entriesOf(cellText(0, 2))).toEqual([]);
  });

  test('in a selected range are all found (the copy guard)', async () => {
    table([
      ['ava.dummins@example.org', '(415) 555-0123', 'none'],
      ['noah.sampleton@example.net', '', 'call later'],
    ]);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('tbody') as Node);
    expect((scanner?.entriesIn(range) ?? []).map((e) => e.type).sort()).toEqual(['email', 'email', 'phone']);
  });

  test('in a selected range, the text the scan skips is handed back with them (a <pre> block)', async () => {
    table([['ava.dummins@example.org', '(415) 555-0123', 'none']]);
    document.body.insertAdjacentHTML('beforeend', '<pre>import log: noah.sampleton@example.net</pre><p>owner@example.org</p>');
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    const range = document.createRange();
    range.selectNodeContents(document.body);
    const unscanned: string[] = [];
    expect((scanner?.entriesIn(range, unscanned) ?? []).map((e) => e.type).sort()).toEqual(['email', 'email', 'phone']);
    expect(unscanned).toEqual(['import log: noah.sampleton@example.net']);
  });

  test('follow a changed cell text: the old value leaves the counts, the new one joins', async () => {
    table([['ava.dummins@example.org', '(415) 555-0123', 'none']]);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1, phone: 1 }));
    cellText(0, 1).data = 'no phone';
    cellText(0, 2).data = 'mail noah.sampleton@example.net';
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2 }));
    expect((scanner?.entriesOf(cellText(0, 2)) ?? []).map((e) => [e.start, e.end])).toEqual([[5, 31]]);
    expect(scanner?.entriesOf(cellText(0, 1))).toEqual([]);
  });

  test('follow a cell whose content was replaced', async () => {
    table([['ava.dummins@example.org', '(415) 555-0123', 'none']]);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1, phone: 1 }));
    (document.querySelector('tbody td') as Element).textContent = 'nobody';
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ phone: 1 }));
    document.querySelector('tbody tr')?.children[1]?.replaceChildren();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({}));
  });

  test('leave the counts with a removed row or table body, and come back with it', async () => {
    table([
      ['ava.dummins@example.org', '(415) 555-0123', 'none'],
      ['noah.sampleton@example.net', '', 'call later'],
    ]);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    const first = document.querySelector('tbody tr') as Element;
    first.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1 }));
    const body = document.querySelector('tbody') as Element;
    body.append(first);
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    body.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({}));
  });

  test('moved rows (a sort) keep their values, counted once', async () => {
    table([
      ['ava.dummins@example.org', '(415) 555-0123', 'none'],
      ['noah.sampleton@example.net', '', 'call later'],
    ]);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    const body = document.querySelector('tbody') as Element;
    const n = reports.length;
    body.append(body.firstElementChild as Element);
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(n));
    expect(reports.at(-1)).toEqual({ email: 2, phone: 1 });
    expect(scanner?.entriesOf(cellText(1, 0))).toHaveLength(1);
  });

  test('in a cell of several text nodes are found on each node when resolved', async () => {
    table([['', '(415) 555-0123', 'none']]);
    const cell = document.querySelector('tbody td') as Element;
    cell.append(document.createTextNode('ava.dummins@example.org'), document.createTextNode(' (work)'));
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1, phone: 1 }));
    const [email, work] = Array.from(cell.childNodes) as Text[];
    expect((scanner?.entriesOf(email as Text) ?? []).map((e) => [e.type, e.start, e.end])).toEqual([['email', 0, 23]]);
    expect(scanner?.entriesOf(work as Text)).toEqual([]);
    expect(scanner?.counts()[0]).toEqual({ email: 1, phone: 1 });
  });

  test('split across text nodes of one cell ({local}@{domain}) are masked as pieces of one value and counted once', async () => {
    table([['', '(415) 555-0123', 'none']]);
    const cell = document.querySelector('tbody td') as Element;
    cell.append(document.createTextNode('ava.dummins@'), document.createTextNode('example.org'));
    const reports = start();
    // The markup shows the joined text, an email; the nodes get a piece each (inline-run.ts).
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1, phone: 1 }));
    await vi.waitFor(() =>
      expect(
        [cell.firstChild, cell.lastChild].map((n) => (scanner?.entriesOf(n as Text) ?? []).map((e) => [e.type, e.start, e.end, e.counted])),
      ).toEqual([[['email', 0, 12, true]], [['email', 0, 11, false]]]),
    );
    // Still counted once after the row is resolved near the viewport, and masked once: two values masked.
    expect(reports.at(-1)).toEqual({ email: 1, phone: 1 });
    expect(scanner?.counts()[1]).toBe(2);
    // Revealed, the value leaves the masked total once.
    const [lead] = scanner?.entriesOf(cell.firstChild as Text) ?? [];
    if (lead) scanner?.reveal(lead);
    expect(scanner?.counts()[1]).toBe(1);
  });
});

describe("scanner: rows read by their body's pass (section-ledger.ts)", () => {
  const rows = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => [
      `contact${from + i}@example.org`,
      `(415) 555-01${String((from + i) % 100).padStart(2, '0')}`,
      'none',
    ]);
  /** Row elements, parsed in a table of their own (happy-dom parses no <tr> in insertAdjacentHTML). */
  const rowEls = (r: string[][]): Element[] => {
    const t = document.createElement('table');
    t.innerHTML = `<tbody>${r.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('')}</tbody>`;
    return Array.from(t.querySelectorAll('tr'));
  };
  const ownRecord = (row: Element) => Object.getOwnPropertySymbols(row).filter((k) => k.description === 'confidant.rowRecord');

  test('keep nothing on the row (no expando keeping its wrapper alive)', async () => {
    table(rows(3));
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 3, phone: 3 }));
    for (const row of Array.from(document.querySelectorAll('tbody tr'))) expect(ownRecord(row)).toEqual([]);
  });

  test('appended at the end are counted once, and a reveal still finds every value', async () => {
    table(rows(3));
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 3, phone: 3 }));
    const body = document.querySelector('tbody') as Element;
    body.append(...rowEls(rows(2, 3)));
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 5, phone: 5 }));
    body.append(...rowEls(rows(1, 5)));
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 6, phone: 6 }));
    expect((scanner?.entriesOf(cellText(4, 0)) ?? []).map((e) => e.type)).toEqual(['email']);
    expect(scanner?.counts()[0]).toEqual({ email: 6, phone: 6 });
  });

  test('a row replaced in the middle, a cell changed, rows removed: the body is counted again, exactly', async () => {
    table(rows(4));
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 4, phone: 4 }));
    const body = document.querySelector('tbody') as Element;
    // (happy-dom gives no MutationRecord.nextSibling: a bare insertion would look like an append.)
    body.replaceChild(
      rowEls([
        ['x@example.org', '(415) 555-0199', 'none'],
        ['y@example.org', 'none', 'none'],
      ])[1] as Element,
      body.children[1] as Element,
    );
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 4, phone: 3 }));
    cellText(2, 1).data = 'no phone';
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 4, phone: 2 }));
    // A resolved row (values on its text nodes) and an implicit one leave together.
    expect(scanner?.entriesOf(cellText(0, 0))).toHaveLength(1);
    body.children[0]?.remove();
    body.children[0]?.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 1 }));
    expect(ownRecord(body.children[1] as Element)).toEqual([]);
  });

  test('an edited cell text: the row takes back what its old texts showed and is read alone, the body is not read again', async () => {
    table(rows(3));
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 3, phone: 3 }));
    cellText(1, 1).data = 'no phone';
    cellText(1, 1).data = 'still none';
    cellText(1, 2).data = 'mail z@example.org';
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 4, phone: 2 }));
    const body = document.querySelector('tbody') as Element;
    expect(ownRecord(body.children[1] as Element)).toHaveLength(1);
    expect(ownRecord(body.children[0] as Element)).toEqual([]);
    expect((scanner?.entriesOf(cellText(1, 2)) ?? []).map((e) => e.type)).toEqual(['email']);
  });

  test('removed from a body read to the end: what they counted is taken back from their markup, the body is not read again', async () => {
    table(rows(6));
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 6, phone: 6 }));
    const body = document.querySelector('tbody') as Element;
    const markup = vi.spyOn(RowReader.prototype, 'readMarkup');
    const pass = vi.spyOn(RowReader.prototype, 'scanSerializedRow');
    body.children[2]?.remove();
    body.children[3]?.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 4, phone: 4 }));
    // Each removed row's markup was read (to check it, then to take it back); the four rows left
    // were not read again by a pass.
    expect(markup).toHaveBeenCalledTimes(4);
    expect(pass).not.toHaveBeenCalled();
    markup.mockRestore();
    pass.mockRestore();
    // The last row removed: rows appended after it are still read, once.
    body.lastElementChild?.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 3, phone: 3 }));
    body.append(...rowEls(rows(2, 10)));
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 5, phone: 5 }));
    expect(scanner?.counts()).toEqual([{ email: 5, phone: 5 }, 10]);
  });

  test('removed several at once (one record), or more than a batch can take back one by one: the counts stay exact', async () => {
    const r = rows(80);
    (r[11] as string[])[1] = 'no phone';
    table(r);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 80, phone: 79 }));
    const body = document.querySelector('tbody') as Element;
    // Three rows with different values (one without a phone) removed one by one.
    for (let i = 0; i < 3; i++) body.children[10]?.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 77, phone: 77 }));
    // Seventy rows removed one by one in one task: past the batch's budget, the body is read again.
    const pass = vi.spyOn(RowReader.prototype, 'scanSerializedRow');
    for (let i = 0; i < 70; i++) body.lastElementChild?.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 7, phone: 7 }));
    expect(pass).toHaveBeenCalled();
    pass.mockRestore();
  });

  test('all removed in one record (the body emptied), each row taken back with its own values', async () => {
    const r = rows(5);
    (r[1] as string[])[1] = 'no phone';
    table(r);
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 5, phone: 4 }));
    const body = document.querySelector('tbody') as Element;
    body.replaceChildren();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({}));
    body.append(...rowEls(rows(1, 20)));
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 1, phone: 1 }));
    expect(scanner?.counts()).toEqual([{ email: 1, phone: 1 }, 2]);
  });

  test('with a cell read through the DOM (markup in it) leave the counts whole when removed', async () => {
    table(rows(3));
    for (const row of Array.from(document.querySelectorAll('tbody tr')))
      (row.children[2] as Element).innerHTML = '<b>call (415) 555-0177</b>';
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 3, phone: 6 }));
    const body = document.querySelector('tbody') as Element;
    body.children[1]?.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ email: 2, phone: 4 }));
    body.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({}));
  });
});

describe('short values in labelled columns', () => {
  test('an order count of one digit and a two-letter first name are found; short text elsewhere is not', async () => {
    document.body.innerHTML =
      '<table><thead><tr><th>First name</th><th>Orders</th><th>Status</th></tr></thead><tbody>' +
      '<tr><td>Al</td><td>3</td><td>ok</td></tr><tr><td>Ava</td><td>12</td><td>no</td></tr></tbody></table>';
    const reports = start();
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ 'purchase-history': 2 }));
    // First names are masked but not counted (lib/scan/README.md): their entries show they were found.
    expect(scanner?.entriesOf(cellText(0, 0)).map((e) => [e.type, e.counted])).toEqual([['person-name', false]]);
    expect(scanner?.entriesOf(cellText(0, 1)).map((e) => e.type)).toEqual(['purchase-history']);
    expect(scanner?.entriesOf(cellText(0, 2))).toEqual([]);
  });
});
