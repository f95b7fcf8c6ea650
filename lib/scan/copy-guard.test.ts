// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_POLICY } from '../policy/defaults';
import {
  copyCounts,
  holdCopy,
  installCopyGuard,
  maskedSelection,
  type CopyGuardOptions,
  type CopyRecord,
  type HeldCopy,
} from './copy-guard';
import { joinPieces, type MaskEntry } from './entries';
import { Plans } from './plans';
import { scanSettings } from './policy-options';
import type { PageScanner } from './scanner';
import { textValues } from './text-values';

function entry(text: string, value: string, type: MaskEntry['type'], mode: MaskEntry['mode'], node = { data: text } as Text): MaskEntry {
  const start = text.indexOf(value);
  return {
    node,
    start,
    end: start + value.length,
    type,
    mode,
    counted: true,
    revealed: false,
    range: undefined,
    next: undefined,
    epoch: 1,
  };
}

describe('copy guard masking', () => {
  test('a value split across text nodes is masked whole where its pieces are side by side, and counted once', () => {
    const local = { data: 'ava' } as Text;
    const rest = { data: '.dummins@example.org' } as Text;
    const pieces = [entry('ava', 'ava', 'email', 'partial', local), entry(rest.data, rest.data, 'email', 'partial', rest)];
    joinPieces(pieces);
    expect(maskedSelection('Java fan: ava.dummins@example.org', pieces)).toBe('Java fan: a•••@e•••.org');
    expect(copyCounts(pieces)).toEqual({ email: 1 });
    // Pieces apart (a line break between them in the copied text): each piece is masked on its own.
    expect(maskedSelection('ava\n.dummins@example.org', pieces)).not.toMatch(/ava|dummins|example/);
  });

  test('replaces every masked value in the copied text by its mask, never leaving the value', () => {
    const row = 'ava.dummins@example.org\t(415) 555-0123\tSubscribed';
    const hits = [entry(row, 'ava.dummins@example.org', 'email', 'partial'), entry(row, '(415) 555-0123', 'phone', 'full')];
    const out = maskedSelection(row, hits);
    expect(out).toBe('a•••@e•••.org\t••••••••••••\tSubscribed');
    expect(out).not.toContain('555-0123');
  });
});

const RAW = 'Ava Dummins ava.dummins@example.org (415) 555-0123';

/** The open reason dialog's parts (Confidant's shadow root). */
function dialog() {
  const shadow = document.querySelector('confidant-prompt')?.shadowRoot;
  if (!shadow) return null;
  return {
    form: shadow.querySelector('form') as HTMLFormElement,
    input: shadow.querySelector('input') as HTMLInputElement,
    submit: shadow.querySelector('button[type="submit"]') as HTMLButtonElement,
    cancel: shadow.querySelector('.cancel') as HTMLButtonElement,
    error: shadow.querySelector('.error') as HTMLElement,
    message: (shadow.querySelector('.msg') as HTMLElement).textContent ?? '',
  };
}

function held(overrides: Partial<HeldCopy> = {}) {
  const records: CopyRecord[] = [];
  const written: string[] = [];
  const options: HeldCopy = {
    doc: document,
    text: RAW,
    counts: { email: 1, phone: 1 },
    total: 2,
    write: (_doc, text) => {
      written.push(text);
      return Promise.resolve();
    },
    log: (r) => records.push(r),
    ...overrides,
  };
  holdCopy(options);
  return { records, written };
}

afterEach(() => {
  document.querySelector('confidant-prompt')?.remove();
  document.querySelectorAll('confidant-notice').forEach((n) => n.remove());
  document.body.innerHTML = '';
});

describe('justify: a held copy', () => {
  test('asks for a reason naming types and counts only, and focuses the reason field', () => {
    held();
    const d = dialog();
    expect(d?.message).toContain('1 email address and 1 phone number');
    expect(d?.message).not.toContain('example.org');
    const box = d?.form.closest('[role="dialog"]');
    expect(box?.getAttribute('aria-label')).toBe('Reason to copy personal data');
    expect(document.querySelector('confidant-prompt')?.shadowRoot?.activeElement).toBe(d?.input);
  });

  test('a reason writes the real text to the clipboard and logs a justified copy with the reason', async () => {
    const { records, written } = held();
    const d = dialog();
    if (!d) throw new Error('no dialog');
    d.input.value = '  Refund for this customer  ';
    d.submit.click();
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(written).toEqual([RAW]);
    expect(records[0]).toEqual({ counts: { email: 1, phone: 1 }, decision: 'justified', reason: 'Refund for this customer' });
    expect(dialog()).toBeNull();
  });

  test('a blank reason writes nothing and keeps asking', async () => {
    const { records, written } = held();
    const d = dialog();
    if (!d) throw new Error('no dialog');
    d.input.value = '   ';
    d.form.requestSubmit();
    await Promise.resolve();
    expect(written).toEqual([]);
    expect(records).toEqual([]);
    expect(d.error.textContent).toMatch(/reason/);
    expect(dialog()).not.toBeNull();
  });

  test('Escape cancels: nothing is written and a cancelled copy is logged as blocked', () => {
    const { records, written } = held();
    const d = dialog();
    d?.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect(dialog()).toBeNull();
    expect(written).toEqual([]);
    expect(records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'blocked', outcome: 'cancelled-by-user' }]);
  });

  test('keys typed in the dialog do not reach the page', () => {
    held();
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key));
    dialog()?.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(seen).toEqual([]);
  });

  test('a refused clipboard write is said in the dialog and logged as blocked, not as copied', async () => {
    const { records } = held({ write: () => Promise.reject(new DOMException('Document is not focused', 'NotAllowedError')) });
    const d = dialog();
    if (!d) throw new Error('no dialog');
    d.input.value = 'Refund';
    d.submit.click();
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toEqual({
      counts: { email: 1, phone: 1 },
      decision: 'blocked',
      reason: 'Refund',
      outcome: 'clipboard-write-refused',
    });
    expect(d.error.textContent).toMatch(/refused.*nothing was copied/);
    expect(d.submit.hidden).toBe(true);
    // Closing after the failure logs nothing more.
    d.cancel.click();
    expect(dialog()).toBeNull();
    expect(records).toHaveLength(1);
  });

  test('a writer that throws counts as refused', async () => {
    const { records } = held({
      write: () => {
        throw new Error('no clipboard');
      },
    });
    const d = dialog();
    if (!d) throw new Error('no dialog');
    d.input.value = 'Refund';
    d.submit.click();
    await vi.waitFor(() => expect(records[0]?.outcome).toBe('clipboard-write-refused'));
  });
});

describe('copy guard on a page', () => {
  function page(action: 'justify' | 'block' | 'observe', options: { placed?: boolean; detect?: CopyGuardOptions['detect'] } = {}) {
    document.body.innerHTML = `<p id="row">${RAW}</p>`;
    const node = document.getElementById('row')?.firstChild as Text;
    const entries =
      options.placed === false
        ? []
        : [entry(RAW, 'ava.dummins@example.org', 'email', 'partial', node), entry(RAW, '(415) 555-0123', 'phone', 'full', node)];
    const scanner = {
      entriesIn: (range: Range, unscanned?: string[]) => {
        if (!range.intersectsNode(node)) return [];
        // Unplaced: the text stands for a <pre> block the page scan skipped.
        if (options.placed === false) unscanned?.push(RAW);
        return entries;
      },
    } as unknown as PageScanner;
    const records: CopyRecord[] = [];
    const written: string[] = [];
    const abort = new AbortController();
    installCopyGuard({
      doc: document,
      scanner,
      action: () => action,
      message: () => undefined,
      log: (r) => {
        records.push(r);
        return Promise.resolve();
      },
      signal: abort.signal,
      write: (_doc, text) => {
        written.push(text);
        return Promise.resolve();
      },
      ...(options.detect ? { detect: options.detect } : {}),
    });
    const copy = () => {
      const range = document.createRange();
      range.selectNodeContents(node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      document.dispatchEvent(event);
      return { event, text: event.clipboardData?.getData('text/plain') ?? '' };
    };
    /** Starts a drag of the selected text from its text node, as the browser does; returns what the drag carries. */
    const drag = () => {
      const range = document.createRange();
      range.selectNodeContents(node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const data = new DataTransfer();
      data.setData('text/plain', RAW);
      data.setData('text/html', `<p>${RAW}</p>`);
      const event = new DragEvent('dragstart', { dataTransfer: data, bubbles: true, cancelable: true });
      // happy-dom drops the init's dataTransfer; Chromium's is the drag's own (e2e/copy-guard.spec.ts drags for real).
      if (!event.dataTransfer) Object.defineProperty(event, 'dataTransfer', { value: data });
      node.dispatchEvent(event);
      return { plain: data.getData('text/plain'), html: data.getData('text/html'), cancelled: event.defaultPrevented };
    };
    return { copy, drag, records, written, abort };
  }

  test('justify holds the copy: only masks on the clipboard and nothing logged until the user decides', () => {
    const { copy, records } = page('justify');
    const { event, text } = copy();
    expect(event.defaultPrevented).toBe(true);
    expect(text).toBe('Ava Dummins a•••@e•••.org ••••••••••••');
    expect(records).toEqual([]);
    expect(dialog()).not.toBeNull();
  });

  test('justify with a reason puts the selected text on the clipboard', async () => {
    const { copy, records, written } = page('justify');
    copy();
    const d = dialog();
    if (!d) throw new Error('no dialog');
    d.input.value = 'Refund';
    d.submit.click();
    await vi.waitFor(() => expect(records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'justified', reason: 'Refund' }]));
    expect(written).toEqual([RAW]);
  });

  test('a second copy replaces a held one, which is logged as cancelled', () => {
    const { copy, records } = page('justify');
    copy();
    copy();
    expect(document.querySelectorAll('confidant-prompt')).toHaveLength(1);
    expect(records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'blocked', outcome: 'cancelled-by-user' }]);
  });

  test('a copy from inside the reason dialog is left alone', () => {
    const { copy, records } = page('justify');
    copy();
    const input = dialog()?.input;
    const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, composed: true, cancelable: true });
    input?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(document.querySelectorAll('confidant-prompt')).toHaveLength(1);
    expect(records).toEqual([]);
  });

  test('block logs at once and asks nothing; observe leaves the clipboard alone', () => {
    const blocked = page('block');
    expect(blocked.copy().text).not.toContain('555-0123');
    expect(blocked.records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'blocked' }]);
    expect(dialog()).toBeNull();
    blocked.abort.abort();
    const observed = page('observe');
    const { event } = observed.copy();
    expect(event.defaultPrevented).toBe(false);
    expect(observed.records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'observed' }]);
  });

  test('values in text the page scan skipped (a <pre> block) are found by the copy guard and masked too', () => {
    const settings = scanSettings(DEFAULT_POLICY);
    const plans = new Plans();
    plans.use(settings);
    const detect = (text: string) => textValues(text, plans.forLabel(''), settings);
    const blocked = page('block', { placed: false, detect });
    const { text } = blocked.copy();
    expect(text).toBe('Ava Dummins a•••@e•••.org •••23');
    expect(blocked.records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'blocked' }]);
    blocked.abort.abort();
    // Text the page scanned is not read again: each value is counted once.
    const both = page('block', { detect });
    expect(both.copy().text).toBe('Ava Dummins a•••@e•••.org ••••••••••••');
    expect(both.records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'blocked' }]);
  });

  test('a drag of the selection under block or justify carries the masked text and no markup, is not cancelled, and is logged as blocked', () => {
    for (const action of ['block', 'justify'] as const) {
      const { drag, records, abort } = page(action);
      const carried = drag();
      expect(carried).toEqual({ plain: 'Ava Dummins a•••@e•••.org ••••••••••••', html: '', cancelled: false });
      expect(records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'blocked' }]);
      // A drag cannot wait for a reason: no dialog, and the notice says to copy instead.
      expect(dialog()).toBeNull();
      const notice = document.querySelector('confidant-notice')?.shadowRoot?.textContent ?? '';
      expect(notice).toMatch(action === 'justify' ? /copy it and give a reason/ : /masked text in the drag/);
      document.querySelectorAll('confidant-notice').forEach((n) => n.remove());
      abort.abort();
    }
  });

  test('an observed drag carries the text as it is and is logged', () => {
    const { drag, records } = page('observe');
    expect(drag().plain).toBe(RAW);
    expect(records).toEqual([{ counts: { email: 1, phone: 1 }, decision: 'observed' }]);
  });
});

describe('copy guard on a dragged link', () => {
  const HREF = 'mailto:ava.dummins@example.org';
  const detectAddress = (text: string) => {
    const at = text.indexOf('ava.dummins@example.org');
    return at < 0 ? [] : [{ start: at, end: at + 23, type: 'email' as const, mode: 'partial' as const, counted: true }];
  };

  function dragLink(action: 'observe' | 'block', shownHref: string) {
    document.body.innerHTML = `<p><a id="mail" href="${shownHref}">Email Ava</a></p>`;
    const link = document.getElementById('mail') as HTMLAnchorElement;
    const records: CopyRecord[] = [];
    const abort = new AbortController();
    installCopyGuard({
      doc: document,
      scanner: { entriesIn: () => [] } as unknown as PageScanner,
      action: () => action,
      message: () => undefined,
      log: (r) => {
        records.push(r);
        return Promise.resolve();
      },
      detect: detectAddress,
      // The link guard shows the address masked while the pointer is over the link; this is its own.
      linkHref: () => HREF,
      signal: abort.signal,
    });
    const data = new DataTransfer();
    data.setData('text/uri-list', shownHref);
    data.setData('text/plain', shownHref);
    data.setData('text/html', `<a href="${shownHref}">Email Ava</a>`);
    const event = new DragEvent('dragstart', { bubbles: true, composed: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: data });
    link.dispatchEvent(event);
    abort.abort();
    return { records, uri: data.getData('text/uri-list'), plain: data.getData('text/plain'), html: data.getData('text/html') };
  }

  test("observed, the drag carries the link's own address, not the masked one the link shows, and is logged", () => {
    const { records, uri, plain, html } = dragLink('observe', 'mailto:a•••@e•••.org');
    expect([uri, plain, html]).toEqual([HREF, HREF, '']);
    expect(records).toEqual([{ counts: { email: 1 }, decision: 'observed' }]);
  });

  test('blocked, the drag carries the masked address only, its markup gone', () => {
    const { records, uri, plain, html } = dragLink('block', HREF);
    expect([uri, plain, html]).toEqual(['mailto:a•••@e•••.org', 'mailto:a•••@e•••.org', '']);
    expect(records).toEqual([{ counts: { email: 1 }, decision: 'blocked' }]);
  });
});
