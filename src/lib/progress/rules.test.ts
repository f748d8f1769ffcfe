import { describe, expect, it } from 'vitest';
import {
  applyProgressEvent,
  coursePercent,
  modulesCompletedByQuiz,
  type CourseModule,
  type ModuleProgress,
} from './rules';

const reading: CourseModule = { id: 'what-gesi-means', order: 1, completion: 'read' };
const quizzed: CourseModule = { id: 'gesi-in-project-cycle', order: 2, completion: 'quiz', quiz: 'gesi-quiz' };
const monday = '2025-03-03 09:00:00.000Z';
const tuesday = '2025-03-04 09:00:00.000Z';

function after(
  current: ModuleProgress | null,
  module: CourseModule,
  event: Parameters<typeof applyProgressEvent>[2],
  now: string,
) {
  const change = applyProgressEvent(current, module, event, now);
  if (!change.ok) throw new Error(change.message);
  return change.progress;
}

describe('applyProgressEvent', () => {
  it('records a first visit as visited, with the first and last visit now', () => {
    expect(after(null, reading, 'visit', monday)).toEqual({
      status: 'visited',
      first_visit: monday,
      last_visit: monday,
      completed_at: '',
    });
  });

  it('keeps the first visit and moves the last one on a later visit', () => {
    const later = after(after(null, reading, 'visit', monday), reading, 'visit', tuesday);
    expect(later).toMatchObject({ first_visit: monday, last_visit: tuesday });
  });

  it('completes a read module read to the end, even without an earlier visit', () => {
    expect(after(null, reading, 'read-to-end', monday)).toEqual({
      status: 'completed',
      first_visit: monday,
      last_visit: monday,
      completed_at: monday,
    });
  });

  it('does not undo a completion on a later visit, nor move the completion date on a second reading', () => {
    const done = after(null, reading, 'read-to-end', monday);
    expect(after(done, reading, 'visit', tuesday)).toMatchObject({ status: 'completed', completed_at: monday });
    expect(after(done, reading, 'read-to-end', tuesday)).toMatchObject({ completed_at: monday, last_visit: tuesday });
  });

  it('refuses to complete a quiz module by reading it to the end', () => {
    expect(applyProgressEvent(null, quizzed, 'read-to-end', monday)).toMatchObject({
      ok: false,
      code: 'completed_by_quiz',
    });
  });

  it('completes a quiz module when its quiz is passed, and a passed quiz does not complete a read module', () => {
    expect(after(null, quizzed, 'quiz-passed', monday)).toMatchObject({ status: 'completed', completed_at: monday });
    expect(applyProgressEvent(null, reading, 'quiz-passed', monday)).toMatchObject({
      ok: false,
      code: 'completed_by_reading',
    });
  });
});

describe('modulesCompletedByQuiz', () => {
  it('finds the quiz modules that name the quiz', () => {
    const other: CourseModule = { id: 'other', order: 3, completion: 'quiz', quiz: 'another-quiz' };
    expect(modulesCompletedByQuiz([reading, quizzed, other], 'gesi-quiz')).toEqual([quizzed]);
  });
});

describe('coursePercent', () => {
  it('counts completed modules of the course, rounded down', () => {
    const third: CourseModule = { id: 'third', order: 3, completion: 'read' };
    const progress = [
      { module: 'what-gesi-means', status: 'completed' },
      { module: 'gesi-in-project-cycle', status: 'visited' },
    ];
    expect(coursePercent([reading, quizzed, third], progress)).toBe(33);
  });

  it('ignores progress in a module the course no longer has', () => {
    expect(coursePercent([reading], [{ module: 'removed-module', status: 'completed' }])).toBe(0);
  });

  it('is 0 for a course without modules', () => {
    expect(coursePercent([], [])).toBe(0);
  });
});
