// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findPinned, floatsWhenAdded, isRowLike } from './pinned-elements';

describe('findPinned', () => {
  test('finds the fixed and sticky elements outside tables and lists, the outermost only', () => {
    document.body.innerHTML = `
      <header id="bar" style="position: fixed"><nav id="inner" style="position: sticky">Menu</nav></header>
      <main><div id="filters" style="position: sticky">Filter</div>
        <table><tr><th style="position: sticky">Email</th></tr></table>
        <ul><li style="position: fixed">not looked at</li></ul>
        <div role="grid"><div style="position: fixed">not looked at</div></div>
        <div data-confidant-ui="masks" style="position: fixed"></div>
      </main>`;
    expect(findPinned(document.body).map((el) => el.id)).toEqual(['bar', 'filters']);
  });

  test('stops after its limit of elements, in document order', () => {
    document.body.innerHTML = `<div id="early" style="position: fixed"></div>${'<p>row</p>'.repeat(50)}<div id="late" style="position: fixed"></div>`;
    expect(findPinned(document.body, 10).map((el) => el.id)).toEqual(['early']);
    expect(findPinned(document.body).map((el) => el.id)).toEqual(['early', 'late']);
  });

  test('rows and cells added to a table are no app bars', () => {
    document.body.innerHTML = '<table><tbody><tr><td>a</td></tr></tbody></table><div role="row"></div><div id="bar"></div>';
    expect(isRowLike(document.querySelector('tr') as Element)).toBe(true);
    expect(isRowLike(document.querySelector('td') as Element)).toBe(true);
    expect(isRowLike(document.querySelector('[role="row"]') as Element)).toBe(true);
    expect(isRowLike(document.getElementById('bar') as Element)).toBe(false);
  });

  test('an added element floats when fixed or sticky, or absolute right under <body> (a popper dropdown)', () => {
    document.body.innerHTML =
      '<div id="popper" style="position: absolute"></div><main><div id="nested" style="position: absolute"></div></main><div id="bar" style="position: fixed"></div>';
    const floats = (id: string) => floatsWhenAdded(document.getElementById(id) as Element);
    expect([floats('popper'), floats('nested'), floats('bar')]).toEqual([true, false, true]);
  });
});
