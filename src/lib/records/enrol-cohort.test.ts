import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../tests/support/memory-store';
import { enrolInCohort } from './enrol-cohort';

function setUp() {
  const memory = memoryStore({
    users: ['nino', 'coord'],
    courses: [
      { id: 'c1', slug: 'gesi-foundations', modules: [], programIds: ['ypp'] },
      { id: 'c2', slug: 'rights-based-social-work', modules: [], programIds: ['ypp', 'social-work'] },
      { id: 'c3', slug: 'other-programme-course', modules: [], programIds: ['social-work'] },
    ],
  });
  memory.cohorts.push({ id: 'cohort1', programId: 'ypp' });
  const enrol = (body: unknown, actorRole = 'coordinator') =>
    enrolInCohort(memory.store, { actorId: 'coord', actorRole, cohortId: 'cohort1', body });
  return { ...memory, enrol };
}

describe('enrolInCohort', () => {
  it("enrols the person into every course of the cohort's programme, in the cohort", () => {
    const { enrol, enrolments } = setUp();
    expect(enrol({ user: 'nino' }).status).toBe(200);
    expect(enrolments.map((e) => [e.courseId, e.cohortId, e.status])).toEqual([
      ['c1', 'cohort1', 'active'],
      ['c2', 'cohort1', 'active'],
    ]);
  });

  it('resumes a withdrawn enrolment and keeps a completed one completed', () => {
    const { enrol, store, enrolments } = setUp();
    store.saveEnrolment({ userId: 'nino', courseId: 'c1', cohortId: '', status: 'withdrawn' });
    store.saveEnrolment({ userId: 'nino', courseId: 'c2', cohortId: '', status: 'completed' });
    enrol({ user: 'nino' });
    expect(enrolments.map((e) => [e.courseId, e.status])).toEqual([
      ['c1', 'active'],
      ['c2', 'completed'],
    ]);
  });

  it('changes nothing when repeated', () => {
    const { enrol, enrolments } = setUp();
    enrol({ user: 'nino' });
    const before = structuredClone(enrolments);
    expect(enrol({ user: 'nino' }).body).toMatchObject({ enrolments: [{ created: false }, { created: false }] });
    expect(enrolments).toEqual(before);
  });

  it('refuses anyone but a coordinator', () => {
    expect(setUp().enrol({ user: 'nino' }, 'mentor').status).toBe(403);
  });

  it('answers 404 for an unknown user and 400 without one', () => {
    const { enrol } = setUp();
    expect(enrol({ user: 'nobody' }).status).toBe(404);
    expect(enrol({}).status).toBe(400);
  });
});
