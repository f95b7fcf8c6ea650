import type { TrainingRecord } from '../storage/training';

export type LessonState = 'new' | 'passed' | 'review-due' | 'required' | 'overdue';

export interface Requirement {
  lesson: string;
  due?: string;
}

/**
 * Where a lesson stands for one employee. Required lessons not yet passed are `required`, or
 * `overdue` after their due date; passed lessons whose review date has come are `review-due`.
 */
export function lessonState(record: TrainingRecord | undefined, requirement: Requirement | undefined, now: number): LessonState {
  const passed = !!record && record.passedAt > 0;
  if (!passed) {
    if (!requirement) return 'new';
    const due = requirement.due ? Date.parse(requirement.due) : NaN;
    return Number.isFinite(due) && due < now ? 'overdue' : 'required';
  }
  return record.dueAt > 0 && record.dueAt <= now ? 'review-due' : 'passed';
}

export interface TrainingSummary {
  /** Required lessons not passed yet, overdue first. */
  open: { lesson: string; due: string | null; state: 'required' | 'overdue' }[];
  /** Passed lessons whose spaced review has come. */
  reviewsDue: string[];
  passed: number;
}

export function summarizeTraining(records: readonly TrainingRecord[], required: readonly Requirement[], now: number): TrainingSummary {
  const byLesson = new Map(records.map((r) => [r.lesson, r]));
  const open: TrainingSummary['open'] = [];
  for (const req of required) {
    const state = lessonState(byLesson.get(req.lesson), req, now);
    if (state === 'required' || state === 'overdue') open.push({ lesson: req.lesson, due: req.due ?? null, state });
  }
  open.sort((a, b) => (a.state === b.state ? 0 : a.state === 'overdue' ? -1 : 1));
  const reviewsDue = records.filter((r) => lessonState(r, undefined, now) === 'review-due').map((r) => r.lesson);
  return { open, reviewsDue, passed: records.filter((r) => r.passedAt > 0).length };
}
