// Every page type in four languages at a phone, a larger phone and a desktop width: the page must not
// scroll sideways, no text may spill out of its box, targets are at least 24 px, and axe finds nothing
// serious. Screenshots at 390 and 1280 px go to test-results/screens/ for people to look at.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { enrolAndVisit, newFellow, signInAs, type FellowSession } from './fellow';
import { layoutProblems } from './layout-checks';

const QUIZ_COURSE = 'community-services-multiethnic';
const QUIZ_MODULE = 'green-inclusive-recovery';

const pageTypes: { type: string; path: string; signedIn?: boolean; prepare?: (page: Page) => Promise<void> }[] = [
  { type: 'home', path: '', signedIn: true },
  { type: 'catalogue', path: 'courses/' },
  { type: 'course', path: 'courses/gesi-foundations/' },
  { type: 'module', path: 'courses/gesi-foundations/inclusive-communication/' },
  {
    type: 'quiz',
    path: `courses/${QUIZ_COURSE}/${QUIZ_MODULE}/`,
    signedIn: true,
    // Submitting with nothing answered shows the warning that names the questions.
    prepare: async (page) => {
      await page.locator('ertad-quiz button[type=submit]').click();
      await expect(page.locator('[data-quiz-unanswered]')).toBeVisible();
    },
  },
  { type: 'dashboard', path: 'dashboard/', signedIn: true },
  { type: 'programme', path: 'programs/ypp/' },
  { type: 'glossary', path: 'glossary/' },
  { type: 'search', path: 'search/' },
  { type: 'signin', path: 'signin/' },
  { type: 'verify', path: 'verify/' },
  { type: 'translations report', path: 'trainer/translations/' },
];

let fellow: FellowSession;
test.beforeAll(async ({ request }) => {
  fellow = await newFellow('Nino Beridze');
  await enrolAndVisit(request, fellow, QUIZ_COURSE, QUIZ_MODULE);
});

for (const width of [360, 390, 1280]) {
  for (const lang of ['ka', 'en', 'az', 'hy']) {
    for (const { type, path, signedIn, prepare } of pageTypes) {
      test(`the ${lang} ${type} page fits ${width} px without sideways scrolling, spilled text or small targets`, async ({
        page,
        context,
      }) => {
        if (signedIn) await signInAs(context, fellow);
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(`/${lang}/${path}`);
        expect(response?.status()).toBe(200);
        await page.evaluate(() => document.fonts.ready);
        if (type === 'home' || type === 'dashboard') await expect(page.locator('ertad-continue')).toBeVisible();
        await prepare?.(page);
        expect(await layoutProblems(page)).toEqual({ sideways: [], overflowing: [], small: [] });
        if (width !== 390) await expectNoSeriousAxeViolations(page);
        if (width !== 360)
          await page.screenshot({ path: `test-results/screens/${type}-${lang}-${width}.png`, fullPage: true });
      });
    }
  }
}

for (const lang of ['ka', 'en', 'az', 'hy']) {
  test(`the ${lang} programme page's headings go down one level at a time`, async ({ page }) => {
    await page.goto(`/${lang}/programs/ypp/`);
    const { violations } = await new AxeBuilder({ page })
      .withRules(['heading-order', 'page-has-heading-one'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
