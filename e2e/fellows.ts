import type { Page } from '@playwright/test';
import { TEST_SUPERUSER } from '../tests/support/test-superuser.mjs';

// Accounts for end-to-end tests, made through the API as a superuser: sign-ups and sign-ins
// would spend the rate limits (10 sign-ups a minute, 5 sign-ins in 10 s per address) that the
// tests of the sign-up and sign-in pages need.

const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 18090}`;

/** Calls the e2e server's API; throws with the reply when the status is not 2xx. */
export async function callApi(
  path: string,
  { token, method = 'GET', body }: { token?: string; method?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(origin + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const reply = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(reply)}`);
  return reply;
}

let adminToken: Promise<string> | undefined;
/** One superuser sign-in per Playwright worker. */
export function superuserToken() {
  adminToken ??= callApi('/api/collections/_superusers/auth-with-password', {
    method: 'POST',
    body: { identity: TEST_SUPERUSER.email, password: TEST_SUPERUSER.password },
  }).then((reply) => reply.token as string);
  return adminToken;
}

export type Fellow = { id: string; token: string; record: Record<string, unknown> };

let counter = 0;
/** A new fellow's account and a session for it. */
export async function newFellow(name: string): Promise<Fellow> {
  const token = await superuserToken();
  const email = `e2e-fellow-${process.pid}-${Date.now()}-${++counter}@test.ertad.example`;
  const password = 'a-long-enough-password';
  const record = await callApi('/api/collections/users/records', {
    token,
    method: 'POST',
    body: { email, password, passwordConfirm: password, name, role: 'fellow', preferred_language: 'en' },
  });
  const session = await callApi(`/api/collections/users/impersonate/${record.id}`, {
    token,
    method: 'POST',
    body: { duration: 3600 },
  });
  return { id: record.id, token: session.token, record: session.record };
}

/** The fellow enrols on a course, as the course page's button does. */
export async function enrol(fellow: Fellow, courseSlug: string) {
  const course = await courseRecord(courseSlug);
  return callApi('/api/collections/enrolments/records', {
    token: fellow.token,
    method: 'POST',
    body: { user: fellow.id, course: course.id, status: 'active' },
  });
}

export async function courseRecord(slug: string): Promise<{ id: string }> {
  const page = await callApi(`/api/collections/courses/records?filter=${encodeURIComponent(`slug = "${slug}"`)}`);
  return page.items[0];
}

/** Records of a collection as a superuser reads them. */
export async function storedRecords(collection: string, filter: string) {
  const token = await superuserToken();
  const page = await callApi(
    `/api/collections/${collection}/records?perPage=200&filter=${encodeURIComponent(filter)}`,
    { token },
  );
  return page.items as Record<string, any>[];
}

/** Signs the page in as the fellow on every load, the way the sign-in form leaves the session. */
export async function signIn(page: Page, fellow: Fellow) {
  await page.addInitScript(
    (session) => localStorage.setItem('pocketbase_auth', session),
    JSON.stringify({ token: fellow.token, record: fellow.record }),
  );
}

/** The values the page keeps on the device under Ertad's `ertad:` keys, whatever their exact names. */
export function keptOnDevice(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('ertad:'))
      .map((key) => localStorage.getItem(key) ?? ''),
  );
}
