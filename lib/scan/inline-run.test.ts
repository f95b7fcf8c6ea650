// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { inlineRun } from './inline-run';

function textNode(html: string, index = 0): Text {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  for (let i = 0; i < index; i++) node = walker.nextNode();
  return node as Text;
}

describe('inline runs: a value the page splits across inline elements', () => {
  test('a text node alone in its element has no run (the common case, no work)', () => {
    expect(inlineRun(textNode('<table><tr><td>ava@example.org</td></tr></table>'))).toBeNull();
    expect(inlineRun(textNode('<p><a href="/c/1">ava@example.org</a></p>'))).toBeNull();
  });

  test('text split by <mark>, <b> and <span> is one run, held by its block, from any of its nodes', () => {
    const html = '<table><tr><td><mark>ava</mark>.dummins@<b>example</b>.org</td></tr></table>';
    for (const index of [0, 1, 2, 3]) {
      const run = inlineRun(textNode(html, index));
      expect(run?.text).toBe('ava.dummins@example.org');
      expect(run?.block.tagName).toBe('TD');
      expect(run?.starts).toEqual([0, 3, 12, 19]);
      expect(run?.nodes.map((n) => n.data)).toEqual(['ava', '.dummins@', 'example', '.org']);
    }
  });

  test('a <wbr> that lets a long address wrap does not split it', () => {
    expect(inlineRun(textNode('<table><tr><td>ava.dummins@<wbr>example.org</td></tr></table>'))?.text).toBe('ava.dummins@example.org');
  });

  test('an icon or a line break in the cell does not end the run, and keeps the texts on either side apart', () => {
    const html =
      '<table><tr><td><span class="avatar"><svg></svg></span> ava.dummins@<b>example</b>.org<br>+44 20 7946 0958</td></tr></table>';
    const run = inlineRun(textNode(html, 1));
    expect(run?.text).toBe('  ava.dummins@example.org\n+44 20 7946 0958');
    expect(run?.nodes.map((n) => n.data)).toEqual([' ava.dummins@', 'example', '.org', '+44 20 7946 0958']);
  });

  test('a block holding other blocks, skipped content or our UI is left to its text nodes', () => {
    expect(inlineRun(textNode('<div>ava<div>.dummins@example.org</div></div>'))).toBeNull();
    expect(inlineRun(textNode('<p>ava <code>x</code> b</p>'))).toBeNull();
    expect(inlineRun(textNode('<p>ava <span data-confidant-ui="masks">a•••</span> b</p>'))).toBeNull();
  });

  test('a run past 64 nodes or 2,000 characters is left to its text nodes', () => {
    expect(inlineRun(textNode(`<p>${'<b>x</b> '.repeat(40)}</p>`))).toBeNull();
    expect(inlineRun(textNode(`<p>${'word '.repeat(300)}<b>ava@example.org</b>${'word '.repeat(200)}</p>`))).toBeNull();
    expect(inlineRun(textNode(`<p>${'<b>x</b> '.repeat(20)}</p>`))?.nodes).toHaveLength(40);
  });
});
