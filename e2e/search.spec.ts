import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';

const searchbox = (page: Page, name: string) => page.getByRole('searchbox', { name });
const results = (page: Page) =>
  page
    .getByRole('list')
    .filter({ has: page.locator('.search-result') })
    .getByRole('link');

test('typing a Georgian query on the Georgian site finds the module, and Enter opens it', async ({ page }) => {
  await page.goto('/ka/search/');
  // The genitive ადვოკატირების; the module is titled with the nominative ადვოკატირება.
  await searchbox(page, 'რას ეძებთ?').pressSequentially('ადვოკატირების');
  await expect(results(page).first()).toHaveText('მტკიცებულებები და ადვოკატირება');
  await expect(page.locator('.search-result mark').first()).toHaveText(/^ადვოკატირ/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ შედეგი$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/ka/courses/participatory-governance/evidence-and-advocacy/');
});

test('the arrow keys move through the results and back to the search field', async ({ page }) => {
  await page.goto('/en/search/');
  const field = searchbox(page, 'What are you looking for?');
  await field.fill('supervision');
  await expect(results(page).nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
});

test('the / key opens search from any page', async ({ page }) => {
  await page.goto('/hy/courses/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL('/hy/search/');
  await expect(searchbox(page, 'Ի՞նչ եք փնտրում')).toBeFocused();
});

test('other pages do not load the search index', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on(
    'request',
    (request) => new URL(request.url()).pathname.startsWith('/search/') && searchFiles.push(request.url()),
  );
  await page.goto('/ka/courses/');
  await expect(page.getByRole('heading', { level: 1, name: 'კურსები' })).toBeVisible();
  await expect(page.locator('.course-card')).toHaveCount(4);
  await page.waitForLoadState('networkidle');
  expect(searchFiles).toEqual([]);
});

test('an Azerbaijani word finds the module written in Azerbaijani on the Azerbaijani site', async ({ page }) => {
  await page.goto('/az/search/');
  await searchbox(page, 'Nə axtarırsınız?').fill('advokasiya');
  await expect(results(page).first()).toHaveAttribute(
    'href',
    '/az/courses/participatory-governance/evidence-and-advocacy/',
  );
  await expect(results(page).first()).toHaveText('Sübutlar və advokasiya');
});

test('when nothing matches, it offers to search all languages, and finds the text there', async ({ page }) => {
  await page.goto('/az/search/');
  await searchbox(page, 'Nə axtarırsınız?').fill('մոբիլիզատորների');
  await expect(page.getByRole('status')).toHaveText('“մոբիլիզատորների” üzrə heç nə tapılmadı.');
  await page.getByRole('button', { name: 'Bütün dillərdə axtar' }).click();
  await expect(results(page).first()).toHaveAttribute(
    'href',
    '/hy/courses/community-services-multiethnic/reaching-ethnic-minority-communities/',
  );
});

test('search keeps working with the network off once it has been opened', async ({ page, context }) => {
  await page.goto('/ka/search/');
  await expect(page.getByText('ძიება ამ მოწყობილობაზე ინტერნეტის გარეშეც იმუშავებს.')).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await searchbox(page, 'რას ეძებთ?').fill('სუპერვიზიის');
  await expect(results(page).first()).toHaveText('პროფესიული სუპერვიზია');
  // A page never opened is not kept: proof that the answers above came from the device, not the network.
  expect(
    await page.evaluate(() =>
      fetch('/en/courses/').then(
        () => 'loaded',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
});

test('the search page with results has no serious accessibility violation', async ({ page }) => {
  await page.goto('/hy/search/');
  await searchbox(page, 'Ի՞նչ եք փնտրում').fill('համայնքների');
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('.search-result mark').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
