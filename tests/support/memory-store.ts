import type { ModuleProgress } from '../../src/lib/progress/rules';
import type {
  AttemptRow,
  AuditEntry,
  CohortRow,
  CourseRow,
  EnrolmentRow,
  LearningStore,
  NewAttempt,
  QuizRow,
} from '../../src/lib/records/store';

/** A course with a module completed by reading and one completed by passing `gesi-quiz`. */
export const READ_AND_QUIZ_COURSE: CourseRow = {
  id: 'course1',
  slug: 'gesi-foundations',
  modules: [
    { id: 'intro', order: 1, completion: 'read' },
    { id: 'check', order: 2, completion: 'quiz', quiz: 'gesi-quiz' },
  ],
};

/** A LearningStore in memory, so the route flows can be unit-tested without PocketBase. */
export function memoryStore(
  seed: { courses?: (CourseRow & { programIds?: string[] })[]; quizzes?: QuizRow[]; users?: string[] } = {},
) {
  const courses = seed.courses ?? [];
  const quizzes = seed.quizzes ?? [];
  const users = new Set(seed.users ?? []);
  const attempts: (NewAttempt & { id: string })[] = [];
  const progress = new Map<string, ModuleProgress>();
  const enrolments: EnrolmentRow[] = [];
  const cohorts: CohortRow[] = [];
  const audits: AuditEntry[] = [];
  let ids = 0;
  const nextId = (prefix: string) => `${prefix}${++ids}`;
  const strip = ({ programIds, ...course }: CourseRow & { programIds?: string[] }): CourseRow => course;

  const store: LearningStore = {
    findCourseById: (id) => courses.map(strip).find((c) => c.id === id) ?? null,
    findCourseBySlug: (slug) => courses.map(strip).find((c) => c.slug === slug) ?? null,
    coursesOfProgram: (programId) => courses.filter((c) => c.programIds?.includes(programId)).map(strip),
    findQuiz: (slug) => quizzes.find((q) => q.slug === slug) ?? null,
    findAttemptByKey: (userId, key) => attempts.find((a) => a.userId === userId && a.idempotencyKey === key) ?? null,
    attemptContext: (userId, quiz, key) => ({
      earlier: store.findAttemptByKey(userId, key),
      enrolment: store.findEnrolment(userId, quiz.courseId),
      attempts: attempts.filter((a) => a.userId === userId && a.quizId === quiz.id).length,
    }),
    createAttempt(attempt) {
      const id = nextId('attempt');
      attempts.push({ ...attempt, id });
      return id;
    },
    findProgress: (userId, courseId, moduleId) => progress.get(`${userId}/${courseId}/${moduleId}`) ?? null,
    saveProgress(userId, courseId, moduleId, value) {
      progress.set(`${userId}/${courseId}/${moduleId}`, value);
    },
    findEnrolment: (userId, courseId) => enrolments.find((e) => e.userId === userId && e.courseId === courseId) ?? null,
    saveEnrolment(enrolment) {
      const id = enrolment.id ?? nextId('enrolment');
      const index = enrolments.findIndex((e) => e.id === id);
      enrolments.splice(index === -1 ? enrolments.length : index, 1, { ...enrolment, id });
      return id;
    },
    findCohort: (id) => cohorts.find((c) => c.id === id) ?? null,
    userExists: (id) => users.has(id),
    audit(entry) {
      audits.push(entry);
    },
  };
  return { store, attempts, progress, enrolments, cohorts, audits };
}
