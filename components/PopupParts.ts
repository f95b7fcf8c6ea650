import type { T } from '../lib/i18n/t';
import { lessonPath } from '../lib/training/links';
import { getLesson } from '../lib/training/registry';
import { lessonText } from '../lib/training/types';

/** What every popup part needs: the message function and the UI locale (for numbers and dates). */
export interface I18nProps {
  t: T;
  locale: string;
}

/** Lesson pages live beside the popup on the extension origin, so a relative link works from any page. */
export const lessonHref = lessonPath;

export const lessonTitle = (id: string, locale: string) => {
  const lesson = getLesson(id);
  return lesson ? lessonText(lesson, locale).title : id;
};

export const formatWhen = (ms: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
