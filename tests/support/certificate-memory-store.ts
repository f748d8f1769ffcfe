import type { AuditEntry } from '../../src/lib/records/store';
import type { AttemptOutcome, SupervisionSession } from '../../src/lib/certificates/rules';
import type {
  CertificateRow,
  CertificateStore,
  CourseAchievement,
  HolderRow,
  ProgramAchievement,
} from '../../src/lib/certificates/store';

/** A CertificateStore in memory, so issuance, revocation and verification run without PocketBase. */
export function memoryCertificateStore(seed: {
  holders: HolderRow[];
  courses: CourseAchievement[];
  programs?: (ProgramAchievement & { members: string[] })[];
}) {
  const certificates: CertificateRow[] = [];
  const audits: AuditEntry[] = [];
  const completed = new Map<string, string[]>();
  const attempts = new Map<string, AttemptOutcome[]>();
  const sessions = new Map<string, SupervisionSession[]>();
  let counter = 0;
  const key = (a: string, b: string) => `${a}/${b}`;
  const byKey = <T extends { id: string; slug: string }>(rows: T[], k: string) =>
    rows.find((r) => r.id === k || r.slug === k) ?? null;

  const store: CertificateStore = {
    findHolder: (id) => seed.holders.find((h) => h.id === id) ?? null,
    findCourse: (k) => byKey(seed.courses, k),
    findProgram: (k) => byKey(seed.programs ?? [], k),
    completedModules: (userId, courseId) => completed.get(key(userId, courseId)) ?? [],
    attemptOutcomes: (userId, courseId) => attempts.get(key(userId, courseId)) ?? [],
    programsOf: (userId) => (seed.programs ?? []).filter((p) => p.members.includes(userId)),
    supervisionSessions: (userId, programId) => sessions.get(key(userId, programId)) ?? [],
    certificatesFor: (userId, kind, id) =>
      certificates.filter(
        (c) => c.holder === userId && c.kind === kind && (kind === 'course' ? c.course : c.program) === id,
      ),
    findCertificate: (id) => certificates.find((c) => c.id === id) ?? null,
    findCertificateByCode: (code) => certificates.find((c) => c.code === code) ?? null,
    statusIndexTaken: (index) => certificates.some((c) => c.statusIndex === index),
    createCertificate(certificate) {
      const id = `cert${++counter}`;
      certificates.push({ ...certificate, id });
      return id;
    },
    revokeCertificate(id, change) {
      Object.assign(
        certificates.find((c) => c.id === id)!,
        { status: 'revoked', ...change },
      );
    },
    issuerName: () => 'Civil Society Learning Hub',
    // Deterministic and distinct: tests need repeatable codes, not secret ones.
    randomString: (length, alphabet) =>
      Array.from({ length }, (_, i) => alphabet[(counter * 7 + i * 13) % alphabet.length]).join(''),
    randomInt: (max) => (counter * 7919) % max,
    audit: (entry) => audits.push(entry),
  };
  return {
    store,
    certificates,
    audits,
    complete: (userId: string, courseId: string, modules: string[]) => completed.set(key(userId, courseId), modules),
    attempt: (userId: string, courseId: string, outcome: AttemptOutcome) =>
      attempts.set(key(userId, courseId), [...(attempts.get(key(userId, courseId)) ?? []), outcome]),
    signSessions: (userId: string, programId: string, list: SupervisionSession[]) =>
      sessions.set(key(userId, programId), list),
  };
}
