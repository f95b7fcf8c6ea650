import { appendEvent } from '../storage/audit-log';
import type { ConfidantDb } from '../storage/db';
import type { TrainingRecord } from '../storage/training';
import type { Lesson } from './types';

const DAY = 86_400_000;
/** Spaced review: after the 1st, 2nd, 3rd, 4th+ pass in a row the lesson comes back after these many days. */
export const REVIEW_INTERVALS_DAYS = [1, 7, 30, 90] as const;

export interface QuizResult {
  lesson: string;
  correct: number;
  total: number;
  /** Whole percent, 0..100. */
  score: number;
  passed: boolean;
  /** Question ids answered wrongly (or left out), in quiz order. */
  wrong: string[];
}

/** Grades answers (option indexes, in question order; -1 or missing = unanswered). */
export function grade(lesson: Lesson, answers: readonly number[]): QuizResult {
  const quiz = lesson.text.en.quiz; // translations keep question order and answers, so grading uses one key
  const wrong = quiz.filter((q, i) => answers[i] !== q.answer).map((q) => q.id);
  const correct = quiz.length - wrong.length;
  return {
    lesson: lesson.id,
    correct,
    total: quiz.length,
    score: Math.round((correct / quiz.length) * 100),
    // A small epsilon so a pass mark of 2/3 is met by exactly 2 of 3.
    passed: correct / quiz.length + 1e-9 >= lesson.passMark,
    wrong,
  };
}

/** The training row after an attempt: pure, so the review schedule is table-tested. */
export function nextRecord(previous: TrainingRecord | undefined, result: QuizResult, now: number): TrainingRecord {
  const attempts = (previous?.attempts ?? 0) + 1;
  const bestScore = Math.max(previous?.bestScore ?? 0, result.score);
  const passedAt = previous?.passedAt || (result.passed ? now : 0);
  let reviewStep = previous?.reviewStep ?? 0;
  let dueAt: number;
  if (result.passed) {
    const interval = REVIEW_INTERVALS_DAYS[Math.min(reviewStep, REVIEW_INTERVALS_DAYS.length - 1)] ?? 90;
    dueAt = now + interval * DAY;
    reviewStep += 1;
  } else {
    // A failed review starts the ladder again; a lesson never passed has no review date.
    reviewStep = 0;
    dueAt = passedAt > 0 ? now : 0;
  }
  return { lesson: result.lesson, attempts, bestScore, lastScore: result.score, passedAt, dueAt, lastAttemptAt: now, reviewStep };
}

/** Grades, stores the progress row and logs `training.completed`, in one transaction. */
export async function recordAttempt(db: ConfidantDb, lesson: Lesson, answers: readonly number[], now = Date.now()): Promise<QuizResult> {
  const result = grade(lesson, answers);
  await db.transaction('rw', db.training, db.events, async () => {
    const previous = await db.training.get(lesson.id);
    await db.training.put(nextRecord(previous, result, now));
    await appendEvent(db, {
      kind: 'training.completed',
      at: now,
      esp: null,
      host: '',
      pageKind: 'other',
      lesson: lesson.id,
      score: result.score,
      passed: result.passed,
    });
  });
  return result;
}
