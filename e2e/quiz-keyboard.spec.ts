import { expect, test, type Locator, type Page } from '@playwright/test';
import { newFellow, signInAs } from './fellow';

/** Presses Tab until the element has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 200) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}

test('with the keyboard only, a fellow enrols, is warned about unanswered questions, submits anyway and lands on the result summary', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await signInAs(context, await newFellow('Armen Petrosyan'));

  await page.goto('/en/courses/community-services-multiethnic/');
  await tabTo(page, page.getByRole('button', { name: 'Enrol on this course' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('You are enrolled. 0% complete.')).toBeVisible();

  await page.goto('/en/courses/community-services-multiethnic/green-inclusive-recovery/');
  const quiz = page.locator('ertad-quiz');
  const first = quiz.getByRole('group', { name: 'Question 1' });
  await tabTo(page, first.getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(first.getByRole('radio').first()).toBeChecked();

  await tabTo(page, quiz.getByRole('button', { name: 'Submit answers' }));
  await page.keyboard.press('Enter');
  const warning = quiz.locator('[data-quiz-unanswered]');
  await expect(warning).toBeFocused();
  await expect(warning).toContainText('These questions have no answer yet:');
  await expect(warning.getByRole('link', { name: 'Question 1', exact: true })).toHaveCount(0);
  await expect(warning.getByRole('link', { name: 'Question 2', exact: true })).toBeVisible();

  // A link in the warning takes the reader to the question itself.
  await page.keyboard.press('Tab');
  await expect(warning.getByRole('link', { name: 'Question 2', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('group', { name: 'Question 2' })).toBeFocused();

  await tabTo(page, warning.getByRole('button', { name: 'Submit anyway' }));
  await page.keyboard.press('Enter');
  const summary = quiz.getByRole('group', { name: 'Your result' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('not passed yet');
  await expect(summary).toContainText('Take another look at:');
  await expect(warning).toBeHidden();

  await page.keyboard.press('Tab');
  const review = summary.getByRole('link', { name: 'Question 2', exact: true });
  await expect(summary.getByRole('link').first()).toBeFocused();
  await review.focus();
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('group', { name: 'Question 2' })).toBeFocused();
});
