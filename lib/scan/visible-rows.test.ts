// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { visibleRows } from './visible-rows';

/** happy-dom has no layout: each row gets a 20 px box by its place among the section's rows. */
const ROW_PX = 20;
let restore: (() => void) | null = null;

beforeAll(() => {
  const proto = document.createElement('tbody').constructor.prototype as object;
  if (!('rows' in proto)) {
    Object.defineProperty(proto, 'rows', {
      get(this: Element) {
        return Array.from(this.children).filter((c) => c.tagName === 'TR');
      },
    });
  }
  const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const i = this.parentElement ? Array.from(this.parentElement.children).indexOf(this) : -1;
    return { top: i * ROW_PX, bottom: (i + 1) * ROW_PX, height: ROW_PX, left: 0, right: 100, width: 100, x: 0, y: i * ROW_PX } as DOMRect;
  });
  restore = () => spy.mockRestore();
});

afterAll(() => restore?.());

function section(rows: number): HTMLTableSectionElement {
  document.body.innerHTML = `<table><tbody>${Array.from({ length: rows }, (_, i) => `<tr><td>r${i}</td></tr>`).join('')}</tbody></table>`;
  return document.querySelector('tbody') as HTMLTableSectionElement;
}

/** A row with one text (happy-dom parses no `<tr>` given to insertAdjacentHTML on a table body). */
function tr(text: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.textContent = text;
  return row;
}

const texts = (rows: HTMLTableRowElement[]) => rows.map((r) => r.textContent);

describe('visibleRows', () => {
  test('finds the rows between two heights', () => {
    const s = section(50);
    expect(texts(visibleRows(s, 100, 150))).toEqual(['r4', 'r5', 'r6', 'r7']);
  });

  // Mutation records reach the section's observer after a task (happy-dom's takeRecords() gives none).
  const delivered = () => new Promise((r) => setTimeout(r, 0));

  test('follows rows appended at the end, in several batches', async () => {
    const s = section(10);
    expect(visibleRows(s, 0, 1000)).toHaveLength(10);
    s.append(tr('a0'), tr('a1'));
    s.append(tr('a2'));
    await delivered();
    expect(texts(visibleRows(s, 200, 1000))).toEqual(['r9', 'a0', 'a1', 'a2']);
    s.append(tr('a3'), document.createTextNode(' '));
    await delivered();
    expect(texts(visibleRows(s, 260, 1000))).toEqual(['a2', 'a3']);
  });

  test('rows inserted before others or removed rebuild the list', async () => {
    const s = section(10);
    expect(visibleRows(s, 0, 1000)).toHaveLength(10);
    s.prepend(tr('top'));
    await delivered();
    expect(texts(visibleRows(s, 0, 30))).toEqual(['top', 'r0']);
    s.querySelector('tr')?.remove();
    s.lastElementChild?.remove();
    await delivered();
    expect(texts(visibleRows(s, 0, 1000))).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']);
  });

  test('a long section is listed a chunk per call, and answers correctly meanwhile', async () => {
    const s = section(9000);
    const end = 9000 * ROW_PX;
    // The list grows only as far as the window needs: the end of the section takes all of it.
    for (let call = 0; call < 4; call++) expect(texts(visibleRows(s, end - 50, end))).toEqual(['r8997', 'r8998', 'r8999']);
    const s2 = section(9000);
    expect(texts(visibleRows(s2, 0, 30))).toEqual(['r0', 'r1']);
    s2.append(tr('a0'));
    await delivered();
    expect(texts(visibleRows(s2, end - 10, end + 10))).toEqual(['r8999', 'a0']);
    s2.prepend(tr('top'));
    await delivered();
    for (let call = 0; call < 4; call++) expect(texts(visibleRows(s2, end + 10, end + 30))).toEqual(['r8999', 'a0']);
    expect(texts(visibleRows(s2, 0, 30))).toEqual(['top', 'r0']);
  });
});
