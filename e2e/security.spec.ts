import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { newFellow, signIn } from './fellows';

const password = 'a-long-enough-password';
let counter = 0;
const uniqueEmail = () => `e2e-sec-${process.pid}-${Date.now()}-${++counter}@test.ertad.example`;
const MODULE_WITH_REFLECTION = '/en/courses/community-services-multiethnic/water-and-health-services/';

/** Collects every Content-Security-Policy violation the page reports, as events and as console errors. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  return violations;
}

async function signUp(page: Page, name: string, email: string) {
  await page.goto('/en/signup/');
  const form = page.locator('form');
  await form.getByRole('textbox').nth(0).fill(name);
  await form.getByRole('textbox').nth(1).fill(email);
  await form.locator('input[type=password]').nth(0).fill(password);
  await form.locator('input[type=password]').nth(1).fill(password);
  await form.getByRole('button').click();
  await expect(page).toHaveURL(/\/en\/dashboard\/$/);
}

test('the pages run under their Content-Security-Policy without a single violation', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);
  await signUp(page, 'Nana Tsiklauri', uniqueEmail());
  for (const path of [
    '/ka/',
    '/en/courses/',
    '/az/glossary/',
    '/hy/courses/community-services-multiethnic/',
    MODULE_WITH_REFLECTION,
    '/en/dashboard/',
    '/en/no-such-page/',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/en/search/');
  await page.getByRole('searchbox').fill('water');
  await expect(page.locator('main a[href*="/courses/"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/en/courses/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/en\/search\/$/);
  expect(violations).toEqual([]);
});

test('a reflection draft does not survive signing out on a shared computer', async ({ page }) => {
  await signUp(page, 'Irakli Beridze', uniqueEmail());
  await page.goto(MODULE_WITH_REFLECTION);
  const box = page.getByLabel('Your reflection').first();
  await box.fill('A private thought about my supervisor.');
  await expect(page.getByText('Draft kept on this device until you save it.').first()).toBeVisible();

  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You are signed out. Your data stays safe on the server.');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('ertad:') || key === 'pocketbase_auth'),
  );
  expect(kept).toEqual([]);

  // The next person at the same computer; made through the API, as the whole suite shares one
  // address and sign-ups from it are rate-limited.
  await signIn(page, await newFellow('Next Person'));
  await page.goto(MODULE_WITH_REFLECTION);
  await expect(page.getByLabel('Your reflection').first()).toHaveValue('');
  await expect(page.getByText('A private thought about my supervisor.')).toHaveCount(0);
});

test('a missing page answers 404 with the translated page, reachable from the keyboard, without accessibility violations', async ({
  page,
}) => {
  const response = await page.goto('/ka/courses/no-such-course/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ka');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('გვერდი ვერ მოიძებნა');
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'კურსებში ძიება' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ka\/search\/$/);
});
