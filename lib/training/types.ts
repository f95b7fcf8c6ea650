import type { PageKind } from '../esp/types';

/** Locales a lesson may be written in. English is complete; others fall back to it. */
export type LessonLocale = 'en' | 'de';

export interface QuizQuestion {
  id: string;
  prompt: string;
  options: string[];
  /** Index into `options`. */
  answer: number;
  /** Shown when the answer given was wrong: why the right one is right. */
  explanation: string;
}

/** A rotating popup tip drawn from the lesson, for the page kinds it helps with. */
export interface LessonTip {
  id: string;
  pageKinds: PageKind[];
  text: string;
}

/** The words of a lesson in one language. */
export interface LessonText {
  title: string;
  /** One line under the title: what the reader will be able to do. */
  summary: string;
  /** Sections of short paragraphs and bullet lists; rendered in order. */
  sections: { heading: string; paragraphs?: string[]; bullets?: string[] }[];
  quiz: QuizQuestion[];
  tips: LessonTip[];
}

export interface Lesson {
  /** Equals the file name in lib/training/lessons/ (checked by the meta test). */
  id: string;
  /** Estimated reading and quiz time; lessons are 1-3 minutes. */
  minutes: 1 | 2 | 3;
  /** Share of questions to get right to pass, 0..1. */
  passMark: number;
  /** Where the facts come from: the seed article, or esp-reference.md §3 for added legal detail. */
  sources: string[];
  text: { en: LessonText } & Partial<Record<Exclude<LessonLocale, 'en'>, LessonText>>;
}

export function defineLesson(lesson: Lesson): Lesson {
  return lesson;
}

/** The lesson's words in the asked locale, English where no translation exists yet. */
export function lessonText(lesson: Lesson, locale: string): LessonText {
  const base = locale.slice(0, 2) as LessonLocale;
  return (base !== 'en' ? lesson.text[base] : undefined) ?? lesson.text.en;
}
