import { STATE_KEYS } from '../lib/i18n/keys';
import type { T } from '../lib/i18n/t';
import type { LessonState } from '../lib/training/status';
import type { Lesson } from '../lib/training/types';
import { lessonText } from '../lib/training/types';

export interface LessonListProps {
  t: T;
  locale: string;
  lessons: readonly Lesson[];
  states: Record<string, { state: LessonState; bestScore: number | null }>;
}

/** All lessons with where the employee stands on each; required and due ones say so. */
export function LessonList({ t, locale, lessons, states }: LessonListProps) {
  return (
    <main class="lesson">
      <h1>{t('lessons_heading')}</h1>
      <p>{t('lessons_intro')}</p>
      <ul id="lessons" class="lesson-list">
        {lessons.map((lesson) => {
          const s = states[lesson.id] ?? { state: 'new' as const, bestScore: null };
          return (
            <li key={lesson.id} data-lesson={lesson.id} data-state={s.state}>
              <a href={`lesson.html?id=${lesson.id}`}>{lessonText(lesson, locale).title}</a>{' '}
              <span class={`state ${s.state}`}>{t(STATE_KEYS[s.state])}</span>
              <span class="muted">
                {' · '}
                {t('lesson_minutes', [lesson.minutes])}
                {s.bestScore !== null && ` · ${t('lesson_best', [s.bestScore])}`}
              </span>
            </li>
          );
        })}
      </ul>
      <p>
        <a href="record.html">{t('popup_record')}</a>
      </p>
    </main>
  );
}
