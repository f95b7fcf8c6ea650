import type { PageKind } from '../esp/types';
import { LESSONS } from './registry';
import { lessonText } from './types';

export interface Tip {
  id: string;
  text: string;
  /** The lesson that explains the tip in depth. */
  lesson: string;
}

const PAGE_KINDS: PageKind[] = ['audience', 'contact', 'campaign-editor', 'export', 'other'];

/** Tips are written inside the lessons they come from, so a tip and its lesson never drift apart. */
function tipsByKind(locale: string): Record<PageKind, Tip[]> {
  const byKind = Object.fromEntries(PAGE_KINDS.map((k) => [k, [] as Tip[]])) as Record<PageKind, Tip[]>;
  for (const lesson of LESSONS) {
    for (const tip of lessonText(lesson, locale).tips) {
      for (const kind of tip.pageKinds) byKind[kind].push({ id: tip.id, text: tip.text, lesson: lesson.id });
    }
  }
  return byKind;
}

/** English tips by page kind (the shape other modules and tests read). */
export const TIPS: Record<PageKind, Tip[]> = tipsByKind('en');

/** A tip for the page; `seed` rotates between tips of the same kind (the popup passes the minute). */
export function tipFor(pageKind: PageKind, seed = 0, locale = 'en'): Tip {
  const all = locale.startsWith('en') ? TIPS : tipsByKind(locale);
  const tips = all[pageKind].length > 0 ? all[pageKind] : all.other;
  return tips[Math.abs(seed) % tips.length] as Tip;
}
