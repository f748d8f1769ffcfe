import { expect, test, type Page } from '@playwright/test';

// On a slow connection a visitor can type and press Enter before the page's script arrives. A native
// submission would then put the password, answers or reflection in the address bar, history and logs.
const withoutScripts = (page: Page) => page.route('**/_astro/*.js', (route) => route.abort());

test('before its script arrives, the sign-in form cannot be sent and never puts the password in the address', async ({
  page,
}) => {
  await withoutScripts(page);
  await page.goto('/en/signin/');
  const form = page.locator('form.form');
  await expect(form).toHaveAttribute('method', 'post');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await page.getByLabel('Email').fill('fellow@test.ertad.example');
  await page.getByLabel('Password').fill('secret-before-script');
  const sent: string[] = [];
  page.on('request', (request) => sent.push(request.url()));
  await page.getByLabel('Password').press('Enter');
  await page.getByLabel('Email').press('Enter');
  await expect(page).toHaveURL(/\/en\/signin\/$/);
  expect(sent.filter((url) => url.includes('secret-before-script'))).toEqual([]);
});

test('before its script arrives, a module page keeps its quiz and reflection from being sent natively', async ({
  page,
}) => {
  await withoutScripts(page);
  await page.goto('/en/courses/community-services-multiethnic/green-inclusive-recovery/');
  for (const name of ['Submit answers', 'Save to my journal']) {
    const button = page.getByRole('button', { name });
    await expect(button).toBeDisabled();
    await expect(button.locator('xpath=ancestor::form')).toHaveAttribute('method', 'post');
  }
});

test('once the script has arrived, the quiz and reflection buttons work', async ({ page }) => {
  await page.goto('/en/courses/community-services-multiethnic/green-inclusive-recovery/');
  await expect(page.getByRole('button', { name: 'Submit answers' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Save to my journal' })).toBeEnabled();
});
