// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ClipBoxes, besideStickyColumns } from './clip';

/** Gives an element a layout box (happy-dom lays nothing out). */
function box(el: Element, left: number, top: number, width: number, height: number): void {
  el.getBoundingClientRect = () => new DOMRect(left, top, width, height);
}

function table(firstCellStyle: string): HTMLTableElement {
  document.body.innerHTML = `<table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>
    <tr><td style="${firstCellStyle}">Ava Dummins</td><td><span id="v">ava@example.com</span></td></tr>
    <tr><td style="${firstCellStyle}"><span id="n">Liam Okafor</span></td><td>liam@example.com</td></tr></tbody></table>`;
  const t = document.querySelector('table') as HTMLTableElement;
  box(t, 0, 100, 600, 400);
  box(t.querySelector('tbody td') as Element, 0, 130, 150, 20);
  return t;
}

describe('sticky columns', () => {
  test("a body cell's value is cut around the sticky column beside it, over the table's height", () => {
    table('position: sticky; left: 0');
    const columns = new ClipBoxes().stickyColumnsOver(document.getElementById('v') as Element);
    expect(columns).toEqual([{ left: 0, right: 150, top: 100, bottom: 500 }]);
    // A value that slid half under the column keeps the part right of it.
    expect(besideStickyColumns({ left: 100, top: 200, right: 300, bottom: 220 }, columns)).toEqual({
      left: 150,
      top: 200,
      right: 300,
      bottom: 220,
    });
    expect(besideStickyColumns({ left: 10, top: 200, right: 140, bottom: 220 }, columns)).toBeNull();
  });

  test('a value in the sticky column itself is not cut, nor are values of a table with none', () => {
    table('position: sticky; left: 0');
    expect(new ClipBoxes().stickyColumnsOver(document.getElementById('n') as Element)).toEqual([]);
    table('position: static');
    expect(new ClipBoxes().stickyColumnsOver(document.getElementById('v') as Element)).toEqual([]);
  });

  test('a cell sticky to the top only (a header style on body cells) is no column', () => {
    table('position: sticky; top: 0');
    expect(new ClipBoxes().stickyColumnsOver(document.getElementById('v') as Element)).toEqual([]);
  });
});
