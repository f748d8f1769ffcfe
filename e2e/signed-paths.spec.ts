import { expect, test } from '@playwright/test';
import { enrolAndVisit, newFellow, signInAs } from './fellow';

test('a signed-out visitor signs in from a course page and comes back to that course to enrol', async ({ page }) => {
  const fellow = await newFellow('Aynur Mammadova');
  await page.goto('/en/courses/gesi-foundations/');
  await page.getByRole('link', { name: 'Sign in to enrol' }).click();
  await expect(page).toHaveURL(/\/en\/signin\/\?next=%2Fen%2Fcourses%2Fgesi-foundations%2F$/);
  await page.getByLabel('Email').fill(fellow.record.email);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/courses\/gesi-foundations\/$/);
  await expect(page.getByRole('button', { name: 'Enrol on this course' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to enrol' })).toBeHidden();
});

test('the sign-up link of a course page also returns to the course', async ({ page }) => {
  await page.goto('/ka/courses/gesi-foundations/');
  const signUp = page.getByRole('link', { name: 'ანგარიშის შექმნა' }).last();
  await expect(signUp).toHaveAttribute('href', '/ka/signup/?next=%2Fka%2Fcourses%2Fgesi-foundations%2F');
});

test('a signed-in fellow sees where to continue on the home page instead of the sign-up call', async ({
  page,
  context,
  request,
}) => {
  const fellow = await newFellow('Giorgi Kapanadze');
  await enrolAndVisit(request, fellow, 'community-services-multiethnic', 'reaching-ethnic-minority-communities');
  await signInAs(context, fellow);
  await page.goto('/en/');
  const panel = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link')).toHaveAttribute(
    'href',
    '/en/courses/community-services-multiethnic/reaching-ethnic-minority-communities/',
  );
  await expect(page.getByRole('link', { name: 'Create a free account' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Go to my learning' })).toBeVisible();
});

test('a signed-out visitor sees the sign-up call and no continue panel', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('link', { name: 'Create a free account' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toBeHidden();
});

test('learners do not see the trainers’ inclusive-language review status on a module', async ({ page }) => {
  await page.goto('/en/courses/gesi-foundations/what-gesi-means/');
  await expect(page.getByRole('heading', { name: 'About this module' })).toBeVisible();
  await expect(page.getByText('Inclusive-language review')).toHaveCount(0);
  await expect(page.getByText('awaiting review')).toHaveCount(0);
});
