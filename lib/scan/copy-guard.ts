import type { Action } from '../policy/schema';
import { describeCount } from '../pii/describe';
import type { PiiCounts, PiiType } from '../pii/types';
import { entryValue, piecesOf, wholeValue, type MaskEntry } from './entries';
import { CLIPBOARD_CHANNEL, answerPageRequests } from './page-channel';
import { maskText, maskedForm, type TextValue } from './text-values';
import { flatText } from './flat-text';
import { linkOf, maskedHref, percentDecoded } from './link-guard';
import { UI_ATTR } from './masker';
import { openReasonDialog, showNotice, type ReasonDialog } from './prompt';
import type { PageScanner } from './scanner';

export type CopyDecision = 'observed' | 'warned' | 'justified' | 'blocked';
/** Why a held (`justify`) copy did not reach the clipboard. */
export type CopyOutcome = 'cancelled-by-user' | 'clipboard-write-refused';

/** What the audit log learns about one copy: counts by type, never the text. */
export interface CopyRecord {
  counts: PiiCounts;
  decision: CopyDecision;
  /** The user's reason for a held copy (the background masks any personal value in it). */
  reason?: string;
  outcome?: CopyOutcome;
}

/** Puts text on the clipboard; rejects when the browser refuses. */
export type ClipboardWriter = (doc: Document, text: string) => Promise<void>;

export const writeClipboard: ClipboardWriter = (doc, text) => {
  const clipboard = doc.defaultView?.navigator.clipboard;
  return clipboard ? clipboard.writeText(text) : Promise.reject(new Error('No clipboard API'));
};

/** Copied text read by the detectors, at most (a whole 50k-row table selected is megabytes: about 40 ms for this much). */
const MAX_COPY_SCAN = 1_000_000;

export interface CopyGuardOptions {
  doc: Document;
  scanner: PageScanner;
  action: () => Action;
  message: () => string | undefined;
  log: (record: CopyRecord) => Promise<void>;
  signal: AbortSignal;
  /** Finds values in plain text with the policy's settings (text-values.ts); absent, only the page's masked values count. */
  detect?: (text: string) => readonly TextValue[];
  /** How a justified copy reaches the clipboard (tests replace it). */
  write?: ClipboardWriter;
  /** A link's own address, also while the link guard shows it masked (link-guard.ts). */
  linkHref?: (link: Element) => string | null;
}

/** Masked entries the selection touches. */
export function selectedEntries(selection: Selection, scanner: PageScanner, unscanned?: string[], roots?: ShadowRoot[]): MaskEntry[] {
  if (selection.rangeCount === 0 || selection.isCollapsed) return [];
  const range = selection.getRangeAt(0);
  const hits: MaskEntry[] = [];
  for (const e of scanner.entriesIn(range, unscanned, roots)) {
    const from = e.node === range.startContainer ? range.startOffset : 0;
    const to = e.node === range.endContainer ? range.endOffset : Number.POSITIVE_INFINITY;
    if (e.mode !== 'off' && !e.revealed && e.end > from && e.start < to) hits.push(e);
  }

  return hits;
}

/**
 * The selected text with every masked value replaced by its mask. A value the page split across
 * elements is masked whole where its pieces sit side by side in the text (`<mark>ava</mark>.dummins@…`
 * copies as `ava.dummins@…`), and piece by piece where they do not (a line break between them).
 */
export function maskedSelection(text: string, hits: MaskEntry[]): string {
  let out = text;
  for (const pieces of values(hits)) {
    const first = pieces[0] as MaskEntry;
    const whole = wholeValue(first);
    if (whole && out.includes(whole)) {
      out = out.split(whole).join(maskedForm(first.type, first.mode, whole));
      continue;
    }
    for (const e of pieces) {
      const value = entryValue(e);
      if (value) out = out.split(value).join(maskedForm(e.type, e.mode, value));
    }
  }
  return out;
}

/** The values the hits belong to, each once, as its pieces (one for a value held whole by one text node). */
function values(hits: MaskEntry[]): (readonly MaskEntry[])[] {
  const seen = new Set<MaskEntry>();
  const out: (readonly MaskEntry[])[] = [];
  for (const e of hits) {
    const pieces = piecesOf(e);
    const first = pieces[0] as MaskEntry;
    if (seen.has(first)) continue;
    seen.add(first);
    out.push(pieces);
  }
  return out;
}

/** A value found in text the page scan skipped, with its text (held only while the copy is handled). */
interface UnplacedValue extends TextValue {
  value: string;
}

function unplacedValues(texts: readonly string[], detect: (text: string) => readonly TextValue[]): UnplacedValue[] {
  const out: UnplacedValue[] = [];
  let budget = MAX_COPY_SCAN;
  for (const text of texts) {
    if (budget <= 0) break;
    const read = text.length > budget ? text.slice(0, budget) : text;
    budget -= read.length;
    for (const v of detect(read)) if (v.mode !== 'off') out.push({ ...v, value: read.slice(v.start, v.end) });
  }
  return out;
}

/** Adds a value the detectors found in copied text to a copy's counts (counted built-in types only: custom patterns are not in the counts contract). */
function countValue(counts: PiiCounts, v: TextValue): void {
  if (v.counted && v.type !== 'custom') counts[v.type] = (counts[v.type] ?? 0) + 1;
}

/** Counts by type of the masked values a copy holds, a split value once (custom patterns are not in the counts contract). */
export function copyCounts(hits: MaskEntry[]): PiiCounts {
  const counts: PiiCounts = {};
  for (const [e] of values(hits)) if (e && e.type !== 'custom') counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}

/** "2 email addresses and 1 phone number" (types and counts, never a value). */
function describeCounts(counts: PiiCounts, total: number): string {
  const parts = (Object.entries(counts) as [PiiType, number][]).map(([type, n]) => describeCount(type, n));
  if (parts.length === 0) return `${total} masked value(s)`;
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) as string}`;
}

export interface HeldCopy {
  doc: Document;
  /** The real selected text, kept in memory only until the user decides. */
  text: string;
  counts: PiiCounts;
  total: number;
  message?: string;
  write: ClipboardWriter;
  log: (record: CopyRecord) => void;
}

/**
 * `justify`: the copy is held (the clipboard already has only the masked text) while Confidant asks
 * for a reason. A non-empty reason writes the real text from the submit handler, which carries the
 * user's activation; a refused write is said in the dialog and logged as `blocked`, never as copied.
 */
export function holdCopy(held: HeldCopy): ReasonDialog {
  const what = describeCounts(held.counts, held.total);
  const message =
    held.message ??
    `This copy holds ${what}. Only the masked text is on the clipboard. To copy the real text, give a reason; it is logged.`;
  return openReasonDialog(held.doc, {
    message,
    title: 'Reason to copy personal data',
    submitLabel: 'Copy with this reason',
    onSubmit: (reason) => {
      let writing: Promise<void>;
      try {
        writing = held.write(held.doc, held.text);
      } catch (error) {
        writing = Promise.reject(error);
      }
      return writing.then(
        () => {
          held.log({ counts: held.counts, decision: 'justified', reason });
          showNotice(held.doc, `Copied ${what}. Your reason is logged.`);
          return null;
        },
        () => {
          held.log({ counts: held.counts, decision: 'blocked', reason, outcome: 'clipboard-write-refused' });
          return 'The browser refused to write to the clipboard, so nothing was copied. Copy again to retry.';
        },
      );
    },
    onCancel: () => held.log({ counts: held.counts, decision: 'blocked', outcome: 'cancelled-by-user' }),
  });
}

/** What a copy or a drag of the selection holds: its text, the masked values in it, and their counts. */
interface SelectionValues {
  /** The real selected text, kept in memory only while the copy or drag is handled. */
  text: string;
  /** The text with every value masked. */
  masked: string;
  counts: PiiCounts;
  total: number;
}

function selectionValues(selection: Selection, options: CopyGuardOptions): SelectionValues | null {
  const unscanned: string[] = [];
  const roots: ShadowRoot[] = [];
  const hits = selectedEntries(selection, options.scanner, unscanned, roots);
  // The browser's copy holds the text of the shadow roots in the selection, which toString() leaves out.
  const text = roots.length > 0 && selection.rangeCount > 0 ? flatText(selection.getRangeAt(0)) : selection.toString();
  // Text the page scan skips (a <pre> or <code> block, a node past its first 50,000 characters)
  // is read here, so that a blocked copy holds none of its values either.
  const unplaced = options.detect ? unplacedValues(unscanned, options.detect) : [];
  if (hits.length === 0 && unplaced.length === 0) return null;
  const counts = copyCounts(hits);
  for (const v of unplaced) countValue(counts, v);
  let masked = maskedSelection(text, hits);
  for (const v of unplaced) masked = masked.split(v.value).join(maskedForm(v.type, v.mode, v.value));
  return { text, masked, counts, total: values(hits).length + unplaced.length };
}

/** An event in Confidant's own UI (the reason the user is typing) is not about page content. */
const inOwnUi = (event: Event) => event.composedPath().some((n) => (n as Element).hasAttribute?.(UI_ATTR));

/**
 * Copying masked values: `observe` logs, `warn` logs and tells the user, `block` replaces the
 * clipboard with the masked text, `justify` does the same and then asks for a reason before it
 * puts the real text on the clipboard (holdCopy).
 *
 * Dragging a selection out of the page (into a spreadsheet, another tab) carries the same text, so
 * it is judged the same way and logged as a copy. A drag cannot wait for a reason: under `justify`
 * it carries the masked text, and the notice says to copy instead.
 *
 * The page's own clipboard writes (a "Copy email" button: `navigator.clipboard.writeText`, which
 * fires no copy event) reach the guard from the page's world (page-clipboard-bridge.ts) and are
 * judged as copies of the values the detectors find in their text.
 */
export function installCopyGuard(options: CopyGuardOptions): void {
  const { doc } = options;
  const log = (record: CopyRecord) => void options.log(record).catch(() => undefined);
  let held: ReasonDialog | null = null;

  /**
   * Applies the policy to a copy (or, with `drag`, a drag) of `found`, and returns the text the
   * clipboard or the drag is to carry: the masked text under `block` and `justify`, else the text.
   */
  const judge = (found: SelectionValues, action: Action, drag: boolean): string => {
    const { text, masked, counts, total } = found;
    if (action === 'justify' && !drag) {
      held?.close(); // a newer copy replaces a held one, which counts as cancelled
      held = holdCopy({ doc, text, counts, total, message: options.message(), write: options.write ?? writeClipboard, log });
      return masked;
    }
    if (action === 'block' || action === 'justify') {
      const notice = !drag
        ? 'Confidant copied the masked text: personal data stays in the ESP.'
        : action === 'justify'
          ? 'Confidant put the masked text in the drag. To move the real text, copy it and give a reason.'
          : 'Confidant put the masked text in the drag: personal data stays in the ESP.';
      showNotice(doc, options.message() ?? notice);
      log({ counts, decision: 'blocked' });
      return masked;
    }
    if (action === 'warn') {
      showNotice(
        doc,
        options.message() ?? `You ${drag ? 'dragged' : 'copied'} ${total} masked value(s) of personal data. Handle them with care.`,
      );
      log({ counts, decision: 'warned' });
    } else {
      log({ counts, decision: 'observed' });
    }
    return text;
  };

  const onCopy = (event: ClipboardEvent) => {
    const action = options.action();
    if (action === 'off' || inOwnUi(event)) return;
    const selection = doc.getSelection();
    const found = selection && selectionValues(selection, options);
    if (!found) return;
    const carried = judge(found, action, false);
    if (carried === found.text) return;
    event.preventDefault();
    event.clipboardData?.setData('text/plain', carried);
  };
  const onDragStart = (event: DragEvent) => {
    const action = options.action();
    if (action === 'off' || inOwnUi(event)) return;
    const selection = doc.getSelection();
    const target = event.target as Node | null;
    // A drag of the selected text (from a text node in it), else of a link (or an image in one).
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !target || !selection.getRangeAt(0).intersectsNode(target)) {
      const link = linkOf(event.composedPath());
      if (link) onLinkDrag(event, link, action);
      return;
    }
    const found = selectionValues(selection, options);
    if (!found) return;
    const carried = judge(found, action, true);
    if (carried === found.text) return;
    // The browser filled in the text and its markup: both go, the masked text comes in.
    const data = event.dataTransfer;
    data?.clearData();
    data?.setData('text/plain', carried);
  };
  /**
   * A link dragged out of the page carries its address (and its text, in the markup): judged as a
   * copy of the values in them. The browser filled in the drag before this event, with the address
   * the link showed, which the link guard masks while the pointer is over it: the drag gets the
   * link's own address when the policy lets the copy through, the masked one otherwise.
   */
  const onLinkDrag = (event: DragEvent, link: Element, action: Action) => {
    const href = options.linkHref?.(link) ?? link.getAttribute('href') ?? '';
    const found = options.detect ? linkValues(href, link.textContent ?? '', options.detect) : null;
    if (!found) return;
    const carried = judge(found, action, true);
    const data = event.dataTransfer;
    if (!data) return;
    const url = carried === found.text ? absolute(href, doc) : found.masked;
    data.clearData();
    data.setData('text/uri-list', url);
    data.setData('text/plain', url);
  };
  /** What the page's own clipboard write is to write instead (page-clipboard-bridge.ts): null, its own text. */
  const onPageWrite = (text: string): string | null => {
    const action = options.action();
    if (action === 'off' || !options.detect) return null;
    const found = writtenValues(text, options.detect);
    return found ? judge(found, action, false) : null;
  };
  doc.addEventListener('copy', onCopy, { capture: true, signal: options.signal });
  doc.addEventListener('dragstart', onDragStart, { capture: true, signal: options.signal });
  answerPageRequests(doc, CLIPBOARD_CHANNEL, onPageWrite, options.signal);
  options.signal.addEventListener('abort', () => held?.close());
}

/**
 * What a dragged link carries: its address (`text`) and, masked, the address as the link guard
 * shows it; counted once per value found in the address or in the link's text (a mail link
 * repeats its address).
 */
function linkValues(href: string, linkText: string, detect: (text: string) => readonly TextValue[]): SelectionValues | null {
  const counts: PiiCounts = {};
  const seen = new Set<string>();
  for (const text of [percentDecoded(href), linkText]) {
    const read = text.length > MAX_COPY_SCAN ? text.slice(0, MAX_COPY_SCAN) : text;
    for (const v of detect(read)) {
      const value = read.slice(v.start, v.end);
      if (v.mode === 'off' || seen.has(value)) continue;
      seen.add(value);
      countValue(counts, v);
    }
  }
  if (seen.size === 0) return null;
  return { text: href, masked: maskedHref(href, detect), counts, total: seen.size };
}

/** The address as the browser resolves it against the page (what a dragged link carries). */
function absolute(href: string, doc: Document): string {
  try {
    return new URL(href, doc.baseURI).href;
  } catch {
    return href;
  }
}

/** What a text the page writes to the clipboard holds: the values the detectors find in it (its first MAX_COPY_SCAN characters). */
function writtenValues(text: string, detect: (text: string) => readonly TextValue[]): SelectionValues | null {
  const read = text.length > MAX_COPY_SCAN ? text.slice(0, MAX_COPY_SCAN) : text;
  const found = detect(read).filter((v) => v.mode !== 'off');
  if (found.length === 0) return null;
  const counts: PiiCounts = {};
  for (const v of found) countValue(counts, v);
  return { text, masked: maskText(read, found) + text.slice(read.length), counts, total: found.length };
}
