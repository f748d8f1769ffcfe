// The LearningStore of src/lib/records/store.ts on PocketBase: give it the txApp of a
// transaction, so that the reads and writes of one request commit or roll back together.
import type { QuizDefinition } from '../quiz/schema';
import type {
  AttemptContext,
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
import {
  audit,
  createComposed,
  first,
  firstRowWhere,
  JSON_COLUMN,
  jsonText,
  newRecord,
  parseJson,
} from './pocketbase-records';

// Globals of PocketBase's JS runtime, where the bundle runs.
declare const $dbx: PbGlobals['$dbx'];
declare const DynamicModel: PbGlobals['DynamicModel'];

const QUIZ_HEADER_COLUMNS = { id: '', course: '', version: '' };
type QuizHeader = typeof QUIZ_HEADER_COLUMNS;

// Parsed quiz definitions by record id and version: loading and parsing the definition is the
// costliest read of grading, and each pooled JS runtime keeps its own copy of this module.
const definitions: { [idAndVersion: string]: QuizDefinition } = {};

/** A quiz's id, course and version only: the columns that say whether the cached definition still holds. */
function quizHeader(app: PbApp, slug: string): QuizHeader | null {
  return firstRowWhere(app, 'quizzes', QUIZ_HEADER_COLUMNS, $dbx.hashExp({ slug }));
}

function quizDefinition(app: PbApp, header: QuizHeader): QuizDefinition {
  const key = `${header.id}:${header.version}`;
  definitions[key] ??= JSON.parse(app.findRecordById('quizzes', header.id).getString('definition')) as QuizDefinition;
  return definitions[key];
}

const COURSE_COLUMNS = { id: '', slug: '', modules: JSON_COLUMN };

function courseRow(row: typeof COURSE_COLUMNS): CourseRow {
  return { id: row.id, slug: row.slug, modules: parseJson<CourseModule[]>(row.modules, []) };
}

const ATTEMPT_COLUMNS = { id: '', quiz: '', attempt_number: 0, score: 0, passed: false, result: JSON_COLUMN };

function attemptRow(row: typeof ATTEMPT_COLUMNS): AttemptRow {
  return {
    id: row.id,
    quizId: row.quiz,
    attemptNumber: row.attempt_number,
    score: row.score,
    passed: row.passed,
    result: parseJson(row.result, {
      attemptsLeft: null,
      correctCount: 0,
      questionCount: 0,
      review: 'after-passing',
      answersShown: false,
      questions: [],
    }),
  };
}

const ENROLMENT_COLUMNS = { id: '', user: '', course: '', cohort: '', status: '' };

function enrolmentRow(row: typeof ENROLMENT_COLUMNS): EnrolmentRow {
  return {
    id: row.id,
    userId: row.user,
    courseId: row.course,
    cohortId: row.cohort,
    status: row.status as EnrolmentRow['status'],
  };
}

// The enrolment's columns under their own names, so that enrolmentRow reads them too.
const ATTEMPT_CONTEXT_COLUMNS = { ...ENROLMENT_COLUMNS, earlier: '', attempts: 0 };

// The three reads of every submission in one query: each query costs more in PocketBase's JS
// engine than the index lookups it runs.
const ATTEMPT_CONTEXT_SQL =
  "SELECT COALESCE(e.id, '') AS id, COALESCE(e.`user`, '') AS `user`, COALESCE(e.course, '') AS course, " +
  "COALESCE(e.cohort, '') AS cohort, COALESCE(e.status, '') AS status, " +
  '(SELECT count(*) FROM quiz_attempts WHERE `user` = {:user} AND quiz = {:quiz}) AS attempts, ' +
  "COALESCE((SELECT id FROM quiz_attempts WHERE `user` = {:user} AND idempotency_key = {:key}), '') AS earlier " +
  'FROM (SELECT 1) LEFT JOIN enrolments e ON e.`user` = {:user} AND e.course = {:course}';

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

/** Rows by key, read once: a store serves one request, so a row it read is still the row it saves. */
class ReadOnce<T> {
  private readonly rows = new Map<string, T | null>();
  constructor(private readonly read: (key: string[]) => T | null) {}

  get(key: string[]): T | null {
    const id = key.join('/');
    if (!this.rows.has(id)) this.rows.set(id, this.read(key));
    return this.rows.get(id) ?? null;
  }

  remember(key: string[], row: T | null) {
    this.rows.set(key.join('/'), row);
  }
}

/**
 * A class rather than an object of closures: PocketBase's JS engine allocates every closure anew,
 * and each graded attempt makes two stores.
 */
class PbLearningStore implements LearningStore {
  private readonly progress: ReadOnce<PbRecord>;
  /** Grading and course completion both ask for the enrolment. */
  private readonly enrolments: ReadOnce<EnrolmentRow>;

  constructor(private readonly app: PbApp) {
    this.progress = new ReadOnce(([userId, courseId, moduleId]) =>
      first(app, 'module_progress', { user: userId, course: courseId, module: moduleId }),
    );
    this.enrolments = new ReadOnce(([userId, courseId]) => {
      const row = firstRowWhere(app, 'enrolments', ENROLMENT_COLUMNS, $dbx.hashExp({ user: userId, course: courseId }));
      return row && enrolmentRow(row);
    });
  }

  findCourseById(id: string) {
    const row = firstRowWhere(this.app, 'courses', COURSE_COLUMNS, $dbx.hashExp({ id }));
    return row && courseRow(row);
  }

  findCourseBySlug(slug: string) {
    const row = firstRowWhere(this.app, 'courses', COURSE_COLUMNS, $dbx.hashExp({ slug }));
    return row && courseRow(row);
  }

  coursesOfProgram(programId: string) {
    return this.app
      .findRecordsByFilter('courses', 'programs.id ?= {:id}', 'slug', 0, 0, { id: programId })
      .map((record) =>
        courseRow({ id: record.id, slug: record.getString('slug'), modules: record.getString('modules') }),
      );
  }

  findQuiz(slug: string): QuizRow | null {
    const header = quizHeader(this.app, slug);
    if (!header) return null;
    return {
      id: header.id,
      slug,
      courseId: header.course,
      version: header.version,
      definition: quizDefinition(this.app, header),
    };
  }

  findAttemptByKey(userId: string, key: string) {
    const row = firstRowWhere(
      this.app,
      'quiz_attempts',
      ATTEMPT_COLUMNS,
      $dbx.hashExp({ user: userId, idempotency_key: key }),
    );
    return row && attemptRow(row);
  }

  attemptContext(userId: string, quiz: { id: string; courseId: string }, key: string): AttemptContext {
    const row = new DynamicModel(ATTEMPT_CONTEXT_COLUMNS);
    this.app
      .db()
      .newQuery(ATTEMPT_CONTEXT_SQL)
      .bind({ user: userId, quiz: quiz.id, course: quiz.courseId, key })
      .one(row);
    const enrolment = row.id ? enrolmentRow(row) : null;
    this.enrolments.remember([userId, quiz.courseId], enrolment);
    return { earlier: row.earlier ? this.findAttemptByKey(userId, key) : null, enrolment, attempts: row.attempts };
  }

  createAttempt(attempt: NewAttempt) {
    return createComposed(this.app, 'quiz_attempts', {
      user: attempt.userId,
      quiz: attempt.quizId,
      quiz_version: attempt.quizVersion,
      answers: jsonText(attempt.answers),
      score: attempt.score,
      passed: attempt.passed,
      attempt_number: attempt.attemptNumber,
      idempotency_key: attempt.idempotencyKey,
      result: jsonText(attempt.result),
    }).id;
  }

  findProgress(userId: string, courseId: string, moduleId: string) {
    const record = this.progress.get([userId, courseId, moduleId]);
    return record && progressRow(record);
  }

  saveProgress(userId: string, courseId: string, moduleId: string, row: ModuleProgress) {
    const key = [userId, courseId, moduleId];
    const record = this.progress.get(key) ?? newRecord(this.app, 'module_progress');
    record.load({ user: userId, course: courseId, module: moduleId });
    record.load(row);
    // Composed here from the course's own modules and the rules' output: validation would only
    // re-read the user and the course, twice per graded pass.
    this.app.saveNoValidate(record);
    this.progress.remember(key, record);
  }

  findEnrolment(userId: string, courseId: string) {
    return this.enrolments.get([userId, courseId]);
  }

  saveEnrolment(enrolment: EnrolmentRow) {
    const record = enrolment.id
      ? this.app.findRecordById('enrolments', enrolment.id)
      : newRecord(this.app, 'enrolments');
    record.load({
      user: enrolment.userId,
      course: enrolment.courseId,
      cohort: enrolment.cohortId,
      status: enrolment.status,
    });
    this.app.save(record);
    this.enrolments.remember([enrolment.userId, enrolment.courseId], { ...enrolment, id: record.id });
    return record.id;
  }

  findCohort(id: string) {
    const record = first(this.app, 'cohorts', { id });
    return record && { id: record.id, programId: record.getString('program') };
  }

  userExists(id: string) {
    return first(this.app, 'users', { id }) !== null;
  }

  audit(entry: AuditEntry) {
    audit(this.app, entry);
  }
}

export function learningStore(app: PbApp): LearningStore {
  return new PbLearningStore(app);
}
