import { expect, test } from '@playwright/test';
import { answerQuiz, quizFile } from './quiz-answers';

const COURSE = 'community-services-multiethnic';
const password = 'a-long-enough-password';

test('a fellow signs up, enrols, reads two modules, fails then passes the quiz, and sees the course completed at 100%', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/en/signup/');
  await page.getByLabel('Full name').fill('Gulnara Aliyeva');
  await page.getByLabel('Email').fill(`learner-${Date.now()}@test.ertad.example`);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/$/);
  await expect(page.getByText('You are not enrolled on any course yet.')).toBeVisible();

  await page.goto(`/en/courses/${COURSE}/`);
  await page.getByRole('button', { name: 'Enrol on this course' }).click();
  await expect(page.getByText('You are enrolled. 0% complete.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enrol on this course' })).toBeHidden();

  for (const module of ['water-and-health-services', 'reaching-ethnic-minority-communities']) {
    await page.goto(`/en/courses/${COURSE}/${module}/`);
    await expect(page.getByText('Read to the end to complete this module.')).toBeVisible();
    await page.locator('ertad-module-progress').scrollIntoViewIfNeeded();
    await expect(page.getByText('Module completed.')).toBeVisible();
  }

  await page.goto(`/en/courses/${COURSE}/`);
  await expect(page.getByText('You are enrolled. 66% complete.')).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw' }).click();
  await expect(
    page.getByText('You withdrew from this course. Your progress is kept: enrol again to continue.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Enrol on this course' }).click();
  await expect(page.getByText('You are enrolled. 66% complete.')).toBeVisible();

  const quiz = quizFile(COURSE, `${COURSE}-quiz`);
  await page.goto(`/en/courses/${COURSE}/green-inclusive-recovery/`);
  await answerQuiz(page, quiz, { right: false });
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.locator('[data-quiz-status]')).toContainText('not passed yet. Attempts left: 2.');
  await expect(page.getByText('Not right.').first()).toBeVisible();
  await expect(page.locator('[data-quiz-status]')).toContainText(
    'The right answers and explanations appear once you pass.',
  );
  await expect(page.locator('.quiz-right-option')).toHaveCount(0);

  await page.reload();
  await answerQuiz(page, quiz, { right: true });
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.locator('[data-quiz-status]')).toContainText('100% — passed.');
  await expect(page.locator('.quiz-right-option').first()).toHaveText(' (right answer)');

  await page.goto(`/en/courses/${COURSE}/`);
  await expect(page.getByText('You completed this course. Its modules stay open for you to revisit.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw' })).toBeHidden();
  await page.goto('/en/dashboard/');
  const card = page.getByRole('listitem').filter({ hasText: 'Community services' });
  await expect(card.getByRole('progressbar')).toHaveAttribute('value', '100');
  await expect(card.getByText('All modules completed. Well done!')).toBeVisible();
  await expect(page.getByText('100% — passed')).toBeVisible();
});
