import type { Action } from '../policy/schema';
import { fullMask, maskValue } from '../pii/mask';
import type { PiiCounts } from '../pii/types';
import { entryValue, type MaskEntry } from './entries';
import { showNotice } from './prompt';
import type { PageScanner } from './scanner';

export type CopyDecision = 'observed' | 'warned' | 'blocked';

export interface CopyGuardOptions {
  doc: Document;
  scanner: PageScanner;
  action: () => Action;
  message: () => string | undefined;
  log: (counts: PiiCounts, decision: CopyDecision) => Promise<void>;
  signal: AbortSignal;
}

/** Masked entries the selection touches. */
export function selectedEntries(selection: Selection, scanner: PageScanner): MaskEntry[] {
  if (selection.rangeCount === 0 || selection.isCollapsed) return [];
  const range = selection.getRangeAt(0);
  const hits: MaskEntry[] = [];
  for (const e of scanner.entriesIn(range)) {
    const from = e.node === range.startContainer ? range.startOffset : 0;
    const to = e.node === range.endContainer ? range.endOffset : Number.POSITIVE_INFINITY;
    if (e.mode !== 'off' && !e.revealed && e.end > from && e.start < to) hits.push(e);
  }
  return hits;
}

/** The selected text with every masked value replaced by its mask. */
export function maskedSelection(text: string, hits: MaskEntry[]): string {
  let out = text;
  for (const e of hits) {
    const value = entryValue(e);
    if (!value) continue;
    const masked = e.type === 'custom' || e.mode === 'full' ? fullMask(value) : maskValue(e.type, value);
    out = out.split(value).join(masked);
  }
  return out;
}

/**
 * Copying masked values: `observe` logs, `warn` logs and tells the user, `justify` and `block`
 * replace the clipboard with the masked text (a copy event cannot wait for a typed reason).
 */
export function installCopyGuard(options: CopyGuardOptions): void {
  const onCopy = (event: ClipboardEvent) => {
    const action = options.action();
    if (action === 'off') return;
    const selection = options.doc.getSelection();
    if (!selection) return;
    const hits = selectedEntries(selection, options.scanner);
    if (hits.length === 0) return;
    const counts: PiiCounts = {};
    for (const e of hits) if (e.type !== 'custom') counts[e.type] = (counts[e.type] ?? 0) + 1;
    let decision: CopyDecision = 'observed';
    if (action === 'block' || action === 'justify') {
      event.preventDefault();
      event.clipboardData?.setData('text/plain', maskedSelection(selection.toString(), hits));
      decision = 'blocked';
      showNotice(options.doc, options.message() ?? 'Confidant copied the masked text: personal data stays in the ESP.');
    } else if (action === 'warn') {
      decision = 'warned';
      showNotice(options.doc, options.message() ?? `You copied ${hits.length} masked value(s) of personal data. Handle them with care.`);
    }
    void options.log(counts, decision).catch(() => undefined);
  };
  options.doc.addEventListener('copy', onCopy, { capture: true, signal: options.signal });
}
