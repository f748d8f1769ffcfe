import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoSeriousAxeViolations } from './axe';

const pageTypes = {
  catalogue: (lang: string) => `/${lang}/courses/`,
  course: (lang: string) => `/${lang}/courses/gesi-foundations/`,
  module: (lang: string) => `/${lang}/courses/gesi-foundations/what-gesi-means/`,
  'module with a quiz': (lang: string) => `/${lang}/courses/gesi-foundations/gesi-in-project-cycle/`,
  programme: (lang: string) => `/${lang}/programs/social-work/`,
  glossary: (lang: string) => `/${lang}/glossary/`,
  'dashboard (signed out)': (lang: string) => `/${lang}/dashboard/`,
  'translations report for trainers': (lang: string) => `/${lang}/trainer/translations/`,
};

for (const lang of ['ka', 'en']) {
  for (const [type, path] of Object.entries(pageTypes)) {
    test(`the ${lang} ${type} page has no serious accessibility violation`, async ({ page }) => {
      const response = await page.goto(path(lang));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoSeriousAxeViolations(page);
    });
  }
}

// The Azerbaijani and Armenian texts are new: their module, quiz and report pages get the same check.
for (const lang of ['az', 'hy']) {
  for (const type of ['module', 'module with a quiz', 'translations report for trainers'] as const) {
    test(`the ${lang} ${type} page has no serious accessibility violation`, async ({ page }) => {
      const response = await page.goto(pageTypes[type](lang));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoSeriousAxeViolations(page);
    });
  }
}

test('every page type and the home page fit a 360 px phone in every language', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['ka', 'en', 'az', 'hy']) {
    for (const [type, path] of [
      ...Object.entries(pageTypes),
      ['home', () => `/${lang}/`],
      ['programme (YPP)', () => `/${lang}/programs/ypp/`],
    ] as const) {
      await page.goto(path(lang));
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${lang} ${type}`).toBe(
        true,
      );
    }
  }
});

test('the catalogue filters courses by programme from the keyboard', async ({ page }) => {
  await page.goto('/en/courses/');
  const cards = page.locator('.course-card:visible');
  await expect(cards).toHaveCount(4);
  const programme = page.getByLabel('Programme');
  // Tab to the filter as a keyboard user does: no click, no focus() from the test.
  for (let presses = 0; presses < 40 && !(await programme.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(programme).toBeFocused();
  // Typing an option's first letters picks it in a closed select.
  await page.keyboard.type('Social Work');
  await expect(programme.locator('option:checked')).toHaveText('Social Work Fellowship');
  await expect(cards).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'GESI foundations' })).toBeHidden();
});

// Every starter module now exists in all four languages; tests/build/translation-fallback.test.ts builds a
// fixture with a missing translation to check the fallback notice and its links.
test('a module written in Armenian is shown in Armenian without a notice', async ({ page }) => {
  await page.goto('/hy/courses/gesi-foundations/what-gesi-means/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
  await expect(page.locator('article.module')).toHaveAttribute('lang', 'hy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ինչ է նշանակում GESI');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
});

test('a module written in Azerbaijani is shown in Azerbaijani without a notice', async ({ page }) => {
  await page.goto('/az/courses/gesi-foundations/what-gesi-means/');
  await expect(page.locator('article.module')).toHaveAttribute('lang', 'az');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
});

test('the quiz on an Azerbaijani page is in Azerbaijani, from its title to every option', async ({ page }) => {
  const quiz = parse(readFileSync('courses/gesi-foundations/quizzes/gesi-foundations-quiz.yaml', 'utf8'));
  await page.goto('/az/courses/gesi-foundations/gesi-in-project-cycle/');
  const form = page.locator('ertad-quiz');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText(quiz.title.az);
  await expect(form.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'az');
  for (const question of quiz.questions) {
    const group = form.getByRole('group', { name: question.prompt.az });
    await expect(group).toBeVisible();
    for (const option of question.options ?? [])
      await expect(group.getByText(option.text.az, { exact: true })).toBeVisible();
  }
  await expect(form.getByRole('radio', { name: 'Doğrudur' }).first()).toBeVisible();
  // Nothing of the quiz is left in Georgian.
  expect(await form.innerText()).not.toMatch(/[\u10D0-\u10FF]/);
});

test('the catalogue finds every course fully in Azerbaijani and fully in Armenian', async ({ page }) => {
  for (const [lang, label] of [
    ['az', 'Yalnız tam Azərbaycan dilində olan kurslar'],
    ['hy', null],
  ] as const) {
    await page.goto(`/${lang}/courses/`);
    const cards = page.locator('.course-card:visible');
    await expect(cards).toHaveCount(4);
    await (label ? page.getByLabel(label) : page.locator('input[name=language]')).check();
    await expect(cards).toHaveCount(4);
  }
});

test('a reader moves from a course to its modules and on with next', async ({ page }) => {
  await page.goto('/en/courses/gesi-foundations/');
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What GESI means');
  await page.getByRole('navigation', { name: 'Previous and next module' }).getByRole('link').click();
  await expect(page).toHaveURL(/intersectionality-in-practice\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'GESI foundations' }),
  ).toBeVisible();
});

// Accepted short answers are words the module itself teaches; tests/build/no-key-in-dist.test.ts covers them with markers.
test('a quiz shows its questions but none of its explanations or feedback', async ({ page }) => {
  const quiz = parse(readFileSync('courses/gesi-foundations/quizzes/gesi-foundations-quiz.yaml', 'utf8'));
  const hidden: string[] = quiz.questions
    .flatMap((q: any) => [q.explanation?.en, ...(q.options ?? []).map((o: any) => o.feedback?.en)])
    .filter(Boolean);
  expect(hidden.length).toBeGreaterThan(5);

  await page.goto('/en/courses/gesi-foundations/gesi-in-project-cycle/');
  await expect(page.getByRole('group', { name: quiz.questions[0].prompt.en })).toBeVisible();
  const html = await page.content();
  expect(hidden.filter((text) => html.includes(text))).toEqual([]);
});

test('a guest on a course page is asked to sign in and sees no enrol or withdraw button', async ({ page }) => {
  await page.goto('/en/courses/gesi-foundations/');
  await expect(page.getByText('Sign in to enrol and keep track of your progress.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enrol on this course' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Withdraw' })).toBeHidden();
});

test('the trainers’ translations page fits a 360 px phone in every language and shows every module and quiz', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['ka', 'en', 'az', 'hy']) {
    await page.goto(`/${lang}/trainer/translations/`);
    await expect(page.locator('tr[data-kind=module]')).toHaveCount(15);
    await expect(page.locator('tr[data-kind=quiz]')).toHaveCount(4);
    await expect(page.locator('td.is-missing')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), lang).toBe(true);
  }
});
