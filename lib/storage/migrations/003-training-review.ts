import type { Migration } from './types';

/** The row shape as of version 3 (copied, not imported: migrations must not follow later type changes). */
interface TrainingRowV3 {
  lesson: string;
  passedAt: number;
  lastAttemptAt?: number;
  reviewStep?: number;
}

/**
 * Version 3: spaced review. Rows gain `lastAttemptAt` (epoch ms) and `reviewStep` (how many passes in a
 * row, which picks the next review interval). Indexes are unchanged; existing rows get defaults.
 */
export const m003TrainingReview: Migration = {
  version: 3,
  stores: { training: 'lesson, passedAt, dueAt' },
  upgrade: async (tx) => {
    await tx
      .table<TrainingRowV3>('training')
      .toCollection()
      .modify((row) => {
        row.lastAttemptAt ??= row.passedAt;
        row.reviewStep ??= row.passedAt > 0 ? 1 : 0;
      });
  },
};
