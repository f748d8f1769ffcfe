import type { APIRequestContext, BrowserContext } from '@playwright/test';

export interface FellowSession {
  token: string;
  record: { id: string; name: string; email: string };
}

let counter = 0;

/** A new fellow account, created and signed in through the public API as the sign-up form does. */
export async function newFellow(request: APIRequestContext, name: string): Promise<FellowSession> {
  const email = `fellow-${process.pid}-${Date.now()}-${++counter}@test.ertad.example`;
  const password = 'a-long-enough-password';
  const created = await request.post('/api/collections/users/records', {
    data: { name, email, password, passwordConfirm: password, preferred_language: 'en' },
  });
  if (!created.ok()) throw new Error(`sign-up failed: ${created.status()} ${await created.text()}`);
  const auth = await request.post('/api/collections/users/auth-with-password', { data: { identity: email, password } });
  return auth.json();
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
