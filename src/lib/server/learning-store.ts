// The LearningStore of src/lib/records/store.ts on PocketBase: give it the txApp of a
// transaction, so that the reads and writes of one request commit or roll back together.
import type { QuizDefinition } from '../quiz/schema';
import type {
  AttemptRow,
  AuditEntry,
  CourseRow,
  EnrolmentRow,
  LearningStore,
  NewAttempt,
  QuizRow,
} from '../records/store';
import type { CourseModule, ModuleProgress } from '../progress/rules';
import type { PbApp, PbAuth, PbGlobals, PbRecord } from './pocketbase-api';
import { audit, createComposed, first, json, newRecord } from './pocketbase-records';

// Globals of PocketBase's JS runtime, where the bundle runs.
declare const $dbx: PbGlobals['$dbx'];
declare const DynamicModel: PbGlobals['DynamicModel'];

type QuizHeader = { id: string; course: string; version: string };

// Parsed quiz definitions by record id and version: loading and parsing the definition is the
// costliest read of grading, and each pooled JS runtime keeps its own copy of this module.
const definitions: { [idAndVersion: string]: QuizDefinition } = {};

/** A quiz's id, course and version only: the columns that say whether the cached definition still holds. */
function quizHeader(app: PbApp, slug: string): QuizHeader | null {
  const header = new DynamicModel({ id: '', course: '', version: '' });
  try {
    app.db().select('id', 'course', 'version').from('quizzes').where($dbx.hashExp({ slug })).limit(1).one(header);
  } catch {
    return null; // no row
  }
  return header;
}

function quizDefinition(app: PbApp, header: QuizHeader): QuizDefinition {
  const key = `${header.id}:${header.version}`;
  definitions[key] ??= JSON.parse(app.findRecordById('quizzes', header.id).getString('definition')) as QuizDefinition;
  return definitions[key];
}

function courseRow(record: PbRecord): CourseRow {
  return { id: record.id, slug: record.getString('slug'), modules: json<CourseModule[]>(record, 'modules', []) };
}

function attemptRow(record: PbRecord): AttemptRow {
  return {
    id: record.id,
    quizId: record.getString('quiz'),
    attemptNumber: record.getInt('attempt_number'),
    score: record.getInt('score'),
    passed: record.getBool('passed'),
    result: json(record, 'result', {
      attemptsLeft: null,
      correctCount: 0,
      questionCount: 0,
      review: 'after-passing',
      answersShown: false,
      questions: [],
    }),
  };
}

function enrolmentRow(record: PbRecord): EnrolmentRow {
  return {
    id: record.id,
    userId: record.getString('user'),
    courseId: record.getString('course'),
    cohortId: record.getString('cohort'),
    status: record.getString('status') as EnrolmentRow['status'],
  };
}

function progressRow(record: PbRecord): ModuleProgress {
  return {
    status: record.getString('status') as ModuleProgress['status'],
    first_visit: record.getString('first_visit'),
    last_visit: record.getString('last_visit'),
    completed_at: record.getString('completed_at'),
  };
}

/** The users id of whoever made a request; '' for superusers, who are not users. */
export function actorId(auth: PbAuth | null | undefined): string {
  return auth && auth.collection().name === 'users' ? auth.id : '';
}

/** Records by key, read once: a store serves one request, so a row it read is still the row it saves. */
function recordCache(read: (key: string[]) => PbRecord | null) {
  const records = new Map<string, PbRecord | null>();
  return {
    get(key: string[]): PbRecord | null {
      const id = key.join('/');
      if (!records.has(id)) records.set(id, read(key));
      return records.get(id) ?? null;
    },
    /** The record if it was read already, without reading it. */
    peek(key: string[]): PbRecord | null | undefined {
      return records.get(key.join('/'));
    },
    remember(key: string[], record: PbRecord) {
      records.set(key.join('/'), record);
    },
  };
}

export function learningStore(app: PbApp): LearningStore {
  const progress = recordCache(([userId, courseId, moduleId]) =>
    first(app, 'module_progress', { user: userId, course: courseId, module: moduleId }),
  );
  const enrolments = recordCache(([userId, courseId]) => first(app, 'enrolments', { user: userId, course: courseId }));
  return {
    findCourseById(id) {
      const record = first(app, 'courses', { id });
      return record && courseRow(record);
    },
    findCourseBySlug(slug) {
      const record = first(app, 'courses', { slug });
      return record && courseRow(record);
    },
    coursesOfProgram(programId) {
      return app.findRecordsByFilter('courses', 'programs.id ?= {:id}', 'slug', 0, 0, { id: programId }).map(courseRow);
    },
    findQuiz(slug): QuizRow | null {
      const header = quizHeader(app, slug);
      if (!header) return null;
      return {
        id: header.id,
        slug,
        courseId: header.course,
        version: header.version,
        definition: quizDefinition(app, header),
      };
    },
    findAttemptByKey(userId, key) {
      const record = first(app, 'quiz_attempts', { user: userId, idempotency_key: key });
      return record && attemptRow(record);
    },
    countAttempts(userId, quizId) {
      return app.countRecords('quiz_attempts', $dbx.hashExp({ user: userId, quiz: quizId }));
    },
    createAttempt(attempt: NewAttempt) {
      return createComposed(app, 'quiz_attempts', {
        user: attempt.userId,
        quiz: attempt.quizId,
        quiz_version: attempt.quizVersion,
        answers: attempt.answers,
        score: attempt.score,
        passed: attempt.passed,
        attempt_number: attempt.attemptNumber,
        idempotency_key: attempt.idempotencyKey,
        result: attempt.result,
      }).id;
    },
    findProgress(userId, courseId, moduleId) {
      const record = progress.get([userId, courseId, moduleId]);
      return record && progressRow(record);
    },
    saveProgress(userId, courseId, moduleId, row) {
      const key = [userId, courseId, moduleId];
      const record = progress.get(key) ?? newRecord(app, 'module_progress');
      record.load({ user: userId, course: courseId, module: moduleId });
      record.load(row);
      app.save(record);
      progress.remember(key, record);
    },
    findEnrolment(userId, courseId) {
      const record = enrolments.get([userId, courseId]);
      return record && enrolmentRow(record);
    },
    saveEnrolment(enrolment) {
      const key = [enrolment.userId, enrolment.courseId];
      const fields = {
        user: enrolment.userId,
        course: enrolment.courseId,
        cohort: enrolment.cohortId,
        status: enrolment.status,
      };
      const known = enrolments.peek(key);
      const record = !enrolment.id
        ? newRecord(app, 'enrolments')
        : known?.id === enrolment.id
          ? known
          : app.findRecordById('enrolments', enrolment.id);
      record.load(fields);
      app.save(record);
      enrolments.remember(key, record);
      return record.id;
    },
    findCohort(id) {
      const record = first(app, 'cohorts', { id });
      return record && { id: record.id, programId: record.getString('program') };
    },
    userExists(id) {
      return first(app, 'users', { id }) !== null;
    },
    audit(entry: AuditEntry) {
      audit(app, entry);
    },
  };
}
