import type { EffectivePolicy } from '../policy/defaults';
import type { EspAdapter } from './types';

/** Every selector list an adapter declares, by the key a policy's `selectorOverrides` uses. */
export interface SelectorSet {
  subscriberRow: string[];
  exportButton: string[];
  editorSurface: string[];
  sendButton: string[];
  /** Controls that request an emailed export (adapter.exports.requestButton). */
  exportRequest: string[];
  editorFrames: string[];
}

export type SelectorKey = keyof SelectorSet;
export const SELECTOR_KEYS: readonly SelectorKey[] = [
  'subscriberRow',
  'exportButton',
  'editorSurface',
  'sendButton',
  'exportRequest',
  'editorFrames',
];

/**
 * The selectors in force for one adapter. ESP UIs drift faster than releases, so a policy may
 * replace any list: `selectorOverrides: { mailchimp: { exportButton: ['button.new-export'] } }`.
 * A list given by policy replaces the adapter's list for that key; unknown keys are ignored.
 */
export function effectiveSelectors(adapter: EspAdapter, policy: Pick<EffectivePolicy, 'selectorOverrides'>): SelectorSet {
  const base: SelectorSet = {
    ...adapter.selectors,
    exportRequest: adapter.exports.requestButton,
    editorFrames: adapter.editorFrames,
  };
  const overrides = policy.selectorOverrides[adapter.id] ?? {};
  const result = { ...base };
  for (const key of SELECTOR_KEYS) {
    const list = overrides[key];
    if (list) result[key] = list.filter((s) => isValidSelectorSyntax(s));
  }
  return result;
}

/** Cheap guard so a typo in a policy cannot make `querySelectorAll` throw on every click. */
function isValidSelectorSyntax(selector: string): boolean {
  if (!selector.trim() || selector.length > 300) return false;
  let depth = 0;
  for (const ch of selector) {
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
