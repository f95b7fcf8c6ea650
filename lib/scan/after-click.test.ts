// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { AfterClick } from './after-click';

const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));
let watch: AfterClick | null = null;
afterEach(() => watch?.stop());

function setUp() {
  document.body.innerHTML = `<main><button id="more">More</button></main>
    <footer><div id="menu" style="position: absolute; display: none"></div><div id="note" class="a"></div></footer>`;
  const found: string[] = [];
  watch = new AfterClick(document, ['class', 'style', 'hidden'], 40, (el) => found.push(el.id));
  return found;
}

describe('AfterClick', () => {
  test('a floating element whose class or style changes right after a click is handed over, wherever it is', async () => {
    const found = setUp();
    watch?.clicked();
    expect(watch?.watching).toBe(true);
    (document.getElementById('menu') as HTMLElement).style.display = 'block';
    (document.getElementById('note') as HTMLElement).className = 'b';
    await settle();
    expect(found).toEqual(['menu']);
  });

  test('nothing is watched before a click or once its window has passed', async () => {
    const found = setUp();
    (document.getElementById('menu') as HTMLElement).style.display = 'block';
    await settle();
    watch?.clicked();
    await settle(60);
    expect(watch?.watching).toBe(false);
    (document.getElementById('menu') as HTMLElement).style.display = 'none';
    await settle();
    expect(found).toEqual([]);
  });
});
