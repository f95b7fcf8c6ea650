import type { ConfidantDb } from './db';

/** Progress on one lesson: attempts, best score and dates. No personal data. */
export interface TrainingRecord {
  lesson: string;
  attempts: number;
  bestScore: number;
  lastScore: number;
  /** Epoch ms of the first pass, or 0 while not passed (indexed, so not null). */
  passedAt: number;
  /** Epoch ms when the lesson is due for review (spaced repetition), or 0. */
  dueAt: number;
  /** Epoch ms of the latest quiz attempt (migration 003). */
  lastAttemptAt?: number;
  /** Passes in a row; picks the next spaced-review interval (migration 003). */
  reviewStep?: number;
}

export async function hasPassed(db: ConfidantDb, lesson: string): Promise<boolean> {
  const record = await db.training.get(lesson);
  return !!record && record.passedAt > 0;
}
