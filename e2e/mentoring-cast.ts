// The people of the mentoring end-to-end tests, made on the e2e server as its superuser: a mentor
// with two fellows paired in one cohort of a 24-hour programme, and a coordinator.
import type { BrowserContext, Browser } from '@playwright/test';
import PocketBase from 'pocketbase';
import { TEST_SUPERUSER } from '../tests/support/test-superuser.mjs';

export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

let made = 0;
const unique = (label: string) => `${label}-${process.pid}-${Date.now()}-${++made}@test.ertad.example`;

export async function superuser(baseURL: string) {
  const admin = new PocketBase(baseURL);
  admin.autoCancellation(false);
  await admin.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  return admin;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  /** What the PocketBase SDK keeps in localStorage once signed in. */
  auth: string;
}

export async function person(admin: PocketBase, role: string, name: string, lang = 'ka'): Promise<Person> {
  const email = unique(role);
  const password = 'a-long-enough-password';
  const record = await admin
    .collection('users')
    .create({ email, password, passwordConfirm: password, name, role, preferred_language: lang, verified: true });
  // Impersonation, not password sign-ins: the auth rate limit allows 5 per 10 s.
  const session = await admin.collection('users').impersonate(record.id, 3600);
  return {
    id: record.id,
    name,
    email,
    auth: JSON.stringify({ token: session.authStore.token, record: session.authStore.record }),
  };
}

export async function mentoringCast(baseURL: string) {
  const admin = await superuser(baseURL);
  const stamp = `${process.pid}-${Date.now()}-${++made}`;
  const program = await admin.collection('programs').create({
    slug: `e2e-supervision-${stamp}`,
    title: {
      ka: 'სოციალური მუშაობის სტიპენდია',
      en: 'Social work fellowship',
      az: 'Sosial iş təqaüdü',
      hy: 'Սոցիալական աշխատանքի կրթաթոշակ',
    },
    supervisionHours: 24,
    maxSessionGapDays: 30,
    supervisionTopics: [
      {
        id: 'ethics',
        title: { ka: 'პროფესიული ეთიკა', en: 'Professional ethics', az: 'Peşə etikası', hy: 'Մասնագիտական էթիկա' },
      },
      { id: 'self-care', title: { ka: 'თვითზრუნვა', en: 'Self-care', az: 'Özünə qayğı', hy: 'Ինքնախնամք' } },
    ],
  });
  const cohort = await admin.collection('cohorts').create({ program: program.id, name: `ნაკადი ${stamp}` });
  const [mentor, fellowA, fellowB, coordinator] = await Promise.all([
    person(admin, 'mentor', 'თამარ კაპანაძე'),
    person(admin, 'fellow', 'ნინო ბერიძე'),
    person(admin, 'fellow', 'გიორგი მამულაშვილი'),
    person(admin, 'coordinator', 'ლია ჯავახიშვილი', 'en'),
  ]);
  for (const fellow of [fellowA, fellowB]) {
    const reply = await fetch(`${baseURL}/api/ertad/mentoring/mentorships`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: JSON.parse(coordinator.auth).token },
      body: JSON.stringify({ mentor: mentor.id, fellow: fellow.id, cohort: cohort.id }),
    });
    if (reply.status !== 201) throw new Error(`pairing failed: ${reply.status} ${await reply.text()}`);
  }
  return { admin, program, cohort, mentor, fellowA, fellowB, coordinator };
}

/** A phone-sized browser context already signed in as `who`. */
export async function phoneAs(browser: Browser, baseURL: string, who: Person, extra = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, baseURL, ...extra });
  await context.addInitScript((auth) => {
    if (!localStorage.getItem('pocketbase_auth')) localStorage.setItem('pocketbase_auth', auth);
  }, who.auth);
  return context;
}
