import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LessonList } from '../../components/LessonList';
import { LessonView } from '../../components/LessonView';
import { STATE_KEYS } from '../../lib/i18n/keys';
import { createT } from '../../lib/i18n/t';
import { createClient, type Envelope } from '../../lib/messaging/protocol';
import { openDb } from '../../lib/storage/db';
import { recordAttempt } from '../../lib/training/progress';
import { getLesson, LESSONS } from '../../lib/training/registry';
import { lessonState, type LessonState } from '../../lib/training/status';
import { lessonText } from '../../lib/training/types';

const t = createT((key, subs) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs));
const locale = browser.i18n.getUILanguage();
const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));

/** Extension pages share the background's IndexedDB origin, so progress is read and written here directly. */
async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = locale;
  const db = openDb();
  const [records, popupState] = await Promise.all([db.training.toArray(), send('popup:getState', { tabId: null }).catch(() => null)]);
  // Required lessons come from the policy in force (via the background); without it nothing is marked required.
  const open = new Map((popupState?.training.open ?? []).map((o) => [o.lesson, o]));
  const now = Date.now();
  const states: Record<string, { state: LessonState; bestScore: number | null }> = {};
  for (const lesson of LESSONS) {
    const record = records.find((r) => r.lesson === lesson.id);
    const req = open.get(lesson.id);
    states[lesson.id] = {
      state: lessonState(record, req ? { lesson: req.lesson, due: req.due ?? undefined } : undefined, now),
      bestScore: record?.bestScore ?? null,
    };
  }

  const id = new URLSearchParams(location.search).get('id');
  const lesson = id ? getLesson(id) : undefined;
  if (!lesson) {
    document.title = t('lessons_heading');
    render(
      <>
        {id && (
          <p role="alert" class="error">
            {t('lesson_not_found')}
          </p>
        )}
        <LessonList t={t} locale={locale} lessons={LESSONS} states={states} />
      </>,
      app,
    );
  } else {
    const text = lessonText(lesson, locale);
    const textLang = text === lesson.text.en ? 'en' : locale.slice(0, 2);
    const state = states[lesson.id]?.state ?? 'new';
    document.title = text.title;
    render(
      <LessonView
        t={t}
        locale={locale}
        lesson={lesson}
        text={text}
        textLang={textLang}
        statusLine={t(STATE_KEYS[state])}
        onSubmit={(answers) => recordAttempt(db, lesson, answers)}
      />,
      app,
    );
  }
  document.documentElement.dataset.ready = '1';
}

void main();
