import { useRef, useState } from 'preact/hooks';
import type { T } from '../lib/i18n/t';
import type { QuizResult } from '../lib/training/progress';
import type { Lesson, LessonText } from '../lib/training/types';

export interface LessonViewProps {
  t: T;
  locale: string;
  lesson: Lesson;
  text: LessonText;
  /** The language the lesson text is in (may differ from the UI when no translation exists yet). */
  textLang: string;
  /** Shown above the lesson: passed, review due, required… (already translated). */
  statusLine: string | null;
  onSubmit: (answers: number[]) => Promise<QuizResult>;
}

/** One lesson and its quiz. Native radios and buttons, so it is fully keyboard-usable; focus moves to the result. */
export function LessonView({ t, locale, lesson, text, textLang, statusLine, onSubmit }: LessonViewProps) {
  // The lesson text may be in another language than the UI (fallback to English): mark UI strings inside it.
  const ui = locale;
  const [answers, setAnswers] = useState<number[]>(() => text.quiz.map(() => -1));
  const [result, setResult] = useState<QuizResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const quizRef = useRef<HTMLHeadingElement>(null);
  const wrong = new Set(result?.wrong ?? []);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await onSubmit(answers));
      queueMicrotask(() => resultRef.current?.focus());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  function retry() {
    setResult(null);
    setAnswers(text.quiz.map(() => -1));
    queueMicrotask(() => quizRef.current?.focus());
  }

  const graded = result !== null;
  return (
    <main class="lesson">
      <p>
        <a href="lesson.html">{t('lesson_back')}</a>
      </p>
      <article lang={textLang} aria-labelledby="lesson-title">
        <h1 id="lesson-title">{text.title}</h1>
        <p class="muted" lang={ui}>
          {t('lesson_meta', [lesson.minutes, Math.round(lesson.passMark * 100)])}
          {statusLine && ` · ${statusLine}`}
        </p>
        <p class="summary">{text.summary}</p>
        {text.sections.map((s) => (
          <section key={s.heading}>
            <h2>{s.heading}</h2>
            {s.paragraphs?.map((p) => (
              <p key={p}>{p}</p>
            ))}
            {s.bullets && (
              <ul>
                {s.bullets.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <form id="quiz" onSubmit={submit} aria-labelledby="quiz-heading">
          <h2 id="quiz-heading" ref={quizRef} tabIndex={-1} lang={ui}>
            {t('quiz_heading')}
          </h2>
          {text.quiz.map((q, qi) => (
            <fieldset key={q.id} data-question={q.id} class={graded ? (wrong.has(q.id) ? 'wrong' : 'right') : undefined} disabled={graded}>
              <legend>
                {qi + 1}. {q.prompt}
              </legend>
              {q.options.map((option, oi) => (
                <label key={oi} class="option">
                  <input
                    type="radio"
                    name={`q-${q.id}`}
                    value={oi}
                    required
                    checked={answers[qi] === oi}
                    onChange={() => setAnswers((prev) => prev.map((a, i) => (i === qi ? oi : a)))}
                  />{' '}
                  {option}
                </label>
              ))}
              {graded && (
                <p class="feedback" id={`feedback-${q.id}`}>
                  {wrong.has(q.id) ? (
                    <>
                      <strong lang={ui}>{t('quiz_wrong')}</strong> {q.explanation}
                    </>
                  ) : (
                    <strong lang={ui}>{t('quiz_right')}</strong>
                  )}
                </p>
              )}
            </fieldset>
          ))}
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          {!graded && (
            <button type="submit" disabled={busy} lang={ui}>
              {t('quiz_submit')}
            </button>
          )}
        </form>
        {result && (
          <section id="quiz-result" class={result.passed ? 'passed' : 'failed'} aria-labelledby="result-heading" lang={ui}>
            <h2 id="result-heading" ref={resultRef} tabIndex={-1}>
              {t(result.passed ? 'quiz_passed' : 'quiz_failed', [result.correct, result.total, result.score])}
            </h2>
            <p>{t(result.passed ? 'quiz_passed_next' : 'quiz_failed_next', [Math.round(lesson.passMark * 100)])}</p>
            {result.passed ? (
              <p>
                <a href="record.html" id="to-record">
                  {t('quiz_to_record')}
                </a>
              </p>
            ) : (
              <button type="button" id="retry" onClick={retry}>
                {t('quiz_retry')}
              </button>
            )}
          </section>
        )}
      </article>
    </main>
  );
}
