import { m001Events } from './001-events';
import { m002Training } from './002-training';
import { m003TrainingReview } from './003-training-review';
import type { Migration } from './types';

/** In version order. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [m001Events, m002Training, m003TrainingReview];
