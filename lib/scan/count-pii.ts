import { scanText } from '../detectors/index';
import type { PiiCounts, PiiType } from '../pii/types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** True for text that belongs to a script, a style or Confidant's own UI. */
function isSkipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (SKIP.has(el.tagName) || el.hasAttribute('data-confidant-ui')) return true;
  }
  return false;
}

/** Counts PII in the text under `root`. Pure over the DOM it is given: no globals. */
export function countPiiInRoot(root: Node, types?: readonly PiiType[]): PiiCounts {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const counts: PiiCounts = {};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue;
    if (!text || text.length < 3 || isSkipped(node)) continue;
    for (const finding of scanText(text, types ? { types } : {})) {
      counts[finding.type] = (counts[finding.type] ?? 0) + 1;
    }
  }
  return counts;
}
