import { expect, test, type Page } from '@playwright/test';
import { callApi, enrol, newFellow, signIn, storedRecords, type Fellow } from './fellows';
import { answerQuiz, quizFile } from './quiz-answers';

const COURSE = 'community-services-multiethnic';
const QUIZ = `${COURSE}-quiz`;
const MODULE_PAGE = `/en/courses/${COURSE}/green-inclusive-recovery/`;
const quiz = quizFile(COURSE, QUIZ);

const quizStatus = (page: Page) => page.locator('[data-quiz-status]');
const submit = (page: Page) => page.getByRole('button', { name: 'Submit answers' }).click();
const attemptsOf = (fellow: Fellow) => storedRecords('quiz_attempts', `user = "${fellow.id}"`);

async function enrolledFellow(page: Page, name: string) {
  const fellow = await newFellow(name);
  await enrol(fellow, COURSE);
  await signIn(page, fellow);
  return fellow;
}

test('a quiz is graded and stored once on a page without crypto.randomUUID, as on a plain-http origin', async ({
  page,
}) => {
  const fellow = await enrolledFellow(page, 'Nana Beridze');
  await page.addInitScript(() => {
    delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
  });
  await page.goto(MODULE_PAGE);
  expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
  await answerQuiz(page, quiz, { right: true });
  await submit(page);
  await expect(quizStatus(page)).toContainText('100% — passed.');
  const attempts = await attemptsOf(fellow);
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({
    score: 100,
    passed: true,
    attempt_number: 1,
    idempotency_key: expect.stringMatching(/^[0-9a-f]{32}$/),
  });
});

test('a guest is asked to sign in, and nothing is sent', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (request) => request.url().includes('/api/ertad/quizzes/') && sent.push(request.url()));
  await page.goto(MODULE_PAGE);
  await answerQuiz(page, quiz, { right: true });
  await submit(page);
  await expect(quizStatus(page)).toHaveText('Sign in to submit your answers; they are checked on the server.');
  expect(sent).toEqual([]);
});

test('a fellow not enrolled on the course is told to enrol, and no attempt is stored', async ({ page }) => {
  const fellow = await newFellow('Tamar Kapanadze');
  await signIn(page, fellow);
  await page.goto(MODULE_PAGE);
  await answerQuiz(page, quiz, { right: true });
  await submit(page);
  await expect(quizStatus(page)).toHaveText('Enrol on this course to take its quiz.');
  expect(await attemptsOf(fellow)).toEqual([]);
});

test('a fellow who used every attempt is told to ask their coordinator, and no fourth attempt is stored', async ({
  page,
}) => {
  const fellow = await enrolledFellow(page, 'Aytan Mammadova');
  for (let attempt = 1; attempt <= quiz.maxAttempts; attempt++) {
    await callApi(`/api/ertad/quizzes/${QUIZ}/attempts`, {
      token: fellow.token,
      method: 'POST',
      body: { answers: {}, idempotencyKey: `e2e-used-attempt-${fellow.id}-${attempt}`, lang: 'en' },
    });
  }
  await page.goto(MODULE_PAGE);
  await answerQuiz(page, quiz, { right: true });
  await submit(page);
  await expect(quizStatus(page)).toHaveText(
    'You have used all your attempts for this quiz. Ask your coordinator if you need another.',
  );
  expect(await attemptsOf(fellow)).toHaveLength(quiz.maxAttempts);
});

test('answers whose reply is lost stay on the page with the offline message, and sending them again stores one attempt', async ({
  page,
}) => {
  const fellow = await enrolledFellow(page, 'Armen Petrosyan');
  await page.goto(MODULE_PAGE);
  await answerQuiz(page, quiz, { right: false });
  // The server grades and stores the attempt, but the reply never reaches the browser.
  await page.route('**/api/ertad/quizzes/*/attempts', async (route) => {
    await route.fetch();
    await route.abort('internetdisconnected');
  });
  await submit(page);
  await expect(quizStatus(page)).toHaveText(
    'Your answers could not be sent: you seem to be offline. They are still here; try again when you are connected.',
  );
  expect(await attemptsOf(fellow)).toHaveLength(1);
  await expect(page.getByRole('radio', { checked: true }).first()).toBeVisible();

  await page.unroute('**/api/ertad/quizzes/*/attempts');
  await submit(page);
  await expect(quizStatus(page)).toContainText('not passed yet. Attempts left: 2.');
  expect(await attemptsOf(fellow)).toHaveLength(1);
});

test('answers sent with the network off get the offline message and are graded once sent online', async ({
  page,
  context,
}) => {
  const fellow = await enrolledFellow(page, 'Levan Tsiklauri');
  await page.goto(MODULE_PAGE);
  await answerQuiz(page, quiz, { right: true });
  await context.setOffline(true);
  await submit(page);
  await expect(quizStatus(page)).toContainText('you seem to be offline');
  await context.setOffline(false);
  await submit(page);
  await expect(quizStatus(page)).toContainText('100% — passed.');
  expect(await attemptsOf(fellow)).toHaveLength(1);
});
