import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startPocketBase } from '../scripts/lib/pocketbase-process.mjs';

const password = 'a-long-enough-password';
let counter = 0;
const uniqueEmail = () => `e2e-${process.pid}-${Date.now()}-${++counter}@test.ertad.example`;

async function signUp(page: Page, lang: string, name: string, email: string) {
  await page.goto(`/${lang}/signup/`);
  const form = page.locator('form');
  await form.getByRole('textbox').nth(0).fill(name);
  await form.getByRole('textbox').nth(1).fill(email);
  await form.locator('input[type=password]').nth(0).fill(password);
  await form.locator('input[type=password]').nth(1).fill(password);
  await form.getByRole('button').click();
}

test('a fellow signs up, signs out and signs in again', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, 'en', 'Lela Gelashvili', email);
  await expect(page).toHaveURL(/\/en\/dashboard\/$/);
  await expect(page.getByText('Signed in as Lela Gelashvili')).toBeVisible();

  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You are signed out. Your data stays safe on the server.');
  await expect(page.getByText('Signed in as Lela Gelashvili')).toBeHidden();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/en/signin/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as Lela Gelashvili')).toBeVisible();
});

test('a wrong password gets a clear message in Georgian', async ({ page }) => {
  await page.goto('/ka/signin/');
  await page.getByLabel('ელფოსტა').fill('nobody-here@test.ertad.example');
  await page.getByLabel('პაროლი').fill('not-the-password');
  await page.getByRole('button', { name: 'შესვლა' }).click();
  await expect(page.getByRole('alert')).toHaveText('ელფოსტა ან პაროლი არასწორია. შეამოწმეთ ორივე და სცადეთ თავიდან.');
});

test('a taken email gets a clear message in Azerbaijani', async ({ page, request }) => {
  const email = uniqueEmail();
  const created = await request.post('/api/collections/users/records', {
    data: { email, password, passwordConfirm: password, name: 'Elvin Əliyev' },
  });
  expect(created.status()).toBe(200);
  await signUp(page, 'az', 'Elvin Əliyev', email);
  await expect(page.getByRole('alert')).toHaveText(
    'Bu e-poçtla hesab artıq mövcuddur. Daxil olun və ya başqa e-poçt istifadə edin.',
  );
});

test('a short password is refused before it is sent, in Armenian', async ({ page }) => {
  await page.goto('/hy/signup/');
  await page.getByLabel('Անուն ազգանուն').fill('Armen Sargsyan');
  await page.getByLabel('Էլ. փոստ').fill(uniqueEmail());
  await page.getByLabel('Գաղտնաբառ', { exact: true }).fill('short');
  await page.getByLabel('Կրկնեք գաղտնաբառը').fill('short');
  await page.getByRole('button', { name: 'Ստեղծել հաշիվ' }).click();
  await expect(page.getByRole('alert')).toHaveText('Գաղտնաբառը չափազանց թույլ է․ օգտագործեք առնվազն 10 նիշ։');
});

test('a stopped server gets a clear message instead of a hang', async ({ page }) => {
  // Its own server, so stopping it leaves the shared one running for the other tests.
  const dataDir = mkdtempSync(join(tmpdir(), 'ertad-e2e-stop-'));
  const server = await startPocketBase({ dataDir });
  try {
    await page.goto(`${server.url}/en/signin/`);
    await page.getByLabel('Email').fill('lela@test.ertad.example');
    await page.getByLabel('Password').fill(password);
    await server.stop();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The Ertad server cannot be reached. Check your connection and try again in a moment.',
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
