import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { newFellow as newAccount } from './fellows';

export interface FellowSession {
  token: string;
  record: { id: string; name: string; email: string };
}

/**
 * A new fellow account with a session, made by a superuser (e2e/fellows.ts): public sign-ups and
 * sign-ins from the tests would spend the rate limits that CI then hit (5 sign-ins in 10 s).
 */
export async function newFellow(name: string): Promise<FellowSession> {
  const fellow = await newAccount(name);
  return { token: fellow.token, record: fellow.record as FellowSession['record'] };
}

/** Enrols the fellow on a course and records a visit to one of its modules, as the pages would. */
export async function enrolAndVisit(request: APIRequestContext, fellow: FellowSession, course: string, module: string) {
  const headers = { Authorization: fellow.token };
  const found = await request.get(
    `/api/collections/courses/records?filter=${encodeURIComponent(`slug = '${course}'`)}`,
  );
  const courseId = (await found.json()).items[0].id;
  const enrolled = await request.post('/api/collections/enrolments/records', {
    headers,
    data: { user: fellow.record.id, course: courseId, status: 'active' },
  });
  if (!enrolled.ok()) throw new Error(`enrolment failed: ${enrolled.status()}`);
  const visited = await request.post('/api/ertad/progress', { headers, data: { course, module, event: 'visit' } });
  if (!visited.ok()) throw new Error(`progress failed: ${visited.status()}`);
}

/** Every page of the context starts signed in as the fellow (the SDK's stored session). */
export async function signInAs(context: BrowserContext, fellow: FellowSession) {
  await context.addInitScript((session) => localStorage.setItem('pocketbase_auth', JSON.stringify(session)), fellow);
}
