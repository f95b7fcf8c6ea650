import type { TrainingRecord } from '../storage/training';
import { LESSONS } from './registry';

/**
 * The completion record an employee hands to their team lead. It holds the display name the
 * employee typed, the lessons, scores and dates: nothing about customers, no ids of the machine.
 */
export interface CompletionRecord {
  schema: 'confidant-training-record/1';
  displayName: string;
  generatedAt: string;
  lessons: {
    lesson: string;
    title: string;
    passed: boolean;
    bestScore: number;
    lastScore: number;
    attempts: number;
    passedAt: string | null;
    lastAttemptAt: string | null;
    nextReview: string | null;
  }[];
}

const iso = (ms: number | undefined) => (ms && ms > 0 ? new Date(ms).toISOString() : null);

/** Lessons attempted at least once, in the reading order. */
export function buildCompletionRecord(displayName: string, records: readonly TrainingRecord[], now: number): CompletionRecord {
  const byLesson = new Map(records.map((r) => [r.lesson, r]));
  return {
    schema: 'confidant-training-record/1',
    displayName: displayName.trim().slice(0, 80),
    generatedAt: new Date(now).toISOString(),
    lessons: LESSONS.flatMap((lesson) => {
      const r = byLesson.get(lesson.id);
      if (!r) return [];
      return [
        {
          lesson: lesson.id,
          title: lesson.text.en.title,
          passed: r.passedAt > 0,
          bestScore: r.bestScore,
          lastScore: r.lastScore,
          attempts: r.attempts,
          passedAt: iso(r.passedAt),
          lastAttemptAt: iso(r.lastAttemptAt),
          nextReview: r.passedAt > 0 ? iso(r.dueAt) : null,
        },
      ];
    }),
  };
}

export const recordFileName = (now: number) => `confidant-training-record-${new Date(now).toISOString().slice(0, 10)}.json`;
