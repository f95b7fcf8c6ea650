// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { flatText } from './flat-text';

function rangeOver(el: Node): Range {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range;
}

describe('flatText', () => {
  test("holds a web component's shadow root text where the component sits, in lines as blocks render", () => {
    document.body.innerHTML = '<main id="m"><p>Owner: <b>Ava</b></p><x-card></x-card><p>End</p></main>';
    const shadow = (document.querySelector('x-card') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<dl><dt>Email</dt><dd>ava@example.org</dd></dl><x-note></x-note>';
    (shadow.querySelector('x-note') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<p>Call   back</p>';
    expect(flatText(rangeOver(document.getElementById('m') as Node))).toBe('Owner: Ava\n\nEmail\nava@example.org\nCall back\n\nEnd');
  });

  test('a slot shows the light children assigned to it, not the fallback', () => {
    document.body.innerHTML = '<div id="d"><x-tag><span>Noah</span></x-tag></div>';
    const shadow = (document.querySelector('x-tag') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Name: <slot>nobody</slot></p>';
    expect(flatText(rangeOver(document.getElementById('d') as Node))).toBe('Name: Noah');
  });

  test('table cells are separated by tabs, rows by lines; scripts, styles and text outside the range are left out', () => {
    document.body.innerHTML =
      '<p id="before">before</p><table id="t"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><script>var x = 1;</script><style>p{}</style><p>after</p>';
    const range = document.createRange();
    range.setStartBefore(document.getElementById('t') as Node);
    range.setEndAfter(document.body.lastChild as Node);
    expect(flatText(range)).toBe('a\tb\nc\td\nafter');
  });

  test('a range inside one text node is that part of it', () => {
    document.body.innerHTML = '<p id="p">Call back on 020 7946 0321</p>';
    const text = (document.getElementById('p') as HTMLElement).firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 12);
    expect(flatText(range)).toBe('back on');
  });
});
