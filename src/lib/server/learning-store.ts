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
import { audit, createComposed, first, json, jsonText, newRecord } from './pocketbase-records';

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
class RecordCache {
  private readonly records = new Map<string, PbRecord | null>();
  constructor(private readonly read: (key: string[]) => PbRecord | null) {}

  get(key: string[]): PbRecord | null {
    const id = key.join('/');
    if (!this.records.has(id)) this.records.set(id, this.read(key));
    return this.records.get(id) ?? null;
  }

  /** The record if it was read already, without reading it. */
  peek(key: string[]): PbRecord | null | undefined {
    return this.records.get(key.join('/'));
  }

  remember(key: string[], record: PbRecord) {
    this.records.set(key.join('/'), record);
  }
}

/**
 * A class rather than an object of closures: PocketBase's JS engine allocates every closure anew,
 * and each graded attempt makes two stores.
 */
class PbLearningStore implements LearningStore {
  private readonly progress: RecordCache;
  private readonly enrolments: RecordCache;

  constructor(private readonly app: PbApp) {
    this.progress = new RecordCache(([userId, courseId, moduleId]) =>
      first(app, 'module_progress', { user: userId, course: courseId, module: moduleId }),
    );
    this.enrolments = new RecordCache(([userId, courseId]) =>
      first(app, 'enrolments', { user: userId, course: courseId }),
    );
  }

  findCourseById(id: string) {
    const record = first(this.app, 'courses', { id });
    return record && courseRow(record);
  }

  findCourseBySlug(slug: string) {
    const record = first(this.app, 'courses', { slug });
    return record && courseRow(record);
  }

  coursesOfProgram(programId: string) {
    return this.app
      .findRecordsByFilter('courses', 'programs.id ?= {:id}', 'slug', 0, 0, { id: programId })
      .map(courseRow);
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
    const record = first(this.app, 'quiz_attempts', { user: userId, idempotency_key: key });
    return record && attemptRow(record);
  }

  countAttempts(userId: string, quizId: string) {
    return this.app.countRecords('quiz_attempts', $dbx.hashExp({ user: userId, quiz: quizId }));
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
    const record = this.enrolments.get([userId, courseId]);
    return record && enrolmentRow(record);
  }

  saveEnrolment(enrolment: EnrolmentRow) {
    const key = [enrolment.userId, enrolment.courseId];
    const fields = {
      user: enrolment.userId,
      course: enrolment.courseId,
      cohort: enrolment.cohortId,
      status: enrolment.status,
    };
    const known = this.enrolments.peek(key);
    const record = !enrolment.id
      ? newRecord(this.app, 'enrolments')
      : known?.id === enrolment.id
        ? known
        : this.app.findRecordById('enrolments', enrolment.id);
    record.load(fields);
    this.app.save(record);
    this.enrolments.remember(key, record);
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
