// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ClipBoxes, belowStickyHeader, clippedBox } from './clip';

describe('clippedBox', () => {
  const rect = new DOMRect(10, 100, 200, 20);

  test('an overlay inside its clip is placed as it is', () => {
    expect(clippedBox(rect, { left: 0, top: 0, right: 1000, bottom: 1000 })).toBe('left:10px;top:100px;width:200px;height:20px;');
  });

  test('an overlay partly outside gets a clip-path for the part that shows', () => {
    expect(clippedBox(rect, { left: 0, top: 110, right: 150, bottom: 1000 })).toBe(
      'left:10px;top:100px;width:200px;height:20px;clip-path:inset(10px 60px 0px 0px);',
    );
  });

  test('an overlay wholly outside is not drawn', () => {
    expect(clippedBox(rect, { left: 0, top: 0, right: 1000, bottom: 100 })).toBeNull();
  });
});

describe('ClipBoxes', () => {
  /** Gives an element a layout box (happy-dom lays nothing out). */
  function box(el: HTMLElement, left: number, top: number, width: number, height: number): void {
    el.getBoundingClientRect = () => new DOMRect(left, top, width, height);
    Object.defineProperty(el, 'clientWidth', { value: width });
    Object.defineProperty(el, 'clientHeight', { value: height });
  }

  test('a value is clipped by every scrolling ancestor, each on the axes it clips', () => {
    document.body.innerHTML = `<div id="outer" style="overflow-y: auto"><div id="inner" style="overflow-x: hidden"><span id="v">x</span></div></div>`;
    box(document.getElementById('outer') as HTMLElement, 0, 50, 500, 200);
    box(document.getElementById('inner') as HTMLElement, 20, 0, 100, 900);
    const clips = new ClipBoxes();
    expect(clips.of(document.getElementById('v') as HTMLElement)).toEqual({ left: 20, right: 120, top: 50, bottom: 250 });
  });

  test('nothing clips a value outside scrolling panels', () => {
    document.body.innerHTML = `<p><span id="v">x</span></p>`;
    expect(new ClipBoxes().of(document.getElementById('v') as HTMLElement)).toEqual({
      left: -Infinity,
      top: -Infinity,
      right: Infinity,
      bottom: Infinity,
    });
  });
});

describe('belowStickyHeader', () => {
  const header = { left: 0, top: 50, right: 600, bottom: 80 };

  test('a value clear of the header keeps its box; one under it in part keeps the part below', () => {
    const clear = { left: 10, top: 100, right: 200, bottom: 120 };
    expect(belowStickyHeader(clear, header)).toBe(clear);
    expect(belowStickyHeader({ left: 10, top: 70, right: 200, bottom: 90 }, header)).toEqual({ left: 10, top: 80, right: 200, bottom: 90 });
  });

  test('a value wholly under the header is not drawn; without a sticky header nothing changes', () => {
    const under = { left: 10, top: 55, right: 200, bottom: 75 };
    expect(belowStickyHeader(under, header)).toBeNull();
    expect(belowStickyHeader(under, null)).toBe(under);
  });
});
