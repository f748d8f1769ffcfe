import { expect, test, type Page } from '@playwright/test';
import { keptOnDevice, newFellow, signIn, storedRecords } from './fellows';

const MODULE_PAGE = '/en/courses/community-services-multiethnic/water-and-health-services/';

const answer = (page: Page) => page.getByRole('textbox', { name: 'Your reflection' });
const save = (page: Page) => page.getByRole('button', { name: 'Save to my journal' }).click();
/** Whether the page keeps `text` on the device, as a draft. */
const keeps = async (page: Page, text: string) => (await keptOnDevice(page)).includes(text);

test('a reflection is kept as a draft across a reload, saved to the journal, and kept on the device when a save fails offline', async ({
  page,
  context,
}) => {
  const fellow = await newFellow('Mariam Jafarova');
  await signIn(page, fellow);
  const journal = () => storedRecords('reflections', `user = "${fellow.id}"`);

  await page.goto(MODULE_PAGE);
  await answer(page).fill('The spring is far from the upper quarter.');
  await expect(page.getByText('Draft kept on this device until you save it.')).toBeVisible();
  expect(await keeps(page, 'The spring is far from the upper quarter.')).toBe(true);
  await page.reload();
  await expect(answer(page)).toHaveValue('The spring is far from the upper quarter.');
  expect(await journal()).toEqual([]);

  await save(page);
  await expect(page.getByText('Saved in your journal.')).toBeVisible();
  expect(await journal()).toMatchObject([
    {
      module: 'water-and-health-services',
      prompt_id: 'water-route',
      text: 'The spring is far from the upper quarter.',
    },
  ]);
  expect(await keeps(page, 'The spring is far from the upper quarter.')).toBe(false);

  await answer(page).fill('The municipality owns the pipe; the provider runs it.');
  await context.setOffline(true);
  await save(page);
  await expect(page.getByText('Could not save. Check that you are enrolled and online, then try again.')).toBeVisible();
  expect(await keeps(page, 'The municipality owns the pipe; the provider runs it.')).toBe(true);
  expect((await journal()).map((entry) => entry.text)).toEqual(['The spring is far from the upper quarter.']);

  await context.setOffline(false);
  await page.reload();
  await expect(answer(page)).toHaveValue('The municipality owns the pipe; the provider runs it.');
  await save(page);
  await expect(page.getByText('Saved in your journal.')).toBeVisible();
  // The same journal entry, edited: not a second one.
  expect((await journal()).map((entry) => entry.text)).toEqual([
    'The municipality owns the pipe; the provider runs it.',
  ]);
});

test('a saved reflection comes back from the journal on another device', async ({ page, browser }) => {
  const fellow = await newFellow('Hasmik Sargsyan');
  await signIn(page, fellow);
  await page.goto(MODULE_PAGE);
  await answer(page).fill('Women carry the water; men report the leaks.');
  await save(page);
  await expect(page.getByText('Saved in your journal.')).toBeVisible();
  // Another device: a fresh browser with the same account and no draft.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await signIn(phone, fellow);
  await phone.goto(MODULE_PAGE);
  await expect(answer(phone)).toHaveValue('Women carry the water; men report the leaks.');
  expect(await keptOnDevice(phone)).toEqual([]);
  await other.close();
});
