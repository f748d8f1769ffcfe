import { expect, test } from '@playwright/test';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import PocketBase from 'pocketbase';
import { verify } from '../tests/support/independent-verifier';
import { TEST_SUPERUSER } from '../tests/support/test-superuser.mjs';
import { expectNoSeriousAxeViolations } from './axe';

const COURSE = 'community-services-multiethnic';
const password = 'a-long-enough-password';

test('a holder downloads the signed credential from the dashboard, and an independent verifier accepts the file', async ({
  page,
  baseURL,
}) => {
  const pb = new PocketBase(baseURL);
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  // The issuer's did:web comes from the Application URL: here, the test server.
  await pb.settings.update({ meta: { appURL: baseURL } });
  const email = `fellow-${randomBytes(4).toString('hex')}@test.ertad.example`;
  const fellow = await pb.collection('users').create({
    email,
    password,
    passwordConfirm: password,
    name: 'ნინო ბერიძე',
    role: 'fellow',
    preferred_language: 'ka',
  });
  const course = await pb.collection('courses').getFirstListItem(pb.filter('slug = {:slug}', { slug: COURSE }));
  // Written as the issuing hooks write it; the completion flow has its own end-to-end test.
  const code = Array.from({ length: 7 }, () => randomBytes(2).toString('hex').toUpperCase()).join('-');
  await pb.collection('certificates').create({
    holder: fellow.id,
    holderName: 'ნინო ბერიძე',
    kind: 'course',
    course: course.id,
    achievementTitle: course.title,
    achievementDescription: { en: 'Community services in multiethnic municipalities.' },
    criteria: { en: 'Every module read and the quiz passed.' },
    lang: 'ka',
    issuerName: 'Ertad',
    issuedAt: '2026-11-30 09:15:42.000Z',
    status: 'issued',
    code,
    statusIndex: randomInt(0, 131072),
  });

  await page.goto('/en/signin/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/$/);
  const card = page.getByRole('listitem').filter({ hasText: code });
  await expect(card).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await card.getByRole('link', { name: 'Download the signed digital credential (Open Badges, JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`ertad-certificate-${code}.json`);

  const credential = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(credential.credentialSubject.identifier[0].identityHash).toBe('ნინო ბერიძე');
  const result = await verify(credential, baseURL!);
  expect(result.error).toBeUndefined();
  expect(result.verified).toBe(true);
});
