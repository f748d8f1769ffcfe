import { rmSync } from 'node:fs';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncContent } from '../../scripts/sync-content.mjs';
import { buildFixture } from '../support/build-fixture';
import { signedInAs } from '../support/clients';
import { validFixture, writeFixture } from '../support/fixture-curriculum';
import { newKey, postJson } from '../support/learning';
import { startTestServer } from '../support/pocketbase-server';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

// The export a real `astro build` writes for the server (build/server/*.json), synced into a real
// PocketBase: the format the build writes is the format the sync reads, and grading works on it.
describe('the server export of a real build, synced into PocketBase', () => {
  let fixture: string;
  let build: Awaited<ReturnType<typeof buildFixture>>;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let admin: PocketBase;
  let firstSync: Awaited<ReturnType<typeof syncContent>>;

  beforeAll(async () => {
    fixture = writeFixture(validFixture());
    [build, server] = await Promise.all([buildFixture(fixture), startTestServer()]);
    if (build.status !== 0) throw new Error(`the fixture build failed:\n${build.output}`);
    admin = new PocketBase(server.url);
    admin.autoCancellation(false);
    await admin.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
    firstSync = await syncContent(server.url, admin.authStore.token, build.serverDir);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(fixture, { recursive: true, force: true });
  });

  it('creates the programme, the course and the quiz of the fixture', () => {
    expect(firstSync).toMatchObject({
      programs: { created: ['ypp'] },
      courses: { created: ['tiny-course'] },
      quizzes: { created: ['tiny-quiz'] },
    });
  });

  it('stores the course with its programme and the completion rule of each module, and no pass mark of its own', async () => {
    const course = await admin.collection('courses').getFirstListItem('slug = "tiny-course"', { expand: 'programs' });
    expect(course).toMatchObject({
      title: { ka: 'პატარა კურსი', en: 'Tiny course' },
      modules: [
        { id: 'first-module', order: 1, completion: 'read' },
        { id: 'second-module', order: 2, completion: 'quiz', quiz: 'tiny-quiz' },
      ],
    });
    expect(course).not.toHaveProperty('passMark');
    expect(course.expand?.programs.map((program: { slug: string }) => program.slug)).toEqual(['ypp']);
  });

  it('stores the quiz with its key for grading and a public copy without it', async () => {
    const quiz = await admin.collection('quizzes').getFirstListItem('slug = "tiny-quiz"');
    expect(quiz).toMatchObject({ passMark: 70, maxAttempts: 3 });
    expect(quiz.definition.questions[0].options).toContainEqual(expect.objectContaining({ id: 'a', correct: true }));
    expect(JSON.stringify(quiz.public)).not.toMatch(/correct|feedback|explanation/);
  });

  it('grades an attempt against the key that came from the build', async () => {
    const fellow = await signedInAs('fellow', admin);
    const course = await admin.collection('courses').getFirstListItem('slug = "tiny-course"');
    await fellow.pb.collection('enrolments').create({ user: fellow.record.id, course: course.id, status: 'active' });
    const submit = (answer: string) =>
      postJson(fellow.pb, '/api/ertad/quizzes/tiny-quiz/attempts', {
        answers: { q1: answer },
        idempotencyKey: newKey(),
        lang: 'en',
      });
    expect(await submit('b')).toMatchObject({ status: 201, body: { score: 0, passed: false, attemptNumber: 1 } });
    expect(await submit('a')).toMatchObject({ status: 201, body: { score: 100, passed: true, attemptNumber: 2 } });
  });

  it('changes nothing when the same export is synced again', async () => {
    expect(await syncContent(server.url, admin.authStore.token, build.serverDir)).toMatchObject({
      programs: { created: [], updated: [], unchanged: ['ypp'] },
      courses: { created: [], updated: [], unchanged: ['tiny-course'] },
      quizzes: { created: [], updated: [], unchanged: ['tiny-quiz'] },
    });
  });
});
