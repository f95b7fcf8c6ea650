import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSONS, getLesson } from '../../lib/training/registry';
import { TIPS, tipFor } from '../../lib/training/tips';
import { lessonText } from '../../lib/training/types';
import { CHECK_LESSONS, RULE_LESSONS } from '../../lib/training/check-lessons';
import { EVENT_LESSONS } from '../../lib/training/event-lessons';
import { DEFAULT_POLICY } from '../../lib/policy/defaults';

const LESSON_DIR = path.resolve(import.meta.dirname, '../../lib/training/lessons');
const lessonFiles = fs
  .readdirSync(LESSON_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

/** The topics issue 7 asks the lessons to cover, by lesson id. */
const REQUIRED_TOPICS = [
  'what-is-confidentiality',
  'data-that-needs-protection',
  'protecting-data',
  'gdpr',
  'ccpa-cpra',
  'can-spam',
  'casl',
  'consent-and-privacy-notices',
  'opt-outs',
  'audits',
  'breaches',
  'exporting-safely',
  'on-screen-exposure',
];

const words = (l: (typeof LESSONS)[number]) =>
  l.text.en.sections
    .flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.bullets ?? [])])
    .join(' ')
    .split(/\s+/).length;

describe('training registry', () => {
  it('lists every lesson file, and each lesson id equals its file name', () => {
    expect(LESSONS.map((l) => l.id).sort(), 'A lesson file is missing from lib/training/registry.ts? Add it there.').toEqual(
      [...lessonFiles].sort(),
    );
  });

  it('covers every topic the issue names, with at least 10 lessons', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(10);
    for (const id of REQUIRED_TOPICS) expect(getLesson(id), `No lesson '${id}'`).toBeDefined();
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: 3-5 questions, each with options, a valid answer and an explanation',
    (_id, lesson) => {
      const quiz = lesson.text.en.quiz;
      expect(quiz.length).toBeGreaterThanOrEqual(3);
      expect(quiz.length).toBeLessThanOrEqual(5);
      expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
      for (const q of quiz) {
        expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
        expect(q.answer, q.id).toBeGreaterThanOrEqual(0);
        expect(q.answer, q.id).toBeLessThan(q.options.length);
        expect(q.explanation.length, `${q.id} needs an explanation`).toBeGreaterThan(20);
      }
      expect(lesson.passMark).toBeGreaterThan(0.5);
      expect(lesson.passMark).toBeLessThanOrEqual(1);
      // A pass mark that no whole number of right answers can meet exactly would be confusing.
      expect(Math.ceil(lesson.passMark * quiz.length - 1e-9)).toBeLessThanOrEqual(quiz.length);
      expect(lesson.sources.length).toBeGreaterThan(0);
    },
  );

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s: reads in 1-3 minutes', (_id, lesson) => {
    const n = words(lesson);
    // About 200 words a minute, with the quiz taking the rest of the time.
    expect(n).toBeGreaterThanOrEqual(80);
    expect(n).toBeLessThanOrEqual(450);
    expect(lesson.minutes).toBeGreaterThanOrEqual(1);
    expect(lesson.minutes).toBeLessThanOrEqual(3);
  });

  it('every lesson that tips, checks and rules point to exists', () => {
    const referenced = [
      ...Object.values(TIPS).flatMap((tips) => tips.map((t) => t.lesson)),
      ...Object.values(CHECK_LESSONS),
      ...Object.values(RULE_LESSONS),
      ...Object.values(EVENT_LESSONS),
      ...(DEFAULT_POLICY.exports.requiredLesson ? [DEFAULT_POLICY.exports.requiredLesson] : []),
    ];
    for (const id of referenced) expect(getLesson(id), `'${id}' is referenced but has no lesson file`).toBeDefined();
    // The ids other modules were built against must keep existing.
    for (const id of ['on-screen-exposure', 'protecting-data', 'can-spam', 'exporting-safely']) expect(getLesson(id)).toBeDefined();
  });

  it('tip ids are unique and every page kind has a tip', () => {
    const ids = LESSONS.flatMap((l) => l.text.en.tips.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const tips of Object.values(TIPS)) expect(tips.length).toBeGreaterThan(0);
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: the German text keeps the quiz shape, sections and tips of the English',
    (_id, lesson) => {
      const { en, de } = lesson.text;
      expect(de, 'every lesson has a German text (lessons/de/<id>.ts)').toBeDefined();
      if (!de) return;
      // Grading uses the English answer keys, so question order, answers and option counts must match.
      expect(de.quiz.map((q) => [q.id, q.answer, q.options.length])).toEqual(en.quiz.map((q) => [q.id, q.answer, q.options.length]));
      for (const q of de.quiz) expect(q.explanation.length, q.id).toBeGreaterThan(20);
      expect(de.sections.map((s) => [s.paragraphs?.length ?? 0, s.bullets?.length ?? 0])).toEqual(
        en.sections.map((s) => [s.paragraphs?.length ?? 0, s.bullets?.length ?? 0]),
      );
      expect(de.tips.map((t) => [t.id, t.pageKinds])).toEqual(en.tips.map((t) => [t.id, t.pageKinds]));
      expect(de.title).not.toBe(en.title);
    },
  );

  it('picks the text by UI locale and falls back to English', () => {
    const lesson = getLesson('gdpr');
    expect(lesson && lessonText(lesson, 'de-DE').title).toBe('DSGVO für E-Mail-Marketing');
    expect(lesson && lessonText(lesson, 'fr').title).toBe('GDPR for email marketers');
    expect(tipFor('export', 0, 'de').text).not.toBe(tipFor('export', 0, 'en').text);
    expect(tipFor('export', 0, 'de').lesson).toBe(tipFor('export', 0, 'en').lesson);
  });
});
