import { scanCell, type ColumnPlan } from '../detectors/index';
import { fullMask, maskValue } from '../pii/mask';
import type { PiiType } from '../pii/types';
import type { MaskMode } from '../policy/schema';
import { entryValue, type MaskEntry } from './entries';
import { maskModeOf, type ScanSettings } from './policy-options';
import { isCounted } from './recorder';

/**
 * Values found in a text that is not a page's text node (a form field's value, a copied
 * selection): where they are, their type, and their mask under the policy. Offsets only, never a
 * copy of the value.
 */
export interface TextValue {
  start: number;
  end: number;
  type: PiiType | 'custom';
  mode: MaskMode;
  /** Counted in the page's counts: built-in types, except a name part under its own label. */
  counted: boolean;
}

/** Runs the detectors over `text` with a label's plan (plans.ts) under the policy's settings. */
export function textValues(text: string, plan: ColumnPlan, settings: ScanSettings): TextValue[] {
  return scanCell(text, plan, settings.engine).map((f) => ({
    start: f.start,
    end: f.end,
    type: f.type,
    mode: maskModeOf(settings, f),
    counted: isCounted(f),
  }));
}

/**
 * The text with each value in its masked form (`a•••@e•••.org`), or as dots when fully masked;
 * the text around values as written, and values whose mask is `off` as they are. Of two values
 * that overlap, the first is masked whole and the rest of the second as dots: no part of either
 * is left in clear. A value past the end of the text (a stale one) is cut at its end.
 */
export function maskText(text: string, found: readonly Pick<TextValue, 'start' | 'end' | 'type' | 'mode'>[]): string {
  let out = '';
  let at = 0;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    const end = Math.min(f.end, text.length);
    if (end <= at) continue;
    const from = Math.max(f.start, at);
    const raw = text.slice(from, end);
    out += text.slice(at, from);
    out += from === f.start ? maskedForm(f.type, f.mode, raw) : f.mode === 'off' ? raw : fullMask(raw);
    at = end;
  }
  return out + text.slice(at);
}

/** How a value shows under its mask mode: as it is (`off`), as dots (`full`, custom patterns), or in its masked form. */
export function maskedForm(type: PiiType | 'custom', mode: MaskMode, raw: string): string {
  if (mode === 'off') return raw;
  return mode === 'full' || type === 'custom' ? fullMask(raw) : maskValue(type, raw);
}

/**
 * `text` with the values the detectors find in its first `max` characters masked (maskText), the
 * rest as it is: a tooltip, a tab title or a notification is read in part when it is long, so that
 * what the page puts there cannot make detection long.
 */
export function maskFound(text: string, detect: (text: string) => readonly TextValue[], max: number): string {
  const read = text.length > max ? text.slice(0, max) : text;
  return maskText(read, detect(read)) + text.slice(read.length);
}

/**
 * `text` with the page's masked values it repeats in their masked forms: a tooltip or a tab title
 * that repeats a name the scan found through its column or heading, which the detectors cannot
 * find in the bare text.
 */
export function maskRepeated(text: string, entries: Iterable<MaskEntry>): string {
  let masked = text;
  for (const entry of entries) {
    if (entry.mode === 'off') continue;
    const value = entryValue(entry);
    if (value.trim() && masked.includes(value)) masked = masked.split(value).join(maskedForm(entry.type, entry.mode, value));
  }
  return masked;
}
