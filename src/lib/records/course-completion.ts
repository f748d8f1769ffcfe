import type { CourseRow, EnrolmentRow, LearningStore } from './store';

/** Whether the enrolment lets its person learn: active, or completed (a finished course stays open to revisit). */
export function isLearning(enrolment: EnrolmentRow | null): boolean {
  return enrolment?.status === 'active' || enrolment?.status === 'completed';
}

/**
 * Marks the enrolment completed once every module of the course is; the server decides this,
 * never the fellow's browser. Call it after a module's progress became completed.
 */
export function completeCourseIfDone(store: LearningStore, userId: string, course: CourseRow): void {
  const enrolment = store.findEnrolment(userId, course.id);
  if (!enrolment || enrolment.status !== 'active' || course.modules.length === 0) return;
  const done = course.modules.every(
    (module) => store.findProgress(userId, course.id, module.id)?.status === 'completed',
  );
  if (!done) return;
  store.saveEnrolment({ ...enrolment, status: 'completed' });
  store.audit({
    actorId: userId,
    action: 'enrolment.completed',
    collection: 'enrolments',
    record: enrolment.id,
    details: { course: course.slug },
  });
}
