import { beforeAll, describe, expect, it } from 'vitest';
import { guest, signedInAs } from '../support/clients';
import { RIGHT_ANSWERS } from '../fixtures/build-server';
import { enrolSelf, postJson, syncedCourse } from '../support/learning';

describe('POST /api/ertad/progress', () => {
  let synced: Awaited<ReturnType<typeof syncedCourse>>;
  let slug: string;
  beforeAll(async () => {
    synced = await syncedCourse('progress');
    slug = synced.course.slug;
  });

  async function enrolledFellow() {
    const fellow = await signedInAs('fellow');
    await enrolSelf(fellow.pb, fellow.record.id, synced.course.id);
    const record = (module: string, event: string) =>
      postJson(fellow.pb, '/api/ertad/progress', { course: slug, module, event });
    return { ...fellow, record };
  }

  it('records a first visit as visited and keeps the first visit on the next one', async () => {
    const { pb, record } = await enrolledFellow();
    const first = await record('what-gesi-means', 'visit');
    expect(first).toMatchObject({
      status: 200,
      body: { course: slug, module: 'what-gesi-means', status: 'visited', completed_at: '' },
    });
    const second = await record('what-gesi-means', 'visit');
    expect(second.body.first_visit).toBe(first.body.first_visit);
    const stored = await pb.collection('module_progress').getFullList();
    expect(stored).toMatchObject([
      { module: 'what-gesi-means', status: 'visited', last_visit: second.body.last_visit },
    ]);
  });

  it('completes a read module read to the end', async () => {
    const { pb, record } = await enrolledFellow();
    expect((await record('what-gesi-means', 'read-to-end')).body).toMatchObject({ status: 'completed' });
    expect(await pb.collection('module_progress').getFullList()).toMatchObject([
      { status: 'completed', completed_at: expect.any(String) },
    ]);
  });

  it('refuses to complete a quiz module by reading it, leaving it visited', async () => {
    const { pb, record } = await enrolledFellow();
    await record('gesi-check', 'visit');
    const reply = await record('gesi-check', 'read-to-end');
    expect(reply).toMatchObject({ status: 400, body: { errors: [{ code: 'completed_by_quiz' }] } });
    expect(await pb.collection('module_progress').getFullList()).toMatchObject([
      { module: 'gesi-check', status: 'visited' },
    ]);
  });

  it.each([
    ['a module the course does not have', { module: 'no-such-module', event: 'visit' }, 404],
    ['a course that was never synced', { course: 'no-such-course', module: 'what-gesi-means', event: 'visit' }, 404],
    ['an event other than visit or read-to-end', { module: 'what-gesi-means', event: 'completed' }, 400],
  ])('refuses %s', async (_, body, status) => {
    const { pb } = await enrolledFellow();
    expect((await postJson(pb, '/api/ertad/progress', { course: slug, ...body })).status).toBe(status);
    expect(await pb.collection('module_progress').getFullList()).toEqual([]);
  });

  it('refuses someone not enrolled in the course with 403', async () => {
    const { pb } = await signedInAs('fellow');
    const reply = await postJson(pb, '/api/ertad/progress', {
      course: slug,
      module: 'what-gesi-means',
      event: 'visit',
    });
    expect(reply.status).toBe(403);
  });

  it('refuses a guest with 401', async () => {
    const reply = await postJson(guest(), '/api/ertad/progress', {
      course: slug,
      module: 'what-gesi-means',
      event: 'visit',
    });
    expect(reply.status).toBe(401);
  });
});

describe('course completion', () => {
  it('marks the enrolment completed once the read module and the quiz module are completed, and keeps the course open', async () => {
    const synced = await syncedCourse('completion');
    const fellow = await signedInAs('fellow');
    await enrolSelf(fellow.pb, fellow.record.id, synced.course.id);
    const enrolment = () => fellow.pb.collection('enrolments').getFirstListItem(`course = "${synced.course.id}"`);

    await postJson(fellow.pb, '/api/ertad/progress', {
      course: synced.course.slug,
      module: 'what-gesi-means',
      event: 'read-to-end',
    });
    expect((await enrolment()).status).toBe('active');

    const graded = await postJson(fellow.pb, `/api/ertad/quizzes/${synced.quiz.slug}/attempts`, {
      answers: RIGHT_ANSWERS,
      idempotencyKey: `completion-${Date.now()}-key-0001`,
    });
    expect(graded.body.passed).toBe(true);
    expect((await enrolment()).status).toBe('completed');

    const revisit = await postJson(fellow.pb, '/api/ertad/progress', {
      course: synced.course.slug,
      module: 'what-gesi-means',
      event: 'visit',
    });
    expect(revisit.status).toBe(200);
    await expect(
      fellow.pb.collection('enrolments').update((await enrolment()).id, { status: 'withdrawn' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
