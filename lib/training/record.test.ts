import { describe, expect, it } from 'vitest';
import { buildCompletionRecord, recordFileName } from './record';

describe('completion record', () => {
  it('holds the chosen name, lessons, scores and dates, and nothing else', () => {
    const record = buildCompletionRecord(
      '  Sam (Marketing)  ',
      [
        {
          lesson: 'gdpr',
          attempts: 2,
          bestScore: 100,
          lastScore: 100,
          passedAt: Date.UTC(2026, 10, 2),
          dueAt: Date.UTC(2026, 10, 3),
          lastAttemptAt: Date.UTC(2026, 10, 2),
        },
        { lesson: 'casl', attempts: 1, bestScore: 33, lastScore: 33, passedAt: 0, dueAt: 0 },
        { lesson: 'not-a-lesson', attempts: 1, bestScore: 1, lastScore: 1, passedAt: 1, dueAt: 1 },
      ],
      Date.UTC(2026, 10, 29),
    );
    expect(record.displayName).toBe('Sam (Marketing)');
    expect(record.generatedAt).toBe('2026-11-29T00:00:00.000Z');
    expect(Object.keys(record).sort()).toEqual(['displayName', 'generatedAt', 'lessons', 'schema']);
    // Reading order of the registry; unknown lessons are dropped.
    expect(record.lessons.map((l) => l.lesson)).toEqual(['casl', 'gdpr']);
    const gdpr = record.lessons.find((l) => l.lesson === 'gdpr');
    expect(gdpr).toEqual({
      lesson: 'gdpr',
      title: 'GDPR for email marketers',
      passed: true,
      bestScore: 100,
      lastScore: 100,
      attempts: 2,
      passedAt: '2026-11-02T00:00:00.000Z',
      lastAttemptAt: '2026-11-02T00:00:00.000Z',
      nextReview: '2026-11-03T00:00:00.000Z',
    });
    expect(record.lessons.find((l) => l.lesson === 'casl')).toMatchObject({ passed: false, passedAt: null, nextReview: null });
  });

  it('names the file by date', () => {
    expect(recordFileName(Date.UTC(2026, 0, 5))).toBe('confidant-training-record-2026-01-05.json');
  });
});
