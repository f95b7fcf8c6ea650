import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ConfidantDb } from '../storage/db';
import { hasPassed } from '../storage/training';
import { grade, nextRecord, recordAttempt, REVIEW_INTERVALS_DAYS } from './progress';
import { getLesson } from './registry';

const DAY = 86_400_000;
function must(id: string) {
  const found = getLesson(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found;
}
const lesson = must('can-spam'); // 4 questions, pass mark 3/4
const right = lesson.text.en.quiz.map((q) => q.answer);
const wrongAt = (...idx: number[]) => right.map((a, i) => (idx.includes(i) ? (a + 1) % 2 : a));

let db: ConfidantDb;
let n = 0;
beforeEach(() => {
  db = openDb(`confidant-progress-${n++}`);
});

describe('grading', () => {
  it('passes at the pass mark and names the wrong questions', () => {
    expect(grade(lesson, right)).toMatchObject({ correct: 4, total: 4, score: 100, passed: true, wrong: [] });
    expect(grade(lesson, wrongAt(0))).toMatchObject({ correct: 3, score: 75, passed: true, wrong: ['footer'] });
    expect(grade(lesson, wrongAt(0, 2))).toMatchObject({ correct: 2, score: 50, passed: false, wrong: ['footer', 'sender'] });
    expect(grade(lesson, [])).toMatchObject({ correct: 0, passed: false });
  });

  it('meets a 2/3 pass mark with exactly 2 of 3', () => {
    const three = must('casl');
    const answers = three.text.en.quiz.map((q, i) => (i === 0 ? (q.answer + 1) % 2 : q.answer));
    expect(grade(three, answers)).toMatchObject({ correct: 2, total: 3, passed: true });
  });
});

describe('spaced review', () => {
  it('brings a lesson back after 1, 7, 30, then 90 days of passes in a row', () => {
    let now = 1_000 * DAY;
    let record = nextRecord(undefined, grade(lesson, right), now);
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      gaps.push((record.dueAt - now) / DAY);
      now = record.dueAt;
      record = nextRecord(record, grade(lesson, right), now);
    }
    expect(REVIEW_INTERVALS_DAYS).toEqual([1, 7, 30, 90]);
    expect(gaps).toEqual([1, 7, 30, 90, 90]);
    expect(record.attempts).toBe(6);
    expect(record.passedAt).toBe(1_000 * DAY);
  });

  it('a failed review keeps the pass but makes the lesson due now and restarts the ladder', () => {
    const first = nextRecord(undefined, grade(lesson, right), DAY);
    const failed = nextRecord(first, grade(lesson, wrongAt(0, 1)), 5 * DAY);
    expect(failed).toMatchObject({ passedAt: DAY, dueAt: 5 * DAY, reviewStep: 0, lastScore: 50, bestScore: 100 });
    expect(nextRecord(failed, grade(lesson, right), 6 * DAY).dueAt).toBe(7 * DAY);
  });

  it('a lesson never passed has no review date', () => {
    expect(nextRecord(undefined, grade(lesson, []), 10).dueAt).toBe(0);
  });
});

describe('recordAttempt', () => {
  it('one failed attempt then a pass: progress row, two training.completed events, hasPassed', async () => {
    expect(await hasPassed(db, 'can-spam')).toBe(false);
    const fail = await recordAttempt(db, lesson, wrongAt(0, 1, 2), 1000);
    expect(fail.passed).toBe(false);
    expect(await hasPassed(db, 'can-spam')).toBe(false);
    const pass = await recordAttempt(db, lesson, right, 2000);
    expect(pass.passed).toBe(true);
    expect(await hasPassed(db, 'can-spam')).toBe(true);
    expect(await db.training.get('can-spam')).toMatchObject({
      attempts: 2,
      bestScore: 100,
      lastScore: 100,
      passedAt: 2000,
      lastAttemptAt: 2000,
      reviewStep: 1,
    });
    const events = await db.events.orderBy('at').toArray();
    expect(events.map((e) => e.kind === 'training.completed' && [e.lesson, e.score, e.passed])).toEqual([
      ['can-spam', 25, false],
      ['can-spam', 100, true],
    ]);
  });
});
