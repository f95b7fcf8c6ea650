import type { MaskEntry } from './entries';
import type { FieldMasks } from './field-masks';
import { maskedHref } from './link-guard';
import type { PageScanner } from './scanner';
import { maskText, type TextValue } from './text-values';

export interface PrintGuardOptions {
  doc: Document;
  scanner: PageScanner;
  /** The document's form fields (field-masks.ts), if it has any masked. */
  fields?: FieldMasks;
  /** Finds values in plain text with the policy's settings (text-values.ts): for link addresses. */
  detect: (text: string) => readonly TextValue[];
  signal: AbortSignal;
}

/**
 * Printing the page, and "Save as PDF". A highlight makes a value's glyphs transparent, but a
 * transparent glyph is still text in a PDF: a saved list page held every address, ready to be
 * selected, searched or copied out of the file. Overlays are fixed to the screen and misplaced on
 * paper, and only the rows near the viewport are highlighted at all.
 *
 * So while the page prints (from `beforeprint` to `afterprint`), each masked value's text is its
 * masked form (`a•••@e•••.org`, or dots), in the page's text nodes and in its form fields, every
 * row of a long table included, and in its links' addresses (a PDF keeps each link, `mailto:`
 * and all); then the page's own text is put back exactly. This is the one
 * time Confidant writes to the page's text, and the scan does not take it for a change of the
 * page's (PageScanner.withoutObserving). Values the user revealed print as they show.
 */
export function installPrintGuard(options: PrintGuardOptions): void {
  const { doc, scanner, signal } = options;
  const win = doc.defaultView;
  if (!win) return;
  /** The texts changed for the print: what they held, and the masked text put in. */
  let swapped: Map<Text, { data: string; masked: string }> | null = null;
  /** The links whose address was masked for the print: what it held, and the masked address. */
  let links: Map<Element, { href: string; masked: string }> | null = null;

  const before = () => {
    if (swapped) return;
    const masker = scanner.masker(doc);
    const masked = maskedTexts(masker.allMasked());
    swapped = new Map();
    const changed = swapped;
    const addresses = (links = new Map());
    scanner.withoutObserving(() => {
      for (const [node, text] of masked) {
        changed.set(node, { data: node.data, masked: text });
        node.data = text;
      }
      for (const link of doc.querySelectorAll('a[href], area[href]')) {
        const href = link.getAttribute('href') ?? '';
        const hidden = maskedHref(href, options.detect);
        if (hidden === href) continue;
        addresses.set(link, { href, masked: hidden });
        link.setAttribute('href', hidden);
      }
    });
    masker.suspend(true);
    options.fields?.print(true);
  };
  const after = () => {
    const changed = swapped;
    if (!changed) return;
    swapped = null;
    scanner.withoutObserving(() => {
      // A text the page changed during the print keeps the page's change.
      for (const [node, { data, masked }] of changed) if (node.data === masked) node.data = data;
      for (const [link, { href, masked }] of links ?? []) if (link.getAttribute('href') === masked) link.setAttribute('href', href);
    });
    links = null;
    scanner.masker(doc).suspend(false);
    options.fields?.print(false);
  };
  win.addEventListener('beforeprint', before, { signal });
  win.addEventListener('afterprint', after, { signal });
  signal.addEventListener('abort', after);
}

/** Each text node holding masked values, with its text as printed: every value in its masked form (maskText). */
export function maskedTexts(entries: readonly MaskEntry[]): Map<Text, string> {
  const byNode = new Map<Text, MaskEntry[]>();
  for (const e of entries) {
    if (e.mode === 'off' || e.revealed || !e.node.isConnected) continue;
    const list = byNode.get(e.node);
    if (list) list.push(e);
    else byNode.set(e.node, [e]);
  }
  const out = new Map<Text, string>();
  for (const [node, list] of byNode) {
    const text = maskText(node.data, list);
    if (text !== node.data) out.set(node, text);
  }
  return out;
}
