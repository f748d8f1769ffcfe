import { applyProgressEvent, findModule, PROGRESS_EVENTS, type ProgressEvent } from '../progress/rules';
import { completeCourseIfDone, isLearning } from './course-completion';
import { errorReply, type LearningStore, type Reply } from './store';

export type ProgressInput = { userId: string; body: unknown; now: string };

/** The body a browser sends to POST /api/ertad/progress. */
export type ProgressRequest = { course: string; module: string; event: ProgressEvent };

function isEvent(value: unknown): value is ProgressEvent {
  return typeof value === 'string' && (PROGRESS_EVENTS as readonly string[]).includes(value);
}

/**
 * POST /api/ertad/progress { course: slug, module, event }: records a visit, or the completion of
 * a module that is completed by reading it, for a person enrolled in the course (active or completed).
 */
export function recordProgress(store: LearningStore, input: ProgressInput): Reply {
  const { course: slug, module: moduleId, event } = (input.body ?? {}) as Record<string, unknown>;
  if (typeof slug !== 'string' || typeof moduleId !== 'string' || !isEvent(event)) {
    return errorReply(400, 'Send { course: course slug, module: module id, event: "visit" or "read-to-end" }.');
  }
  const course = store.findCourseBySlug(slug);
  if (!course) return errorReply(404, `There is no course "${slug}".`);
  const module = findModule(course.modules, moduleId);
  if (!module) return errorReply(404, `Course "${slug}" has no module "${moduleId}".`);
  if (!isLearning(store.findEnrolment(input.userId, course.id))) {
    return errorReply(403, 'Enrol in the course to record your progress.');
  }

  const change = applyProgressEvent(store.findProgress(input.userId, course.id, module.id), module, event, input.now);
  if (!change.ok) return errorReply(400, change.message, [{ code: change.code, message: change.message }]);
  store.saveProgress(input.userId, course.id, module.id, change.progress);
  if (change.progress.status === 'completed') completeCourseIfDone(store, input.userId, course);
  return { status: 200, body: { course: slug, module: module.id, ...change.progress } };
}
