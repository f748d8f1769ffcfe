import type { Lang } from '../i18n/languages';
import type { AuditEntry } from '../records/store';
import type { RandomString } from './code';
import type { AttemptOutcome, CourseRule, Localized, ProgramRule, SupervisionSession } from './rules';

export type CertificateKind = 'course' | 'program';
export type CertificateStatus = 'issued' | 'revoked';

export type HolderRow = { id: string; name: string; lang: Lang };
export type CourseAchievement = { id: string; slug: string; title: Localized; rule: CourseRule | null };
export type ProgramAchievement = {
  id: string;
  slug: string;
  title: Localized;
  supervisionHours: number;
  rule: ProgramRule | null;
};

/** A stored certificate, with the fields of the `certificates` collection (docs/certificates.md). */
export type CertificateRow = {
  id: string;
  holder: string;
  holderName: string;
  kind: CertificateKind;
  course: string;
  program: string;
  achievementTitle: Localized;
  achievementDescription: Localized;
  criteria: Localized;
  lang: Lang;
  issuerName: string;
  issuedAt: string;
  status: CertificateStatus;
  revokedAt: string;
  revocationReason: string;
  reasonPublic: boolean;
  code: string;
  statusIndex: number;
  manual: boolean;
  note: string;
  issuedBy: string;
  autoKey: string;
};

export type NewCertificate = Omit<CertificateRow, 'id'>;

/**
 * The reads and writes of issuance, revocation and verification. src/lib/server/certificate-store.ts
 * implements it on PocketBase inside one transaction; unit tests use an in-memory one.
 */
export interface CertificateStore {
  findHolder(userId: string): HolderRow | null;
  findCourse(idOrSlug: string): CourseAchievement | null;
  findProgram(idOrSlug: string): ProgramAchievement | null;
  /** Ids of the modules of `courseId` the person completed. */
  completedModules(userId: string, courseId: string): string[];
  /** The person's outcomes at the quizzes of `courseId`: at least one per quiz version attempted, passed if any attempt passed. */
  attemptOutcomes(userId: string, courseId: string): AttemptOutcome[];
  /** Programmes the person takes part in: those of the cohorts of their enrolments. */
  programsOf(userId: string): ProgramAchievement[];
  /**
   * Supervision sessions of the person in the programme, signed or not, as the mentoring code
   * counts them (programSupervision).
   */
  supervisionSessions(userId: string, programId: string): SupervisionSession[];
  certificatesFor(userId: string, kind: CertificateKind, achievementId: string): CertificateRow[];
  findCertificate(id: string): CertificateRow | null;
  findCertificateByCode(code: string): CertificateRow | null;
  statusIndexTaken(index: number): boolean;
  createCertificate(certificate: NewCertificate): string;
  revokeCertificate(id: string, change: { revokedAt: string; revocationReason: string; reasonPublic: boolean }): void;
  /** The organisation named as issuer (ERTAD_ISSUER_NAME, else the application name). */
  issuerName(): string;
  randomString: RandomString;
  /** A uniformly random whole number in [0, max). */
  randomInt(max: number): number;
  audit(entry: AuditEntry): void;
}
