import { describe, expect, it } from 'vitest';
import { memoryStore, READ_AND_QUIZ_COURSE } from '../../../tests/support/memory-store';
import { recordProgress } from './record-progress';

const course = READ_AND_QUIZ_COURSE;
const now = '2025-03-03 09:00:00.000Z';

function setUp() {
  const memory = memoryStore({ courses: [course] });
  memory.store.saveEnrolment({ userId: 'nino', courseId: 'course1', cohortId: '', status: 'active' });
  const record = (body: unknown, userId = 'nino') => recordProgress(memory.store, { userId, body, now });
  return { ...memory, record };
}

describe('recordProgress', () => {
  it('records a visit and answers with the progress', () => {
    const { record, progress } = setUp();
    expect(record({ course: 'gesi-foundations', module: 'intro', event: 'visit' })).toEqual({
      status: 200,
      body: {
        course: 'gesi-foundations',
        module: 'intro',
        status: 'visited',
        first_visit: now,
        last_visit: now,
        completed_at: '',
      },
    });
    expect(progress.get('nino/course1/intro')).toMatchObject({ status: 'visited' });
  });

  it('completes a read module read to the end', () => {
    const { record } = setUp();
    expect(record({ course: 'gesi-foundations', module: 'intro', event: 'read-to-end' }).body).toMatchObject({
      status: 'completed',
    });
  });

  it('refuses to complete a quiz module by reading, and stores nothing', () => {
    const { record, progress } = setUp();
    const reply = record({ course: 'gesi-foundations', module: 'check', event: 'read-to-end' });
    expect(reply).toMatchObject({ status: 400, body: { errors: [{ code: 'completed_by_quiz' }] } });
    expect(progress.size).toBe(0);
  });

  it.each([
    ['an unknown course', { course: 'nope', module: 'intro', event: 'visit' }, 404],
    ['an unknown module', { course: 'gesi-foundations', module: 'nope', event: 'visit' }, 404],
    ['an unknown event', { course: 'gesi-foundations', module: 'intro', event: 'completed' }, 400],
    ['a missing module', { course: 'gesi-foundations', event: 'visit' }, 400],
  ])('refuses %s', (_, body, status) => {
    expect(setUp().record(body).status).toBe(status);
  });

  it('refuses someone not enrolled in the course', () => {
    expect(setUp().record({ course: 'gesi-foundations', module: 'intro', event: 'visit' }, 'giorgi').status).toBe(403);
  });
});
