import { expect, test, type Page } from '@playwright/test';
import az from '../src/i18n/az.json' with { type: 'json' };
import en from '../src/i18n/en.json' with { type: 'json' };
import hy from '../src/i18n/hy.json' with { type: 'json' };
import ka from '../src/i18n/ka.json' with { type: 'json' };
import { expectNoSeriousAxeViolations } from './axe';
import { mentoringCast, person, phoneAs, superuser, type Person } from './mentoring-cast';
import { startSmtpSink } from './smtp-sink';

// One worker for this file: the SMTP sink is set in the shared server's settings.
test.describe.configure({ mode: 'serial' });

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 18090}`;
const today = () => new Date().toISOString().slice(0, 10);
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: Awaited<ReturnType<typeof superuser>>;

test.beforeAll(async () => {
  sink = await startSmtpSink();
  admin = await superuser(BASE);
  await sink.attach(admin);
});
test.afterAll(async () => {
  await sink.detach(admin);
});

type Cast = Awaited<ReturnType<typeof mentoringCast>>;
type Way = 'keyboard' | 'touch';

/** Ticks a checkbox or radio by keyboard (focus, Space) or by a tap. */
async function choose(page: Page, role: 'checkbox' | 'radio', name: string, way: Way) {
  const control = page.getByRole(role, { name, exact: true });
  if (way === 'touch') await control.tap();
  else {
    await control.focus();
    await page.keyboard.press('Space');
  }
  await expect(control).toBeChecked();
}

async function press(page: Page, name: string, way: Way) {
  const button = page.getByRole('button', { name, exact: true });
  if (way === 'touch') await button.tap();
  else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
}

async function logGroupSession(page: Page, cast: Cast, way: Way) {
  await page.goto('/ka/mentor/');
  await expect(page.getByRole('heading', { name: ka['mentor.fellows'] })).toBeVisible();
  await expect(page.getByLabel(ka['form.date'], { exact: true })).toHaveValue(today());
  await expect(page.getByLabel(ka['form.minutes'])).toHaveValue('60');

  // Nothing chosen yet: the form says what is missing, in Georgian, and sends nothing.
  await press(page, ka['form.submit'], way);
  const errors = page.getByRole('alert').filter({ hasText: ka['form.errorsTitle'] });
  await expect(errors).toContainText(ka['mentoring.error.fellows_required']);
  await expect(errors).toContainText(ka['mentoring.error.topics_required']);

  await choose(page, 'radio', ka['session.kind.group_supervision'], way);
  await choose(page, 'checkbox', cast.fellowA.name, way);
  await choose(page, 'checkbox', cast.fellowB.name, way);
  await choose(page, 'checkbox', 'პროფესიული ეთიკა', way);
  await choose(page, 'checkbox', ka['session.function.support'], way);
  const summary = page.getByLabel(ka['form.summary']);
  if (way === 'touch') await summary.fill('ვისაუბრეთ პროფესიულ საზღვრებზე და გადაწვის ნიშნებზე.');
  else {
    await summary.focus();
    await page.keyboard.type('ვისაუბრეთ პროფესიულ საზღვრებზე.');
  }
  await press(page, ka['form.addAction'], way);
  await page.getByRole('textbox', { name: `${ka['form.actionText']} 1` }).fill('წაიკითხეთ ეთიკის კოდექსი');
  await press(page, ka['form.submit'], way);
  await expect(page.getByRole('status').filter({ hasText: ka['form.saved'] })).toBeVisible();
  // The form is ready for the next session, with the mode just used.
  await expect(page.getByLabel(ka['form.summary'])).toHaveValue('');
}

/** The fellow opens the session from the dashboard, where it comes first, and answers. */
async function answer(page: Page, decision: 'agree' | 'disagree', way: Way) {
  await page.goto('/ka/dashboard/');
  const awaiting = page.getByRole('region', { name: ka['fellowSessions.awaiting'] });
  await expect(awaiting).toBeVisible();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings[0]).toBe(ka['fellowSessions.awaiting']);
  await awaiting.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: ka['session.yourAnswer'], level: 3 })).toBeVisible();
  await expect(page.getByText(ka['form.notes'])).toHaveCount(0);
  // A deliberate act: nothing is chosen in advance.
  await expect(page.getByRole('radio', { name: ka['session.agree'] })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: ka['session.disagree'] })).not.toBeChecked();
  if (decision === 'agree') {
    await choose(page, 'radio', ka['session.agree'], way);
  } else {
    await choose(page, 'radio', ka['session.disagree'], way);
    await press(page, ka['session.submitAnswer'], way);
    await expect(page.getByRole('alert').filter({ hasText: ka['session.commentRequired'] })).toBeVisible();
    await page.getByLabel(ka['session.comment']).fill('შეხვედრა 45 წუთი გაგრძელდა, არა 60.');
  }
  await press(page, ka['session.submitAnswer'], way);
  await expect(page.getByRole('status').filter({ hasText: ka['session.answerSaved'] })).toBeVisible();
}

const hoursText = (hours: number) => ka['hours.bar'].replace('{hours}', String(hours)).replace('{required}', '24');

async function expectHours(page: Page, path: string, hours: number, within?: string) {
  await page.goto(path);
  const scope = within ? page.getByRole('listitem').filter({ hasText: within }) : page;
  await expect(scope.getByText(hoursText(hours))).toBeVisible();
}

for (const [run, way] of [
  ['both fellows sign, by keyboard', 'keyboard'],
  ['one fellow disagrees, by touch', 'touch'],
] as const) {
  test(`on a phone in Georgian, a mentor logs a group session for two fellows and ${run}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const cast = await mentoringCast(BASE);
    const mentor = await (await phoneAs(browser, BASE, cast.mentor)).newPage();
    await logGroupSession(mentor, cast, way);

    await expect
      .poll(() => sink.mails.find((m) => m.to.includes(cast.fellowA.email))?.subject ?? '', { timeout: 15_000 })
      .toContain(ka['mail.mentoring.session_awaiting_signature.subject'].split('{date}')[0]);

    const fellowA = await (await phoneAs(browser, BASE, cast.fellowA)).newPage();
    const fellowB = await (await phoneAs(browser, BASE, cast.fellowB)).newPage();
    await fellowA.goto('/ka/dashboard/');
    await expect(fellowA.getByRole('link', { name: ka['notifications.unread'].replace('{count}', '1') })).toBeVisible();
    await answer(fellowA, 'agree', way);
    await answer(fellowB, way === 'keyboard' ? 'agree' : 'disagree', way);

    const hours = way === 'keyboard' ? 1 : 0;
    await expectHours(fellowA, '/ka/dashboard/', hours);
    await expectHours(fellowB, '/ka/dashboard/', hours);
    await expectHours(mentor, '/ka/mentor/', hours, cast.fellowA.name);
    await expectHours(mentor, '/ka/mentor/', hours, cast.fellowB.name);
    const state = way === 'keyboard' ? ka['session.status.signed'] : ka['session.status.disputed'];
    await expect(mentor.getByRole('region', { name: ka['mentor.recent'] }).getByText(state)).toBeVisible();
    if (way === 'keyboard') return;
    // The workspace names the dispute as such, not as a session awaiting signature.
    const card = mentor.getByRole('listitem').filter({ hasText: cast.fellowB.name });
    await expect(card.getByText(ka['mentor.flagDisputed'].replace('{count}', '1'))).toBeVisible();
    await expect(card.getByText(ka['mentor.flagUnsigned'].split('{count}')[0])).toHaveCount(0);

    // The mentor resolves the dispute by correcting the record; both fellows are asked again.
    await mentor.getByRole('region', { name: ka['mentor.recent'] }).getByRole('link').first().click();
    await expect(mentor.getByText('შეხვედრა 45 წუთი გაგრძელდა, არა 60.')).toBeVisible();
    await mentor.getByRole('button', { name: ka['session.edit'] }).tap();
    await expect(mentor).toHaveURL(/\/ka\/mentor\/#log-session$/);
    await expect(mentor.getByText(ka['form.editing'].split('{date}')[0].trim())).toBeVisible();
    await mentor.getByLabel(ka['form.minutes']).fill('120');
    await press(mentor, ka['form.submit'], way);
    await expect(mentor.getByRole('status').filter({ hasText: ka['form.saved'] })).toBeVisible();
    await answer(fellowA, 'agree', way);
    await answer(fellowB, 'agree', way);
    await expectHours(fellowB, '/ka/dashboard/', 2);
    await expectHours(mentor, '/ka/mentor/', 2, cast.fellowA.name);
    const sessions = await cast.admin
      .collection('mentoring_sessions')
      .getFullList({ filter: `mentor = "${cast.mentor.id}"` });
    expect(sessions.map((row) => [row.state, row.minutes])).toEqual([['signed', 120]]);
  });
}

test('after everyone signed, the fellow ticks an action done, the mentor amends the locked record, and both logs download as CSV', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const cast = await mentoringCast(BASE);
  const mentor = await (await phoneAs(browser, BASE, cast.mentor)).newPage();
  await logGroupSession(mentor, cast, 'touch');
  for (const fellow of [cast.fellowA, cast.fellowB])
    await answer(await (await phoneAs(browser, BASE, fellow)).newPage(), 'agree', 'touch');

  const fellowA = await (await phoneAs(browser, BASE, cast.fellowA)).newPage();
  await fellowA.goto('/ka/dashboard/');
  await fellowA.getByRole('region', { name: ka['fellowSessions.recent'] }).getByRole('link').first().click();
  await expect(fellowA.getByText(ka['session.locked'])).toBeVisible();
  await fellowA.getByRole('checkbox', { name: ka['session.actionDone'] }).tap();
  await fellowA.reload();
  await expect(fellowA.getByRole('checkbox', { name: ka['session.actionDone'] })).toBeChecked();

  await mentor.goto('/ka/mentor/');
  await mentor.getByRole('region', { name: ka['mentor.recent'] }).getByRole('link').first().click();
  await mentor.getByText(ka['session.amend'], { exact: true }).first().tap();
  await mentor.getByLabel(ka['session.amendMinutes']).fill('90');
  await mentor.getByLabel(ka['session.amendWhy']).fill('შეხვედრა 90 წუთი გაგრძელდა.');
  await mentor.getByRole('button', { name: ka['session.amend'] }).tap();
  const amendments = mentor.getByRole('region', { name: ka['session.amendments'] });
  await expect(amendments).toContainText('შეხვედრა 90 წუთი გაგრძელდა.');
  await expect(amendments).toContainText(`${ka['form.minutes']}: 60 → 90`);
  await expect(mentor.getByText(ka['session.minutes'].replace('{minutes}', '90'))).toBeVisible();

  await mentor.goto('/ka/mentor/');
  const [mentorLog] = await Promise.all([
    mentor.waitForEvent('download'),
    mentor.getByRole('button', { name: ka['mentor.export'] }).tap(),
  ]);
  const mentorCsv = await streamText(await mentorLog.createReadStream());
  expect(mentorCsv.startsWith('\uFEFF')).toBe(true);
  expect(mentorCsv).toContain(cast.fellowA.name);
  expect(mentorCsv).not.toContain('confidential_notes');

  const coordinator = await (await phoneAs(browser, BASE, cast.coordinator)).newPage();
  await coordinator.goto('/ka/coordinator/');
  await coordinator.getByLabel(ka['coordinator.cohort']).selectOption(cast.cohort.id);
  await expect(
    coordinator
      .getByText(
        ka['coordinator.fellowRow'].replace('{fellow}', cast.fellowA.name).replace('{mentor}', cast.mentor.name),
      )
      .first(),
  ).toBeVisible();
  const [cohortLog] = await Promise.all([
    coordinator.waitForEvent('download'),
    coordinator.getByRole('button', { name: ka['coordinator.export'] }).tap(),
  ]);
  const cohortCsv = await streamText(await cohortLog.createReadStream());
  expect(cohortCsv.startsWith('\uFEFF')).toBe(true);
  expect(cohortCsv).toContain('confidential_notes');
  expect(cohortCsv).toContain(cast.fellowB.name);
});

async function streamText(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

test('a session logged without a connection is kept on the phone and sent once when it returns', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const cast = await mentoringCast(BASE);
  const context = await phoneAs(browser, BASE, cast.mentor);
  const page = await context.newPage();
  await page.goto('/ka/mentor/');
  await expect(page.getByRole('heading', { name: ka['mentor.fellows'] })).toBeVisible();
  await choose(page, 'checkbox', cast.fellowA.name, 'touch');
  await page.getByLabel(ka['form.topicOther']).fill('მუშაობის და პირადი ცხოვრების ბალანსი');

  await context.setOffline(true);
  await press(page, ka['form.submit'], 'touch');
  await expect(page.getByRole('status').filter({ hasText: ka['form.queued'] })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText(ka['form.sentLater'].replace('{count}', '1'))).toBeVisible();
  // Opening the page again sends nothing twice.
  await page.reload();
  await expect(page.getByRole('heading', { name: ka['mentor.fellows'] })).toBeVisible();
  const sessions = await cast.admin
    .collection('mentoring_sessions')
    .getFullList({ filter: `mentor = "${cast.mentor.id}"` });
  expect(sessions).toHaveLength(1);
  expect(sessions[0].topics).toEqual(['მუშაობის და პირადი ცხოვრების ბალანსი']);
});

test('the workspace opens without a connection once it has been opened, with the fellows kept on the phone', async ({
  browser,
}) => {
  const cast = await mentoringCast(BASE);
  const context = await phoneAs(browser, BASE, cast.mentor);
  const page = await context.newPage();
  await page.goto('/ka/mentor/');
  await expect(page.getByText(ka['mentor.offlineReady'])).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: ka['mentor.fellows'] })).toBeVisible();
  await expect(page.getByText(ka['mentor.offline'])).toBeVisible();
  await expect(page.getByRole('checkbox', { name: cast.fellowA.name, exact: true })).toBeVisible();
  // A page never opened is not kept: proof that the page above came from the phone, not the network.
  expect(
    await page.evaluate(() =>
      fetch('/ka/coordinator/').then(
        () => 'loaded',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
});

test('a half-filled session survives closing the page', async ({ browser }) => {
  const cast = await mentoringCast(BASE);
  const context = await phoneAs(browser, BASE, cast.mentor);
  const page = await context.newPage();
  await page.goto('/ka/mentor/');
  await page.getByLabel(ka['form.summary']).fill('დაუსრულებელი ჩანაწერი');
  await page.close();
  const again = await context.newPage();
  await again.goto('/ka/mentor/');
  await expect(again.getByText(ka['form.draftRestored'])).toBeVisible();
  await expect(again.getByLabel(ka['form.summary'])).toHaveValue('დაუსრულებელი ჩანაწერი');
});

test('a coordinator pairs a new fellow and re-pairs another, and the earlier mentorship stays in the history', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const cast = await mentoringCast(BASE);
  const [secondMentor, fellowC] = await Promise.all([
    person(cast.admin, 'mentor', 'Armine Hakobyan'),
    person(cast.admin, 'fellow', 'Aysel Quliyeva'),
  ]);
  const course = await cast.admin.collection('courses').getFirstListItem('');
  await cast.admin
    .collection('enrolments')
    .create({ user: fellowC.id, course: course.id, cohort: cast.cohort.id, status: 'active' });

  const page = await (await phoneAs(browser, BASE, cast.coordinator)).newPage();
  await page.goto('/en/coordinator/');
  await page.getByLabel(en['coordinator.cohort']).selectOption(cast.cohort.id);
  const pairing = page.getByRole('form', { name: en['coordinator.pairTitle'] });
  await pairing.getByLabel(en['coordinator.fellow']).selectOption({ label: fellowC.name });
  await pairing.getByLabel(en['coordinator.mentor']).selectOption({ label: secondMentor.name });
  await pairing.getByRole('button', { name: en['coordinator.pair'] }).tap();
  const paired = en['coordinator.paired'].replace('{fellow}', fellowC.name).replace('{mentor}', secondMentor.name);
  await expect(page.getByRole('status').filter({ hasText: paired })).toBeVisible();

  const card = page.getByRole('listitem').filter({
    hasText: en['coordinator.fellowRow'].replace('{fellow}', cast.fellowA.name).replace('{mentor}', cast.mentor.name),
  });
  await card.getByText(`${en['coordinator.repair']} / ${en['coordinator.end']}`).tap();
  await card.getByLabel(en['coordinator.reason']).fill('The mentor moved to Batumi.');
  await card
    .getByLabel(en['coordinator.repairTitle'].replace('{fellow}', cast.fellowA.name))
    .selectOption({ label: secondMentor.name });
  await card.getByRole('button', { name: en['coordinator.repair'], exact: true }).tap();
  await expect(page.getByRole('status')).toContainText(cast.fellowA.name);
  const history = page.getByRole('region', { name: en['coordinator.history'] });
  await expect(history).toContainText(cast.mentor.name);
  await expect(history).toContainText('The mentor moved to Batumi.');

  const workspace = await (await phoneAs(browser, BASE, secondMentor)).newPage();
  await workspace.goto('/en/mentor/');
  const fellows = workspace.getByRole('region', { name: en['mentor.fellows'] });
  await expect(fellows.getByRole('heading', { name: cast.fellowA.name })).toBeVisible();
  await expect(fellows.getByRole('heading', { name: fellowC.name })).toBeVisible();
});

test('a cohort answer that arrives after the coordinator chose another cohort is not shown', async ({ browser }) => {
  const cast = await mentoringCast(BASE);
  const later = await cast.admin
    .collection('cohorts')
    .create({ program: cast.program.id, name: `${cast.cohort.name} B` });
  const newcomer = await person(cast.admin, 'fellow', 'Arevik Petrosyan');
  const course = await cast.admin.collection('courses').getFirstListItem('');
  await cast.admin
    .collection('enrolments')
    .create({ user: newcomer.id, course: course.id, cohort: later.id, status: 'active' });

  const page = await (await phoneAs(browser, BASE, cast.coordinator)).newPage();
  // The first cohort's overview is held back until the second cohort's is on the page.
  let releaseFirst = () => {};
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  await page.route(`**/api/ertad/mentoring/cohorts/${cast.cohort.id}/overview`, async (route) => {
    await firstHeld;
    await route.continue();
  });
  await page.goto('/en/coordinator/');
  const cohortSelect = page.getByLabel(en['coordinator.cohort']);
  const firstAsked = page.waitForRequest((request) => request.url().includes(`/cohorts/${cast.cohort.id}/overview`));
  await cohortSelect.selectOption(cast.cohort.id);
  await firstAsked;
  await cohortSelect.selectOption(later.id);
  const pairing = page.getByRole('form', { name: en['coordinator.pairTitle'] });
  const fellowOptions = pairing.getByLabel(en['coordinator.fellow']).getByRole('option');
  await expect(fellowOptions.filter({ hasText: newcomer.name })).toHaveCount(1);

  const firstAnswered = page.waitForResponse((response) =>
    response.url().includes(`/cohorts/${cast.cohort.id}/overview`),
  );
  releaseFirst();
  await firstAnswered;
  // One more turn of the page's event loop, for the late answer to be handled.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await expect(cohortSelect).toHaveValue(later.id);
  await expect(fellowOptions.filter({ hasText: newcomer.name })).toHaveCount(1);
  await expect(page.getByText(cast.fellowA.name)).toHaveCount(0);
});

const DICTIONARIES = { ka, en, az, hy } as const;

test('every mentoring page is free of serious accessibility problems and fits 360 px, in all four languages', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const cast = await mentoringCast(BASE);
  const logged = await fetch(`${BASE}/api/ertad/mentoring/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: JSON.parse(cast.mentor.auth).token },
    body: JSON.stringify({
      clientKey: `axe-${Date.now()}`,
      date: today(),
      minutes: 60,
      mode: 'online',
      kind: 'individual_supervision',
      fellows: [cast.fellowA.id],
      topics: ['ethics'],
      functions: ['support'],
      summary: 'Boundaries with a family the fellow visits.',
      actions: [{ text: 'Read the code of ethics', owner: cast.fellowA.id, due: today() }],
      sign: true,
    }),
  });
  expect(logged.status).toBe(201);
  const { session } = await logged.json();
  const narrow = { viewport: { width: 360, height: 780 } };
  const pages: [Person, string, (t: typeof en) => string][] = [
    [cast.mentor, '/mentor/', (t) => t['mentor.fellows']],
    [cast.mentor, `/sessions/?id=${session.id}`, (t) => t['session.signatures']],
    [cast.fellowA, `/sessions/?id=${session.id}`, (t) => t['session.yourAnswer']],
    [cast.fellowA, '/dashboard/', (t) => t['fellowSessions.awaiting']],
    [cast.fellowA, '/notifications/', (t) => t['notifications.markRead']],
    [cast.coordinator, '/coordinator/', (t) => t['coordinator.mentorships']],
  ];
  for (const [who, path, ready] of pages) {
    const context = await phoneAs(browser, BASE, who, narrow);
    const page = await context.newPage();
    for (const lang of ['ka', 'en', 'az', 'hy'] as const) {
      await page.goto(`/${lang}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByText(ready(DICTIONARIES[lang] as typeof en), { exact: true }).first()).toBeVisible();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${lang}${path} scrolls sideways`,
      ).toBeLessThanOrEqual(360);
      await expectNoSeriousAxeViolations(page);
    }
    await context.close();
  }
});
