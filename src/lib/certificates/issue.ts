import { isLang, type Lang } from '../i18n/languages';
import { newCode } from './code';
import { courseComplete, mayIssueAutomatically, programComplete } from './rules';
import type { CertificateStore, CourseAchievement, HolderRow, NewCertificate, ProgramAchievement } from './store';

/** Bits in the revocation status list: the W3C Bitstring Status List minimum, 16 KB uncompressed. */
export const STATUS_LIST_SIZE = 131_072;

/** A free random bit of the status list: a bit's position says nothing about when or to whom it was issued. */
export function freeStatusIndex(store: CertificateStore): number {
  for (let tries = 0; tries < 64; tries++) {
    const index = store.randomInt(STATUS_LIST_SIZE);
    if (!store.statusIndexTaken(index)) return index;
  }
  throw new Error('No free status-list index found: the revocation list is nearly full; enlarge STATUS_LIST_SIZE.');
}

type Achievement = { kind: 'course'; course: CourseAchievement } | { kind: 'program'; program: ProgramAchievement };

const achievementOf = (a: Achievement) => (a.kind === 'course' ? a.course : a.program);

/** The stored fields of a new certificate, with its code and status bit drawn from the store. */
export function newCertificate(
  store: CertificateStore,
  holder: HolderRow,
  achievement: Achievement,
  issue: { now: string; lang?: Lang; manual?: { issuedBy: string; note: string } },
): NewCertificate {
  const target = achievementOf(achievement);
  const lang = issue.lang && isLang(issue.lang) ? issue.lang : holder.lang;
  return {
    holder: holder.id,
    holderName: holder.name,
    kind: achievement.kind,
    course: achievement.kind === 'course' ? target.id : '',
    program: achievement.kind === 'program' ? target.id : '',
    achievementTitle: target.title,
    achievementDescription: target.rule?.description ?? {},
    criteria: target.rule?.criteria ?? {},
    lang,
    issuerName: store.issuerName(),
    issuedAt: issue.now,
    status: 'issued',
    revokedAt: '',
    revocationReason: '',
    reasonPublic: false,
    code: newCode((length, alphabet) => store.randomString(length, alphabet)),
    statusIndex: freeStatusIndex(store),
    manual: Boolean(issue.manual),
    note: issue.manual?.note ?? '',
    issuedBy: issue.manual?.issuedBy ?? '',
    autoKey: issue.manual ? '' : `${holder.id}:${achievement.kind}:${target.id}`,
  };
}

function issueAutomatically(
  store: CertificateStore,
  holder: HolderRow,
  achievement: Achievement,
  now: string,
): string | null {
  const target = achievementOf(achievement);
  if (!mayIssueAutomatically(store.certificatesFor(holder.id, achievement.kind, target.id))) return null;
  const certificate = newCertificate(store, holder, achievement, { now });
  const id = store.createCertificate(certificate);
  store.audit({
    actorId: '',
    action: 'certificate.issued',
    collection: 'certificates',
    record: id,
    details: { holder: holder.id, kind: achievement.kind, achievement: target.slug, automatic: true },
  });
  return id;
}

function courseMet(store: CertificateStore, userId: string, course: CourseAchievement): boolean {
  return (
    course.rule !== null &&
    courseComplete(course.rule, store.completedModules(userId, course.id), store.attemptOutcomes(userId, course.id))
  );
}

/**
 * Issues every certificate the person has just earned through `courseId`: the course's own, and
 * those of their programmes that require it. Call it in the transaction that recorded the
 * completion: SQLite runs write transactions one at a time, so two completions arriving together
 * see each other's certificate; the unique autoKey index refuses a second one all the same.
 * Returns the ids of the certificates issued.
 */
/** `courseId` may also be the course slug. */
export function issueEarnedCertificates(
  store: CertificateStore,
  input: { userId: string; courseId: string; now: string },
): string[] {
  // The rule first: most passes complete no course, and then the holder need not be read.
  const course = store.findCourse(input.courseId);
  if (!course || !courseMet(store, input.userId, course)) return [];
  const holder = store.findHolder(input.userId);
  if (!holder) return [];
  const issued: string[] = [];
  const courseCertificate = issueAutomatically(store, holder, { kind: 'course', course }, input.now);
  if (courseCertificate) issued.push(courseCertificate);

  issued.push(...issueProgramCertificates(store, holder, input.now, (rule) => rule.courses.includes(course.slug)));
  return issued;
}

/**
 * Issues the programme certificates the person has just earned through supervision hours (a
 * session signed by everyone), in the transaction that signed it. Returns the ids issued.
 */
export function issueEarnedProgramCertificates(
  store: CertificateStore,
  input: { userId: string; now: string },
): string[] {
  const holder = store.findHolder(input.userId);
  return holder ? issueProgramCertificates(store, holder, input.now, () => true) : [];
}

/** The certificates of the holder's programmes whose rule `concerns` says to look at and that are now met. */
function issueProgramCertificates(
  store: CertificateStore,
  holder: HolderRow,
  now: string,
  concerns: (rule: NonNullable<ProgramAchievement['rule']>) => boolean,
): string[] {
  const issued: string[] = [];
  for (const program of store.programsOf(holder.id)) {
    if (!program.rule || !concerns(program.rule)) continue;
    const completed = program.rule.courses.filter((slug) => {
      const required = store.findCourse(slug);
      return required !== null && courseMet(store, holder.id, required);
    });
    const sessions = store.supervisionSessions(holder.id, program.id);
    if (!programComplete(program.rule, completed, program.supervisionHours, sessions)) continue;
    const certificate = issueAutomatically(store, holder, { kind: 'program', program }, now);
    if (certificate) issued.push(certificate);
  }
  return issued;
}
