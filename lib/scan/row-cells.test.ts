import { describe, expect, test } from 'vitest';
import { newRowCells, readRowCells } from './row-cells';

const read = (html: string) => {
  const r = readRowCells(html, newRowCells());
  return { texts: r.texts.slice(0, r.count), headers: r.headers.slice(0, r.count), complete: r.complete };
};

describe('row cells from markup', () => {
  test('reads plain cells, with attributes and white space between them', () => {
    expect(read('\n  <th scope="row" class="a>b">Phone</th>\n  <td data-x="1">(415) 555-0123</td><td></td>\n')).toEqual({
      texts: ['Phone', '(415) 555-0123', ''],
      headers: [true, false, false],
      complete: true,
    });
  });

  test('stops at the first cell with markup, an escaped character or a comment; the rest is left to the DOM', () => {
    expect(read('<td>a@b.example</td><td><a href="#">x</a></td><td>y</td>')).toEqual({
      texts: ['a@b.example'],
      headers: [false],
      complete: false,
    });
    expect(read('<td>Tom &amp; Ann</td><td>y</td>')).toEqual({ texts: [], headers: [], complete: false });
    expect(read('<td>x</td><td><!---->y</td>')).toEqual({ texts: ['x'], headers: [false], complete: false });
  });

  test('text or other elements directly in the row go to the DOM path', () => {
    expect(read('<td>x</td>stray<td>y</td>').complete).toBe(false);
    expect(read('<td>x</td><script>1</script>').complete).toBe(false);
    expect(read('<td-x>x</td-x>').complete).toBe(false);
  });
});
