import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { getLesson } from '../lib/training/registry';
import { expectNoSeriousA11yViolations } from './axe';
import { dumpExtensionStorage, expect, readEvents, test } from './fixtures';

const lesson = getLesson('can-spam');
if (!lesson) throw new Error('can-spam lesson missing');
const quiz = lesson.text.en.quiz;
const rightAnswers = quiz.map((q) => q.answer);
// Two of four wrong: below the 3/4 pass mark.
const failingAnswers = rightAnswers.map((a, i) => (i < 2 ? (a + 1) % (quiz[i]?.options.length ?? 2) : a));

/** Answers the quiz with the keyboard only: Tab into each radio group, Space picks the first option, arrows move. */
async function answerByKeyboard(page: Page, answers: number[]) {
  for (const [i, q] of quiz.entries()) {
    for (let presses = 0; presses < 60; presses++) {
      const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
      if (name === `q-${q.id}`) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.locator(`input[name="q-${q.id}"]:focus`)).toHaveCount(1);
    await page.keyboard.press('Space');
    const first = await page.evaluate(() => Number((document.activeElement as HTMLInputElement).value));
    for (let k = first; k < (answers[i] ?? 0); k++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`input[name="q-${q.id}"][value="${answers[i]}"]`)).toBeChecked();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check my answers' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a lesson with one failed attempt then a pass is recorded, logged and on the completion record', async ({
  context,
  extensionId,
  background,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/lesson.html`);
  await page.waitForSelector('html[data-ready="1"]');
  await expect(page.locator('#lessons li')).toHaveCount(13);
  await expect(page.locator('#lessons li[data-lesson="can-spam"]')).toContainText('Not started');
  await page.locator('#lessons li[data-lesson="can-spam"] a').click();
  await page.waitForSelector('html[data-ready="1"]');
  await expect(page.locator('h1')).toHaveText(lesson.text.en.title);
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');

  // Attempt 1: two wrong answers.
  await answerByKeyboard(page, failingAnswers);
  await expect(page.locator('#result-heading')).toHaveText('Not passed yet: 2 of 4 correct (50%)');
  await expect(page.locator('#result-heading')).toBeFocused();
  for (const q of quiz.slice(0, 2)) await expect(page.locator(`#feedback-${q.id}`)).toContainText(q.explanation);
  await expect(page.locator(`#feedback-${quiz[2]?.id}`)).toHaveText('Correct.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-heading')).toBeFocused();

  // Attempt 2: all right.
  await answerByKeyboard(page, rightAnswers);
  await expect(page.locator('#result-heading')).toHaveText('Passed: 4 of 4 correct (100%)');

  const completed = (await readEvents(context, extensionId)).filter((e) => e.kind === 'training.completed');
  expect(completed.map((e) => [e.lesson, e.score, e.passed])).toEqual([
    ['can-spam', 50, false],
    ['can-spam', 100, true],
  ]);

  // The list now shows the pass; the record holds it with the name the employee typed.
  await page.goto(`chrome-extension://${extensionId}/lesson.html`);
  await expect(page.locator('#lessons li[data-lesson="can-spam"]')).toContainText('Passed');
  await expect(page.locator('#lessons li[data-lesson="can-spam"]')).toContainText('best score 100%');

  const record = await context.newPage();
  await record.goto(`chrome-extension://${extensionId}/record.html`);
  await record.waitForSelector('html[data-ready="1"]');
  await record.getByLabel('Your name as it should appear on the record').fill('Sam R.');
  const row = record.locator('#record-table tr[data-lesson="can-spam"]');
  await expect(row).toContainText('CAN-SPAM');
  await expect(row).toContainText('Passed');
  await expect(row).toContainText('100%');
  await expect(row.locator('td').nth(2)).toHaveText('2');
  await expect(record.locator('#record-table tbody tr')).toHaveCount(1);

  const [download] = await Promise.all([record.waitForEvent('download'), record.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^confidant-training-record-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(fs.readFileSync((await download.path()) as string, 'utf8'));
  expect(Object.keys(json).sort()).toEqual(['displayName', 'generatedAt', 'lessons', 'schema']);
  expect(json).toMatchObject({ schema: 'confidant-training-record/1', displayName: 'Sam R.' });
  expect(json.lessons).toEqual([
    expect.objectContaining({ lesson: 'can-spam', passed: true, bestScore: 100, lastScore: 100, attempts: 2 }),
  ]);

  // The name persists for the next visit, and is the only personal value at rest.
  await record.reload();
  await expect(record.getByLabel('Your name as it should appear on the record')).toHaveValue('Sam R.');
  const stored = await dumpExtensionStorage(context, extensionId, background);
  expect(stored).toContain('Sam R.');
  expect(stored).not.toMatch(/@/);
});

test('lesson, lesson list, record and options pages pass the axe check in light and dark themes', async ({ context, extensionId }) => {
  const page = await context.newPage();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['lesson.html?id=on-screen-exposure', 'lesson.html', 'record.html', 'options.html']) {
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector('html[data-ready="1"]');
      await expectNoSeriousA11yViolations(page, `${path} (${scheme})`);
    }
  }
  // After a graded attempt the feedback and result must pass too.
  await page.goto(`chrome-extension://${extensionId}/lesson.html?id=on-screen-exposure`);
  await page.waitForSelector('html[data-ready="1"]');
  await page.locator('input[type=radio][value="0"]').evaluateAll((inputs) => inputs.forEach((i) => (i as HTMLInputElement).click()));
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.locator('#quiz-result')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'lesson after grading');
});

test('an unknown lesson id shows the list with a clear message', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/lesson.html?id=nope`);
  await expect(page.getByRole('alert')).toHaveText('That lesson does not exist. Choose one from the list.');
  await expect(page.locator('#lessons li')).toHaveCount(13);
});
