import { describe, expect, it } from 'vitest';
import type { TrainingRecord } from '../storage/training';
import { lessonState, summarizeTraining } from './status';

const rec = (lesson: string, passedAt: number, dueAt: number): TrainingRecord => ({
  lesson,
  attempts: 1,
  bestScore: 100,
  lastScore: 100,
  passedAt,
  dueAt,
});
const NOW = Date.parse('2026-11-29T12:00:00Z');

describe('lesson state', () => {
  it.each([
    ['new', undefined, undefined],
    ['required', undefined, { lesson: 'gdpr' }],
    ['required', undefined, { lesson: 'gdpr', due: '2026-12-31T00:00:00Z' }],
    ['overdue', undefined, { lesson: 'gdpr', due: '2026-11-01T00:00:00Z' }],
    ['passed', rec('gdpr', 1, NOW + 1), { lesson: 'gdpr', due: '2026-11-01T00:00:00Z' }],
    ['review-due', rec('gdpr', 1, NOW - 1), undefined],
    ['new', rec('gdpr', 0, 0), undefined],
  ] as const)('%s', (expected, record, requirement) => {
    expect(lessonState(record, requirement, NOW)).toBe(expected);
  });

  it('summarises open required lessons (overdue first) and reviews due', () => {
    const summary = summarizeTraining(
      [rec('gdpr', 1, NOW - 1), rec('casl', 1, NOW + 1)],
      [{ lesson: 'can-spam', due: '2027-01-01T00:00:00Z' }, { lesson: 'casl' }, { lesson: 'opt-outs', due: '2026-01-01T00:00:00Z' }],
      NOW,
    );
    expect(summary).toEqual({
      open: [
        { lesson: 'opt-outs', due: '2026-01-01T00:00:00Z', state: 'overdue' },
        { lesson: 'can-spam', due: '2027-01-01T00:00:00Z', state: 'required' },
      ],
      reviewsDue: ['gdpr'],
      passed: 2,
    });
  });
});
