// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ClipBoxes, belowStickyHeader, outside, overlayBox, visiblePart, type ClipBox } from './clip';

describe('visiblePart and overlayBox', () => {
  const rect = new DOMRect(10, 100, 200, 20);
  const clippedBox = (r: DOMRect, clip: ClipBox) => {
    const visible = visiblePart(r, clip);
    return visible && overlayBox(r, visible);
  };

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

describe('outside', () => {
  const value: ClipBox = { left: 0, top: 100, right: 200, bottom: 120 };

  test('a cover that misses the box leaves it whole', () => {
    expect(outside(value, { left: 300, top: 0, right: 400, bottom: 500 })).toEqual(value);
    expect(outside(value, { left: 0, top: 120, right: 200, bottom: 300 })).toEqual(value);
  });

  test('a menu over the right of the box leaves its left part', () => {
    expect(outside(value, { left: 150, top: 50, right: 400, bottom: 300 })).toEqual({ left: 0, top: 100, right: 150, bottom: 120 });
  });

  test('a cover over the middle leaves the wider side', () => {
    expect(outside(value, { left: 40, top: 0, right: 80, bottom: 500 })).toEqual({ left: 80, top: 100, right: 200, bottom: 120 });
  });

  test('a cover over the lower half leaves the upper half', () => {
    expect(outside(value, { left: -10, top: 110, right: 210, bottom: 500 })).toEqual({ left: 0, top: 100, right: 200, bottom: 110 });
  });

  test('a cover over all of it leaves nothing', () => {
    expect(outside(value, { left: -10, top: 90, right: 210, bottom: 130 })).toBeNull();
  });
});
