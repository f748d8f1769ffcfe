import { beforeAll, describe, expect, it } from 'vitest';
import { guest, signedInAs, superuser } from '../support/clients';
import { enrolSelf, postJson, syncedCourse } from '../support/learning';

describe('enrolments: enrol, withdraw, re-enrol', () => {
  let synced: Awaited<ReturnType<typeof syncedCourse>>;
  let cohortId: string;
  beforeAll(async () => {
    synced = await syncedCourse('enrol');
    cohortId = (
      await superuser().collection('cohorts').create({ program: synced.program.id, name: 'Samtskhe-Javakheti' })
    ).id;
  });

  it('lets a fellow enrol themselves as active', async () => {
    const { pb, record } = await signedInAs('fellow');
    expect(await enrolSelf(pb, record.id, synced.course.id)).toMatchObject({
      user: record.id,
      status: 'active',
      cohort: '',
    });
  });

  it.each([
    ['as completed', () => ({ status: 'completed' })],
    ['as withdrawn', () => ({ status: 'withdrawn' })],
    ['into a cohort', () => ({ cohort: cohortId })],
  ])('does not let a fellow enrol themselves %s', async (_, fields) => {
    const { pb, record } = await signedInAs('fellow');
    const body = { user: record.id, course: synced.course.id, status: 'active', ...fields() };
    await expect(pb.collection('enrolments').create(body)).rejects.toMatchObject({ status: 400 });
  });

  it('refuses a second enrolment in the same course', async () => {
    const { pb, record } = await signedInAs('fellow');
    await enrolSelf(pb, record.id, synced.course.id);
    await expect(enrolSelf(pb, record.id, synced.course.id)).rejects.toMatchObject({ status: 400 });
  });

  it('keeps one record through withdrawing and re-enrolling, and audits both changes', async () => {
    const { pb, record } = await signedInAs('fellow');
    const enrolment = await enrolSelf(pb, record.id, synced.course.id);
    expect((await pb.collection('enrolments').update(enrolment.id, { status: 'withdrawn' })).status).toBe('withdrawn');
    expect((await pb.collection('enrolments').update(enrolment.id, { status: 'active' })).status).toBe('active');
    expect(await pb.collection('enrolments').getFullList()).toMatchObject([{ id: enrolment.id }]);
    const audit = await superuser()
      .collection('audit_log')
      .getFullList({ filter: `record = "${enrolment.id}"`, sort: 'created' });
    expect(audit.map((entry) => [entry.action, entry.details.to ?? entry.details.status])).toEqual([
      ['enrolment.created', 'active'],
      ['enrolment.updated', 'withdrawn'],
      ['enrolment.updated', 'active'],
    ]);
  });

  it('does not let a fellow mark their enrolment completed, nor delete it', async () => {
    const { pb, record } = await signedInAs('fellow');
    const enrolment = await enrolSelf(pb, record.id, synced.course.id);
    await expect(pb.collection('enrolments').update(enrolment.id, { status: 'completed' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(pb.collection('enrolments').delete(enrolment.id)).rejects.toMatchObject({ status: 403 });
    expect((await superuser().collection('enrolments').getOne(enrolment.id)).status).toBe('active');
  });

  it('does not let a fellow withdraw from a course the server marked completed', async () => {
    const { pb, record } = await signedInAs('fellow');
    const enrolment = await superuser()
      .collection('enrolments')
      .create({ user: record.id, course: synced.course.id, status: 'completed' });
    await expect(pb.collection('enrolments').update(enrolment.id, { status: 'withdrawn' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('does not let anyone, even a coordinator, move an enrolment to another person', async () => {
    const a = await signedInAs('fellow');
    const b = await signedInAs('fellow');
    const coordinator = await signedInAs('coordinator');
    const enrolment = await enrolSelf(a.pb, a.record.id, synced.course.id);
    for (const pb of [a.pb, coordinator.pb]) {
      await expect(pb.collection('enrolments').update(enrolment.id, { user: b.record.id })).rejects.toMatchObject({
        status: 404,
      });
    }
    expect((await superuser().collection('enrolments').getOne(enrolment.id)).user).toBe(a.record.id);
  });
});

describe('POST /api/ertad/cohorts/{id}/enrol', () => {
  let synced: Awaited<ReturnType<typeof syncedCourse>>;
  let cohortId: string;
  beforeAll(async () => {
    synced = await syncedCourse('cohort');
    cohortId = (
      await superuser().collection('cohorts').create({ program: synced.program.id, name: 'Kvemo Kartli 2025' })
    ).id;
  });
  const path = () => `/api/ertad/cohorts/${cohortId}/enrol`;

  it("enrols a fellow into the programme's courses, in the cohort, once however often it is sent", async () => {
    const { pb } = await signedInAs('coordinator');
    const fellow = await signedInAs('fellow');
    const first = await postJson(pb, path(), { user: fellow.record.id });
    expect(first).toMatchObject({
      status: 200,
      body: { enrolments: [{ course: synced.course.slug, status: 'active', created: true }] },
    });
    expect((await postJson(pb, path(), { user: fellow.record.id })).body.enrolments).toMatchObject([
      { created: false },
    ]);
    const enrolments = await fellow.pb.collection('enrolments').getFullList();
    expect(enrolments).toMatchObject([{ course: synced.course.id, cohort: cohortId, status: 'active' }]);
  });

  it('resumes a withdrawn enrolment into the cohort', async () => {
    const { pb } = await signedInAs('coordinator');
    const fellow = await signedInAs('fellow');
    const own = await enrolSelf(fellow.pb, fellow.record.id, synced.course.id);
    await fellow.pb.collection('enrolments').update(own.id, { status: 'withdrawn' });
    await postJson(pb, path(), { user: fellow.record.id });
    expect(await fellow.pb.collection('enrolments').getOne(own.id)).toMatchObject({
      status: 'active',
      cohort: cohortId,
    });
  });

  it.each([
    ['a fellow', 'fellow'],
    ['a mentor', 'mentor'],
    ['a trainer', 'trainer'],
  ] as const)('refuses %s with 403', async (_, role) => {
    const { pb, record } = await signedInAs(role);
    expect((await postJson(pb, path(), { user: record.id })).status).toBe(403);
    expect(
      await superuser()
        .collection('enrolments')
        .getFullList({ filter: `user = "${record.id}"` }),
    ).toEqual([]);
  });

  it('refuses a guest with 401, and answers 404 for an unknown cohort or user', async () => {
    const { pb } = await signedInAs('coordinator');
    const fellow = await signedInAs('fellow');
    expect((await postJson(guest(), path(), { user: fellow.record.id })).status).toBe(401);
    expect((await postJson(pb, '/api/ertad/cohorts/nosuchcohort123/enrol', { user: fellow.record.id })).status).toBe(
      404,
    );
    expect((await postJson(pb, path(), { user: 'nosuchuser12345' })).status).toBe(404);
  });
});
