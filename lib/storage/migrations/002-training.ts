import type { Migration } from './types';

/** Version 2: training progress, one row per lesson (scores and dates only). */
export const m002Training: Migration = {
  version: 2,
  stores: { training: 'lesson, passedAt, dueAt' },
};
