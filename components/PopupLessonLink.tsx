import { lessonHref, lessonTitle, type I18nProps } from './PopupParts';

/** "Learn why: <lesson title>": opens the lesson page in a new tab. */
export function PopupLessonLink({
  t,
  locale,
  lesson,
  label = 'popup_learn_why',
}: I18nProps & { lesson: string; label?: 'popup_learn_why' | 'popup_tip_lesson' }) {
  return (
    <a class="lesson-link" href={lessonHref(lesson)} target="_blank" rel="noopener" data-lesson={lesson}>
      {t(label, [lessonTitle(lesson, locale)])}
    </a>
  );
}
