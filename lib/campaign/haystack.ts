import type { TagPattern } from './dialects/types';
import type { CampaignDoc } from './html/document';

/**
 * The campaign's text and attribute values joined into a few long strings, so each merge-tag
 * pattern runs a handful of times per check instead of once per text node.
 */
export interface Haystacks {
  visible: string;
  hidden: string;
  /** Where each hidden segment starts in `hidden`, with why it is hidden. */
  hiddenMarks: { at: number; reason: string }[];
}

const SEP = '\u0000';

export function buildHaystacks(doc: CampaignDoc): Haystacks {
  const visible: string[] = [];
  const hidden: string[] = [];
  const hiddenMarks: Haystacks['hiddenMarks'] = [];
  let hiddenLength = 0;
  const add = (text: string, reason: string | null) => {
    if (!reason) {
      visible.push(text);
      return;
    }
    hiddenMarks.push({ at: hiddenLength, reason });
    hidden.push(text);
    hiddenLength += text.length + SEP.length;
  };
  for (const run of doc.runs) add(run.text, run.hidden);
  for (const attr of doc.attrs) add(attr.value, attr.hidden);
  return { visible: visible.join(SEP), hidden: hidden.join(SEP), hiddenMarks };
}

export interface TagHit {
  label: string;
  /** Null when the reader sees it; otherwise how it is hidden. */
  hidden: string | null;
}

function reasonAt(hay: Haystacks, index: number): string {
  let reason = 'hidden';
  for (const mark of hay.hiddenMarks) {
    if (mark.at > index) break;
    reason = mark.reason;
  }
  return reason;
}

/** Each pattern found, visible hits first. */
export function findTags(hay: Haystacks, patterns: readonly TagPattern[]): TagHit[] {
  const hits: TagHit[] = [];
  for (const p of patterns) {
    if (p.re.test(hay.visible)) {
      hits.push({ label: p.label, hidden: null });
      continue;
    }
    const m = p.re.exec(hay.hidden);
    if (m) hits.push({ label: p.label, hidden: reasonAt(hay, m.index) });
  }
  return hits;
}
