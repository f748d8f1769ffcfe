import { describe, expect, it } from 'vitest';
import { memoryStore, READ_AND_QUIZ_COURSE } from '../../../tests/support/memory-store';
import { completeCourseIfDone, isLearning } from './course-completion';

const course = READ_AND_QUIZ_COURSE;
const done = { status: 'completed' as const, first_visit: 'x', last_visit: 'x', completed_at: 'x' };

function setUp(status: 'active' | 'withdrawn' = 'active') {
  const memory = memoryStore({ courses: [course] });
  memory.store.saveEnrolment({ userId: 'nino', courseId: 'course1', cohortId: '', status });
  return memory;
}

describe('completeCourseIfDone', () => {
  it('leaves the enrolment active while a module is not completed', () => {
    const { store, enrolments } = setUp();
    store.saveProgress('nino', 'course1', 'intro', done);
    completeCourseIfDone(store, 'nino', course);
    expect(enrolments[0].status).toBe('active');
  });

  it('marks the enrolment completed, and audits it, once every module is completed', () => {
    const { store, enrolments, audits } = setUp();
    store.saveProgress('nino', 'course1', 'intro', done);
    store.saveProgress('nino', 'course1', 'check', done);
    completeCourseIfDone(store, 'nino', course);
    expect(enrolments[0].status).toBe('completed');
    expect(audits).toEqual([expect.objectContaining({ actorId: 'nino', action: 'enrolment.completed' })]);
  });

  it('does not complete a withdrawn enrolment', () => {
    const { store, enrolments } = setUp('withdrawn');
    store.saveProgress('nino', 'course1', 'intro', done);
    store.saveProgress('nino', 'course1', 'check', done);
    completeCourseIfDone(store, 'nino', course);
    expect(enrolments[0].status).toBe('withdrawn');
  });
});

describe('isLearning', () => {
  it('lets active and completed enrolments learn, and nobody else', () => {
    const row = (status: 'active' | 'completed' | 'withdrawn') => ({
      id: 'e',
      userId: 'u',
      courseId: 'c',
      cohortId: '',
      status,
    });
    expect([
      isLearning(row('active')),
      isLearning(row('completed')),
      isLearning(row('withdrawn')),
      isLearning(null),
    ]).toEqual([true, true, false, false]);
  });
});
