import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';

const homes = [
  { lang: 'ka', heading: 'ვისწავლოთ ერთად, ვიმუშაოთ ყველასთვის' },
  { lang: 'en', heading: 'Learn together, work for everyone' },
  { lang: 'az', heading: 'Birlikdə öyrənək, hamı üçün çalışaq' },
  { lang: 'hy', heading: 'Սովորենք միասին, աշխատենք բոլորի համար' },
];

for (const { lang, heading } of homes) {
  test(`the ${lang} home page is in ${lang} and has no serious accessibility violation`, async ({ page }) => {
    const response = await page.goto(`/${lang}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoSeriousAxeViolations(page);
  });
}

for (const { lang, family } of [
  { lang: 'ka', family: 'Noto Sans Georgian' },
  { lang: 'hy', family: 'Noto Sans Armenian' },
]) {
  test(`the ${lang} home page renders its script in the self-hosted ${family}`, async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => request.url().endsWith('.woff2') && fontRequests.push(request.url()));
    await page.goto(`/${lang}/`);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((font) => font.status === 'loaded')
        .map((font) => font.family.replace(/"/g, ''));
    });
    expect(loaded).toContain(family);
    expect(fontRequests.every((url) => url.startsWith(page.url().split('/').slice(0, 3).join('/')))).toBe(true);
  });
}

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('with an Armenian browser', () => {
  test.use({ locale: 'hy-AM' });
  test('/ sends the visitor to the Armenian site', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/hy\/$/);
  });
});

test('/ sends a browser in an unsupported language to the Georgian site', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ka\/$/);
  await context.close();
});
