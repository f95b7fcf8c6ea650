import { scanText } from '../detectors/index';
import { maskValue } from '../pii/mask';
import { describeCount } from '../pii/describe';
import type { PiiType } from '../pii/types';

export const MIN_JUSTIFICATION = 8;
export const MAX_JUSTIFICATION = 500;

/**
 * A gentle warning when a justification seems to hold personal data ("export jane@… for Bob"),
 * or null. Counts and types only: the warning never repeats the value.
 */
export function justificationWarning(text: string): string | null {
  const findings = scanText(text);
  if (findings.length === 0) return null;
  const counts = new Map<PiiType, number>();
  // Custom policy patterns only run where a policy passes them; this scan uses the built-in types.
  for (const f of findings) if (f.type !== 'custom') counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const what = [...counts].map(([type, n]) => describeCount(type, n)).join(', ');
  return `Your reason seems to contain personal data (${what}). Describe the purpose instead; it will be stored masked.`;
}

/** What the audit log keeps: trimmed, bounded, with any detected personal value masked. */
export function sanitizeJustification(text: string): string {
  const trimmed = text.trim().slice(0, MAX_JUSTIFICATION);
  let out = '';
  let last = 0;
  for (const f of scanText(trimmed)) {
    if (f.start < last) continue;
    out += trimmed.slice(last, f.start) + maskValue(f.type, trimmed.slice(f.start, f.end));
    last = f.end;
  }
  return out + trimmed.slice(last);
}
