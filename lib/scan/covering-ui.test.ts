// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ClipBox } from './clip';
import { CoveringUi } from './covering-ui';
import { UI_ATTR } from './masker';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** Gives an element a layout box (happy-dom lays nothing out); zero-sized ones do not show. */
function place(el: Element, left: number, top: number, width: number, height: number): void {
  el.getBoundingClientRect = () => new DOMRect(left, top, width, height);
}

function setUp(html: string) {
  vi.useFakeTimers();
  controller = new AbortController();
  document.body.innerHTML = html;
  let changes = 0;
  const covering = new CoveringUi({ doc: document, onChange: () => changes++, signal: controller.signal });
  covering.reset();
  vi.runOnlyPendingTimers(); // the search of the whole document, in a task of its own
  return { covering, changes: () => changes };
}

const box = (left: number, top: number, right: number, bottom: number): ClipBox => ({ left, top, right, bottom });

const PAGE = `
  <table><tbody><tr><td id="cell"><span id="value">ava@example.org</span></td></tr></tbody></table>
  <div role="menu" id="menu"><div role="menuitem">Export</div></div>
  <div role="tooltip" id="tip"></div>
  <div data-confidant-ui="prompt"><div role="dialog" id="own"></div></div>`;

describe('CoveringUi', () => {
  test("finds the page's menus and dialogs once the page view's search has run, and not Confidant's own", () => {
    const { covering, changes } = setUp(PAGE);
    for (const id of ['menu', 'tip', 'own']) place(document.getElementById(id) as Element, 0, 0, 100, 50);
    expect(changes()).toBe(1);
    expect(covering.covers().size).toBe(2);
    expect(document.querySelector(`[${UI_ATTR}] [role="dialog"]`)).not.toBeNull();
  });

  test('a menu with no box (closed, display none) covers nothing', () => {
    const { covering } = setUp(PAGE);
    place(document.getElementById('menu') as Element, 0, 0, 100, 50);
    expect(covering.covers().size).toBe(1); // the tooltip has no box
  });

  test('a dialog the page adds later is found before the next draw, and its opening asks for one', () => {
    const { covering, changes } = setUp('<div id="root"></div>');
    const portal = document.createElement('div');
    portal.innerHTML = '<div role="dialog" aria-modal="true" id="dialog"></div>';
    document.body.append(portal);
    place(document.getElementById('dialog') as Element, 100, 100, 200, 100);
    covering.noteAdded(portal);
    const covers = covering.covers();
    expect(covers.size).toBe(1);
    expect(changes()).toBe(1); // the page view's search found nothing to report; the dialog is news
  });

  test('a tracked menu opened by a change to its own attributes asks for a redraw', async () => {
    const { changes } = setUp('<div role="menu" id="menu" hidden></div>');
    const before = changes();
    (document.getElementById('menu') as HTMLElement).hidden = false;
    await vi.waitFor(() => expect(changes()).toBe(before + 1));
  });
});

describe('Covers.cut', () => {
  function covers(modal: boolean) {
    const { covering } = setUp(
      `${PAGE}<div role="dialog" ${modal ? 'aria-modal="true"' : ''} id="dialog"><span id="inside">x</span></div>`,
    );
    place(document.getElementById('menu') as Element, 50, 0, 100, 100);
    place(document.getElementById('dialog') as Element, 300, 300, 200, 100);
    return covering.covers();
  }
  const value = () => document.getElementById('value') as Element;

  test('a value under a menu keeps only its part beside the menu', () => {
    expect(covers(false).cut(box(0, 20, 120, 40), value(), true)).toEqual(box(0, 20, 50, 40));
  });

  test('a value away from every menu and dialog is drawn whole', () => {
    expect(covers(false).cut(box(0, 200, 120, 220), value(), true)).toEqual(box(0, 200, 120, 220));
  });

  test('a value inside the dialog is drawn over it', () => {
    const open = covers(false);
    const inside = document.getElementById('inside') as Element;
    expect(open.cut(box(310, 310, 350, 330), inside, true)).toEqual(box(310, 310, 350, 330));
    // Its neighbour outside the dialog, at the same place, is not.
    expect(open.cut(box(310, 310, 350, 330), value(), true)).toBeNull();
  });

  test('an open modal hides the masked forms of the page behind its backdrop, not a form field overlay', () => {
    const open = covers(true);
    expect(open.cut(box(0, 200, 120, 220), value(), true)).toBeNull();
    // A field's overlay is its only mask: it stays where only the backdrop is over it.
    expect(open.cut(box(0, 200, 120, 220), value(), false)).toEqual(box(0, 200, 120, 220));
    // A value in a menu the modal opened (outside the dialog, above the backdrop) is still drawn.
    const item = document.querySelector('[role="menuitem"]') as Element;
    expect(open.cut(box(60, 10, 140, 30), item, true)).toEqual(box(60, 10, 140, 30));
  });

  test('a value in an open shadow root inside the dialog counts as inside it', () => {
    const open = covers(true);
    const host = document.createElement('span');
    document.getElementById('dialog')?.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>x</b>';
    expect(open.cut(box(310, 310, 350, 330), shadow.firstChild as Node, true)).toEqual(box(310, 310, 350, 330));
  });
});
