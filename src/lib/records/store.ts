import type { CourseModule, ModuleProgress } from '../progress/rules';
import type { QuizDefinition } from '../quiz/schema';
import type { AttemptResult } from './attempt-reply';

export type CourseRow = { id: string; slug: string; modules: CourseModule[] };
export type QuizRow = { id: string; slug: string; courseId: string; version: string; definition: QuizDefinition };
export type AttemptRow = {
  id: string;
  quizId: string;
  attemptNumber: number;
  score: number;
  passed: boolean;
  result: AttemptResult;
};
export type NewAttempt = Omit<AttemptRow, 'id'> & {
  userId: string;
  quizVersion: string;
  answers: unknown;
  idempotencyKey: string;
};
export type EnrolmentRow = {
  id: string;
  userId: string;
  courseId: string;
  cohortId: string;
  status: 'active' | 'completed' | 'withdrawn';
};
export type CohortRow = { id: string; programId: string };
export type AuditEntry = {
  actorId: string;
  action: string;
  collection: string;
  record: string;
  details: Record<string, unknown>;
};

/**
 * What numbering an attempt reads: the attempt stored under its key, the enrolment in the quiz's
 * course, and how many attempts at the quiz were made.
 */
export type AttemptContext = { earlier: AttemptRow | null; enrolment: EnrolmentRow | null; attempts: number };

/**
 * The reads and writes of the learning-record routes. src/lib/server/learning-store.ts
 * implements it on PocketBase inside one transaction; tests use an in-memory one.
 */
export interface LearningStore {
  findCourseById(id: string): CourseRow | null;
  findCourseBySlug(slug: string): CourseRow | null;
  coursesOfProgram(programId: string): CourseRow[];
  findQuiz(slug: string): QuizRow | null;
  findAttemptByKey(userId: string, idempotencyKey: string): AttemptRow | null;
  /** The reads of every submission at once: a store on a database answers them with one query. */
  attemptContext(userId: string, quiz: { id: string; courseId: string }, idempotencyKey: string): AttemptContext;
  createAttempt(attempt: NewAttempt): string;
  findProgress(userId: string, courseId: string, moduleId: string): ModuleProgress | null;
  saveProgress(userId: string, courseId: string, moduleId: string, progress: ModuleProgress): void;
  findEnrolment(userId: string, courseId: string): EnrolmentRow | null;
  /** Creates the enrolment when it has no id, else updates it; returns its id. */
  saveEnrolment(enrolment: Omit<EnrolmentRow, 'id'> & { id?: string }): string;
  findCohort(id: string): CohortRow | null;
  userExists(id: string): boolean;
  audit(entry: AuditEntry): void;
}

/** What a route answers: the hook sends `body` as JSON with `status`. */
export type Reply = { status: number; body: unknown };

/** One problem of a refused request: `code` is stable, for programs to translate; `message` is English, for logs. */
export type Problem = { code: string; message: string };

/** An error body in PocketBase's shape, with the list of problems when there are several. */
export type ErrorBody = { status: number; message: string; data: Record<string, never>; errors?: Problem[] };

/** An error in PocketBase's shape ({ status, message, data }), with a list of problems when there are several. */
export function errorReply(status: number, message: string, errors?: Problem[]): Reply {
  const body: ErrorBody = errors ? { status, message, data: {}, errors } : { status, message, data: {} };
  return { status, body };
}
