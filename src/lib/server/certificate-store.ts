// The CertificateStore of src/lib/certificates/store.ts on PocketBase: give it the txApp of a
// transaction, so that the completion and the certificate commit or roll back together.
import type {
  CertificateKind,
  CertificateRow,
  CertificateStore,
  NewCertificate,
  ProgramAchievement,
} from '../certificates/store';
import type { AuditEntry } from '../records/store';
import type { AttemptOutcome, CourseRule, Localized, ProgramRule } from '../certificates/rules';
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import { programSupervision } from '../mentoring/hours';
import { mentoringStore } from './mentoring-store';
import type { PbApp, PbGlobals, PbRecord } from './pocketbase-api';
import { audit, create, first, firstRowWhere, json, JSON_COLUMN, parseJson } from './pocketbase-records';

declare const $app: PbGlobals['$app'];
declare const $dbx: PbGlobals['$dbx'];
declare const $os: PbGlobals['$os'];
declare const $security: PbGlobals['$security'];
declare const arrayOf: PbGlobals['arrayOf'];
declare const DynamicModel: PbGlobals['DynamicModel'];

const ACHIEVEMENT_COLUMNS = { id: '', slug: '', title: JSON_COLUMN, certificate: JSON_COLUMN };
const PROGRAM_COLUMNS = { ...ACHIEVEMENT_COLUMNS, supervisionHours: 0 };

/** A course's or programme's id, slug, title and certificate rule. */
function achievementRow<Rule>(row: typeof ACHIEVEMENT_COLUMNS): {
  id: string;
  slug: string;
  title: Localized;
  rule: Rule | null;
} {
  return {
    id: row.id,
    slug: row.slug,
    title: parseJson(row.title, {}),
    rule: parseJson<Rule | null>(row.certificate, null),
  };
}

function certificateRow(record: PbRecord): CertificateRow {
  return {
    id: record.id,
    holder: record.getString('holder'),
    holderName: record.getString('holderName'),
    kind: record.getString('kind') as CertificateRow['kind'],
    course: record.getString('course'),
    program: record.getString('program'),
    achievementTitle: json(record, 'achievementTitle', {}),
    achievementDescription: json(record, 'achievementDescription', {}),
    criteria: json(record, 'criteria', {}),
    lang: record.getString('lang') as Lang,
    issuerName: record.getString('issuerName'),
    issuedAt: record.getString('issuedAt'),
    status: record.getString('status') as CertificateRow['status'],
    revokedAt: record.getString('revokedAt'),
    revocationReason: record.getString('revocationReason'),
    reasonPublic: record.getBool('reasonPublic'),
    code: record.getString('code'),
    statusIndex: record.getInt('statusIndex'),
    manual: record.getBool('manual'),
    note: record.getString('note'),
    issuedBy: record.getString('issuedBy'),
    autoKey: record.getString('autoKey'),
  };
}

/** The `shape` columns of a row by id, else by slug; null when neither matches. */
function byIdOrSlug<T extends typeof ACHIEVEMENT_COLUMNS>(app: PbApp, table: string, shape: T, key: string): T | null {
  return firstRowWhere(app, table, shape, $dbx.or($dbx.hashExp({ id: key }), $dbx.hashExp({ slug: key })));
}

function findProgram(app: PbApp, key: string): ProgramAchievement | null {
  const row = byIdOrSlug(app, 'programs', PROGRAM_COLUMNS, key);
  return row && { ...achievementRow<ProgramRule>(row), supervisionHours: row.supervisionHours };
}

/** A class rather than an object of closures: PocketBase's JS engine allocates every closure anew. */
class PbCertificateStore implements CertificateStore {
  constructor(private readonly app: PbApp) {}

  findHolder(userId: string) {
    const record = first(this.app, 'users', { id: userId });
    return (
      record && {
        id: record.id,
        name: record.getString('name'),
        lang: (record.getString('preferred_language') || DEFAULT_LANG) as Lang,
      }
    );
  }

  findCourse(key: string) {
    const row = byIdOrSlug(this.app, 'courses', ACHIEVEMENT_COLUMNS, key);
    return row && achievementRow<CourseRule>(row);
  }

  findProgram(key: string) {
    return findProgram(this.app, key);
  }

  completedModules(userId: string, courseId: string) {
    return this.app
      .findRecordsByFilter(
        'module_progress',
        "user = {:userId} && course = {:courseId} && status = 'completed'",
        '',
        0,
        0,
        { userId, courseId },
      )
      .map((record) => record.getString('module'));
  }

  attemptOutcomes(userId: string, courseId: string): AttemptOutcome[] {
    const rows = arrayOf(new DynamicModel({ quiz: '', version: '', passed: false }));
    this.app
      .db()
      .newQuery(
        // One row per quiz version: a fellow with unlimited attempts may have hundreds.
        'SELECT q.slug AS quiz, a.quiz_version AS version, MAX(a.passed) AS passed FROM quiz_attempts a ' +
          'JOIN quizzes q ON q.id = a.quiz WHERE a.user = {:userId} AND q.course = {:courseId} ' +
          'GROUP BY q.slug, a.quiz_version',
      )
      .bind({ userId, courseId })
      .all(rows);
    return rows.map((row) => ({ quiz: row.quiz, version: row.version, passed: Boolean(row.passed) }));
  }

  programsOf(userId: string) {
    const rows = arrayOf(new DynamicModel({ program: '' }));
    this.app
      .db()
      .newQuery(
        "SELECT DISTINCT c.program AS program FROM enrolments e JOIN cohorts c ON c.id = e.cohort WHERE e.user = {:userId} AND e.status != 'withdrawn'",
      )
      .bind({ userId })
      .all(rows);
    return rows
      .map((row) => findProgram(this.app, row.program))
      .filter((program): program is ProgramAchievement => program !== null);
  }

  supervisionSessions(userId: string, programId: string) {
    // Counted by the mentoring code; reading sessions queues no mail.
    return programSupervision(mentoringStore(this.app, null), userId, programId);
  }

  certificatesFor(userId: string, kind: CertificateKind, achievementId: string) {
    return this.app
      .findRecordsByFilter(
        'certificates',
        `holder = {:userId} && kind = {:kind} && ${kind === 'course' ? 'course' : 'program'} = {:id}`,
        '',
        0,
        0,
        { userId, kind, id: achievementId },
      )
      .map(certificateRow);
  }

  findCertificate(id: string) {
    const record = first(this.app, 'certificates', { id });
    return record && certificateRow(record);
  }

  findCertificateByCode(code: string) {
    const record = first(this.app, 'certificates', { code });
    return record && certificateRow(record);
  }

  statusIndexTaken(index: number) {
    return first(this.app, 'certificates', { statusIndex: index }) !== null;
  }

  createCertificate(certificate: NewCertificate) {
    return create(this.app, 'certificates', certificate).id;
  }

  revokeCertificate(id: string, change: { revokedAt: string; revocationReason: string; reasonPublic: boolean }) {
    const record = this.app.findRecordById('certificates', id);
    record.load({ status: 'revoked', ...change });
    this.app.save(record);
  }

  issuerName() {
    return $os.getenv('ERTAD_ISSUER_NAME') || $app.settings().meta.appName;
  }

  randomString(length: number, alphabet: string) {
    return $security.randomStringWithAlphabet(length, alphabet);
  }

  randomInt(max: number) {
    // 32 random bits, redrawn when they fall in the uneven tail, so every value is equally likely.
    const limit = Math.floor(0x100000000 / max) * max;
    for (;;) {
      const value = parseInt($security.randomStringWithAlphabet(8, '0123456789abcdef'), 16);
      if (value < limit) return value % max;
    }
  }

  audit(entry: AuditEntry) {
    audit(this.app, entry);
  }
}

export function certificateStore(app: PbApp): CertificateStore {
  return new PbCertificateStore(app);
}
