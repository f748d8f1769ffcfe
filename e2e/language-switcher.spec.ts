import { expect, test } from '@playwright/test';

test('the language switcher keeps the visitor on the same page', async ({ page }) => {
  await page.goto('/ka/signin/');
  await page.getByRole('navigation', { name: 'ენა' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/signin\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Հայերեն' }).click();
  await expect(page).toHaveURL(/\/hy\/signin\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
});

test('the switcher marks the current language and labels each link with its language', async ({ page }) => {
  await page.goto('/az/');
  const switcher = page.getByRole('navigation', { name: 'Dil' });
  await expect(switcher.getByRole('link', { name: 'Azərbaycanca' })).toHaveAttribute('aria-current', 'true');
  await expect(switcher.getByRole('link', { name: 'ქართული' })).toHaveAttribute('lang', 'ka');
});
