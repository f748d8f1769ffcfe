import { expect, test, type Locator } from '@playwright/test';

// The compact menus are native disclosures: their toggle is the <summary> (no ARIA role to find it by).
const toggle = (menu: Locator) => menu.locator('summary');

test('the language switcher keeps the visitor on the same page', async ({ page }) => {
  await page.goto('/ka/signin/');
  const georgianMenu = page.getByRole('navigation', { name: 'ენა' });
  await toggle(georgianMenu).click();
  await georgianMenu.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/signin\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

  const menu = page.getByRole('navigation', { name: 'Language' });
  await toggle(menu).click();
  await menu.getByRole('link', { name: 'Հայերեն' }).click();
  await expect(page).toHaveURL(/\/hy\/signin\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
});

test('the switcher marks the current language and labels each link with its language', async ({ page }) => {
  await page.goto('/az/');
  const switcher = page.getByRole('navigation', { name: 'Dil' });
  await toggle(switcher).click();
  await expect(switcher.getByRole('link', { name: 'Azərbaycanca' })).toHaveAttribute('aria-current', 'true');
  await expect(switcher.getByRole('link', { name: 'ქართული' })).toHaveAttribute('lang', 'ka');
});

test('on a phone the menu opens from the keyboard and the language menu shows the language code', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/en/');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Courses' })).toBeHidden();
  await toggle(page.locator('.site-menu')).focus();
  await page.keyboard.press('Enter');
  await main.getByRole('link', { name: 'Courses' }).focus();
  await expect(main.getByRole('link', { name: 'Courses' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Language' }).getByText('EN', { exact: true })).toBeVisible();
});

test('an English page downloads no Georgian or Armenian font, even with both language names in its menu', async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on('request', (request) => request.url().endsWith('.woff2') && fonts.push(request.url()));
  await page.goto('/en/');
  await page.evaluate(() => document.fonts.ready);
  await toggle(page.getByRole('navigation', { name: 'Language' })).click();
  await expect(page.getByRole('link', { name: 'Հայերեն' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);
});
