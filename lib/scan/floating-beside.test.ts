// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { floatingBeside } from './floating-beside';

describe('floatingBeside', () => {
  test("finds the positioned menu in the clicked toggle's wrapper, shown or not", () => {
    document.body.innerHTML = `<main><div class="dropdown">
        <button id="toggle"><span id="label">Edit columns</span></button>
        <div id="menu" style="position: absolute; display: none">…</div>
        <div id="hint">in the flow</div>
      </div></main>`;
    expect(floatingBeside(document.getElementById('label') as Element).map((el) => el.id)).toEqual(['menu']);
  });

  test("finds the menu named by the toggle's aria-controls, wherever it is", () => {
    document.body.innerHTML = `<main><div><div><div><button id="toggle" aria-controls="far">Views</button></div></div></div></main>
      <div id="far" style="position: fixed"></div>`;
    expect(floatingBeside(document.getElementById('toggle') as Element).map((el) => el.id)).toEqual(['far']);
  });

  test('does not look through a parent of many children (a table body), nor at rows or Confidant’s own UI', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<tr style="position: absolute"><td id="c${i}">x</td></tr>`).join('');
    document.body.innerHTML = `<table><tbody>${rows}</tbody></table>
      <div><button id="b">x</button><div data-confidant-ui="notice" style="position: fixed"></div><li style="position: absolute"></li></div>`;
    expect(floatingBeside(document.getElementById('c3') as Element)).toEqual([]);
    expect(floatingBeside(document.getElementById('b') as Element)).toEqual([]);
  });
});
