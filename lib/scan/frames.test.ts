// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { FrameWatch, frameSelectors } from './frames';

/**
 * A stand-in frame document: FrameWatch needs its body, its window's events, and (to watch frames
 * inside it) to query it and listen on it, which a detached container does.
 */
function frameDoc(): Document {
  return Object.assign(document.createElement('div'), { body: {}, defaultView: new EventTarget() }) as unknown as Document;
}

/**
 * The page: a detached container stands in for the document (FrameWatch only queries it and listens
 * on it), so happy-dom never tries to load the iframes.
 */
let page: HTMLElement;

/** An iframe whose document is `inner` (null: cross-origin, as the browser reports it), in `parent`. */
function frame(title: string, inner: Document | null, parent?: Document): HTMLIFrameElement {
  const el = document.createElement('iframe');
  el.title = title;
  let current = inner;
  Object.defineProperty(el, 'contentDocument', { get: () => current });
  (el as unknown as { navigate: (d: Document | null) => void }).navigate = (d) => {
    current = d;
    el.dispatchEvent(new Event('load'));
  };
  ((parent as unknown as HTMLElement | undefined) ?? page).append(el);
  return el;
}

function setup(selectors = ['iframe[title*="preview" i]']) {
  const added: Document[] = [];
  const forgotten: Document[] = [];
  const guarded: { doc: Document; signal: AbortSignal }[] = [];
  const abort = new AbortController();
  const watch = new FrameWatch({
    doc: page as unknown as Document,
    selectors: () => selectors,
    scanner: { addDocument: (d) => added.push(d), forgetDocument: (d) => forgotten.push(d) },
    onDocument: (doc, signal) => guarded.push({ doc, signal }),
    signal: abort.signal,
  });
  return { watch, added, forgotten, guarded, abort };
}

beforeEach(() => {
  page = document.createElement('div');
});

describe('frame watch', () => {
  test('takes on the same-origin frames the selectors name, and skips cross-origin frames, other frames and bad selectors', () => {
    const preview = frameDoc();
    frame('Email preview', preview);
    frame('Sign-up form preview', null);
    frame('Chat widget', frameDoc());
    const { watch, added, guarded } = setup(['iframe[title=', 'iframe[title*="preview" i]']);
    watch.attachAll();
    expect(added).toEqual([preview]);
    expect(guarded.map((g) => g.doc)).toEqual([preview]);
  });

  test('a frame that loads later is scanned; a frame the selectors do not name is not', () => {
    const { added } = setup();
    const late = frameDoc();
    frame('Email preview (mobile)', late).dispatchEvent(new Event('load'));
    frame('Chat widget', frameDoc()).dispatchEvent(new Event('load'));
    expect(added).toEqual([late]);
  });

  test('a reload hands over the new document and forgets the old one, whose listeners end', () => {
    const first = frameDoc();
    const el = frame('Email preview', first);
    const { watch, added, forgotten, guarded } = setup();
    watch.attachAll();
    const second = frameDoc();
    (el as unknown as { navigate: (d: Document) => void }).navigate(second);
    expect(added).toEqual([first, second]);
    expect(forgotten).toEqual([first]);
    expect(guarded[0]?.signal.aborted).toBe(true);
    expect(guarded[1]?.signal.aborted).toBe(false);
  });

  test('a frame document that goes away (pagehide: removed or navigated) is forgotten once', () => {
    const inner = frameDoc();
    frame('Email preview', inner);
    const { watch, forgotten } = setup();
    watch.attachAll();
    inner.defaultView?.dispatchEvent(new Event('pagehide'));
    inner.defaultView?.dispatchEvent(new Event('pagehide'));
    expect(forgotten).toEqual([inner]);
  });

  test('a fresh scan hands known documents over again without guarding them twice', () => {
    const inner = frameDoc();
    frame('Email preview', inner);
    const { watch, added, guarded } = setup();
    watch.attachAll();
    watch.attachAll();
    expect(added).toEqual([inner, inner]);
    expect(guarded).toHaveLength(1);
  });

  test('ending the watch ends every frame listener and stops taking on frames', () => {
    frame('Email preview', frameDoc());
    const { watch, added, guarded, abort } = setup();
    watch.attachAll();
    abort.abort();
    expect(guarded[0]?.signal.aborted).toBe(true);
    frame('Email preview (mobile)', frameDoc()).dispatchEvent(new Event('load'));
    expect(added).toHaveLength(1);
  });

  test('frames inside a frame are watched, to three levels; when the outer document goes away, theirs are forgotten too', () => {
    const outer = frameDoc();
    const nested = frameDoc();
    const deeper = frameDoc();
    const tooDeep = frameDoc();
    frame('Email preview', outer);
    frame('Dynamic block preview', nested, outer);
    frame('Product feed preview', deeper, nested);
    frame('Too deep preview', tooDeep, deeper);
    const { watch, added, forgotten } = setup();
    watch.attachAll();
    expect(added).toEqual([outer, nested, deeper]);
    // A frame that loads later inside the outer frame is taken on as well.
    const later = frameDoc();
    frame('Later preview', later, outer).dispatchEvent(new Event('load'));
    expect(added).toEqual([outer, nested, deeper, later]);
    outer.defaultView?.dispatchEvent(new Event('pagehide'));
    expect(forgotten).toEqual(expect.arrayContaining([outer, nested, deeper, later]));
    expect(forgotten).toHaveLength(4);
  });

  test('frame selectors: iframe editor surfaces and editor frames, once each', () => {
    expect(
      frameSelectors({
        editorSurface: ['textarea[data-testid="html-editor"]', 'iframe[title="Email preview"]'],
        editorFrames: ['iframe[title*="preview" i]', 'iframe[title="Email preview"]'],
      }),
    ).toEqual(['iframe[title="Email preview"]', 'iframe[title*="preview" i]']);
  });
});
