import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { answersFor } from '../scripts/lib/quiz-answers.mjs';
import { TEST_SUPERUSER } from '../tests/support/test-superuser.mjs';
import { expectNoSeriousAxeViolations } from './axe';

const COURSE = 'community-services-multiethnic';
const password = 'a-long-enough-password';

async function admin(baseURL: string) {
  const pb = new PocketBase(baseURL);
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  return pb;
}

/** An account with the given role, as the coordinator's tools would make it. */
async function account(pb: PocketBase, role: string, name: string) {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2)}@test.ertad.example`;
  const record = await pb
    .collection('users')
    .create({ email, password, passwordConfirm: password, name, role, preferred_language: 'ka' });
  return { email, record };
}

/** The fellow completes the course through the same routes the site uses: modules read, quiz passed. */
async function completeCourse(pb: PocketBase, fellowId: string) {
  const fellow = await pb.collection('users').impersonate(fellowId, 600);
  const course = await pb.collection('courses').getFirstListItem(pb.filter('slug = {:slug}', { slug: COURSE }));
  await fellow.collection('enrolments').create({ user: fellowId, course: course.id, status: 'active' });
  for (const module of course.modules.filter((m: { completion: string }) => m.completion === 'read')) {
    await fellow.send('/api/ertad/progress', {
      method: 'POST',
      body: { course: COURSE, module: module.id, event: 'read-to-end' },
    });
  }
  // The definition with its key is hidden from everyone but superusers.
  const quiz = await pb.collection('quizzes').getFirstListItem(pb.filter('slug = {:slug}', { slug: `${COURSE}-quiz` }));
  await fellow.send(`/api/ertad/quizzes/${COURSE}-quiz/attempts`, {
    method: 'POST',
    body: {
      idempotencyKey: `e2e-certificate-${Date.now()}`,
      lang: 'ka',
      answers: answersFor(quiz.definition, 'ka', 'pass'),
    },
  });
}

/** No sideways scrolling at 360 px, and the page's buttons are at least 44 px tall. */
async function expectPhoneFit(page: Page) {
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const button of await page.getByRole('main').getByRole('button').all()) {
    if (await button.isVisible()) expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
}

async function signIn(browser: Browser, email: string) {
  // Its own context: axe needs one, and each person has their own session.
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto('/en/signin/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/$/);
  return page;
}

test('a holder downloads the PDF, a stranger finds it valid, and after a coordinator revokes it, revoked', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const pb = await admin(baseURL!);
  // The verification URL printed in the PDF is on the deployment's public origin.
  await pb.settings.update({ meta: { appURL: baseURL } });
  const fellow = await account(pb, 'fellow', 'ნინო ბერიძე');
  await completeCourse(pb, fellow.record.id);

  const holder = await signIn(browser, fellow.email);
  await holder.goto('/ka/dashboard/');
  const card = holder
    .getByRole('listitem')
    .filter({ hasText: 'სერტიფიკატი' })
    .filter({ has: holder.getByRole('button') });
  await expect(card.getByText('მოქმედი')).toBeVisible();
  await expectNoSeriousAxeViolations(holder);
  await expectPhoneFit(holder);
  const [download] = await Promise.all([
    holder.waitForEvent('download'),
    card.getByRole('button', { name: 'PDF-ის ჩამოტვირთვა' }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'ertad-e2e-pdf-')), download.suggestedFilename());
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('ნინო ბერიძე');
  const url = text.match(/https?:\/\/\S+\/verify\/[2-9A-Z-]+/)?.[0];
  expect(url).toMatch(new RegExp(`^${baseURL}/verify/([2-9A-HJKMNP-TV-Z]{4}-){6}[2-9A-HJKMNP-TV-Z]{4}$`));

  const stranger = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en' } });
  await stranger.goto(url!);
  await expect(stranger).toHaveURL(/\/en\/verify\/\?code=/);
  await expect(stranger.getByRole('heading', { name: 'Valid certificate' })).toBeVisible();
  await expect(stranger.getByText('ნინო ბერიძე')).toBeVisible();

  const coordinator = await account(pb, 'coordinator', 'Tamar Coordinator');
  const desk = await signIn(browser, coordinator.email);
  await desk.goto('/en/coordinator/certificates/');
  const certificate = desk.getByRole('listitem').filter({ has: desk.getByRole('heading', { name: 'ნინო ბერიძე' }) });
  await expect(certificate).toBeVisible();
  await expectNoSeriousAxeViolations(desk);
  await expectPhoneFit(desk);
  await certificate.getByText('Revoke…').click();
  await certificate.getByLabel('Reason for revoking').fill('Issued to the wrong account');
  await certificate.getByLabel('Show the reason on the public check page').check();
  await certificate.getByRole('button', { name: 'Revoke certificate' }).click();
  await expect(desk.getByText('The certificate was revoked.')).toBeVisible();

  await stranger.reload();
  await expect(stranger.getByRole('heading', { name: 'This certificate was revoked' })).toBeVisible();
  await expect(stranger.getByText('Issued to the wrong account')).toBeVisible();
});

test('a stranger who types an unknown code is told that no certificate has it', async ({ page }) => {
  await page.goto('/en/verify/');
  await page.getByLabel('Verification code').fill('2222-3333-4444-5555-6666-7777-8888');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('heading', { name: /No certificate has this code/ })).toBeVisible();
});

for (const lang of ['ka', 'en', 'az', 'hy']) {
  test(`the verify page in ${lang} has no serious accessibility problems and fits a 360 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${lang}/verify/?code=2222-3333-4444-5555-6666-7777-8888`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('#verify-result h2')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const control of [page.getByRole('textbox'), page.getByRole('main').getByRole('button')]) {
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
  });
}
