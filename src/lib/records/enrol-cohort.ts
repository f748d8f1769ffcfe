import { errorReply, type EnrolmentRow, type LearningStore, type Reply } from './store';

export type CohortEnrolInput = { actorId: string; actorRole: string; cohortId: string; body: unknown };

/** The status a cohort enrolment leaves: a withdrawn course is resumed, a completed one stays completed. */
export function cohortStatus(existing: EnrolmentRow | null): EnrolmentRow['status'] {
  return existing?.status === 'completed' ? 'completed' : 'active';
}

/**
 * POST /api/ertad/cohorts/{id}/enrol { user }: a coordinator enrols a person into every course of
 * the cohort's programme, in that cohort. Repeating it changes nothing.
 */
export function enrolInCohort(store: LearningStore, input: CohortEnrolInput): Reply {
  if (input.actorRole !== 'coordinator') return errorReply(403, 'Only coordinators enrol people into cohorts.');
  const { user: userId } = (input.body ?? {}) as Record<string, unknown>;
  if (typeof userId !== 'string' || userId === '')
    return errorReply(400, 'Send { user: the id of the person to enrol }.');
  const cohort = store.findCohort(input.cohortId);
  if (!cohort) return errorReply(404, `There is no cohort "${input.cohortId}".`);
  if (!store.userExists(userId)) return errorReply(404, `There is no user "${userId}".`);

  const enrolments = store.coursesOfProgram(cohort.programId).map((course) => {
    const existing = store.findEnrolment(userId, course.id);
    const status = cohortStatus(existing);
    const unchanged = existing && existing.status === status && existing.cohortId === cohort.id;
    const id = unchanged
      ? existing.id
      : store.saveEnrolment({ id: existing?.id, userId, courseId: course.id, cohortId: cohort.id, status });
    return { id, course: course.slug, status, created: !existing };
  });
  store.audit({
    actorId: input.actorId,
    action: 'cohort.enrolled',
    collection: 'cohorts',
    record: cohort.id,
    details: { user: userId, courses: enrolments.map((e) => e.course) },
  });
  return { status: 200, body: { cohort: cohort.id, user: userId, enrolments } };
}
