import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncContent } from '../../scripts/sync-content.mjs';
import { RIGHT_ANSWERS, sampleBuild, writeBuildServer } from '../fixtures/build-server';
import { newKey } from '../support/learning';
import { startTestServer } from '../support/pocketbase-server';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

// Its own server, started with the deployment setting.
describe('a server started with ERTAD_QUIZZES_NEED_VERIFIED_EMAIL=1', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let admin: PocketBase;
  let quizSlug: string;
  let courseId: string;

  beforeAll(async () => {
    process.env.ERTAD_QUIZZES_NEED_VERIFIED_EMAIL = '1';
    try {
      server = await startTestServer();
    } finally {
      delete process.env.ERTAD_QUIZZES_NEED_VERIFIED_EMAIL;
    }
    admin = new PocketBase(server.url);
    await admin.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
    const build = sampleBuild('verified');
    await syncContent(server.url, admin.authStore.token, writeBuildServer(build));
    quizSlug = build.quizzes[0].slug;
    courseId = (await admin.collection('courses').getFirstListItem(`slug = "${build.courses[0].slug}"`)).id;
  });
  afterAll(() => server?.stop());

  async function submitAs(verified: boolean) {
    const password = 'correct-horse-battery';
    const user = await admin.collection('users').create({
      email: `${newKey()}@verified.ertad.example`,
      password,
      passwordConfirm: password,
      name: 'Fellow',
      role: 'fellow',
      verified,
    });
    await admin.collection('enrolments').create({ user: user.id, course: courseId, status: 'active' });
    const fellow = await admin.collection('users').impersonate(user.id, 600);
    const response = await fetch(`${server.url}/api/ertad/quizzes/${quizSlug}/attempts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: fellow.authStore.token },
      body: JSON.stringify({ answers: RIGHT_ANSWERS, idempotencyKey: newKey(), lang: 'en' }),
    });
    const stored = await admin.collection('quiz_attempts').getList(1, 1, { filter: `user = "${user.id}"` });
    return { status: response.status, body: await response.json(), stored: stored.totalItems };
  }

  it('refuses a graded attempt from an unconfirmed address with 403, says why, and stores nothing', async () => {
    const reply = await submitAs(false);
    expect(reply).toMatchObject({ status: 403, body: { errors: [{ code: 'email_not_verified' }] }, stored: 0 });
    expect(reply.body.message).toContain('Confirm your email address');
  });

  it('grades the attempt of a confirmed address', async () => {
    expect(await submitAs(true)).toMatchObject({ status: 201, stored: 1 });
  });
});
