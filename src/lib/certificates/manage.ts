import { isLang } from '../i18n/languages';
import { errorReply, type Reply } from '../records/store';
import { newCertificate } from './issue';
import type { CertificateStore } from './store';

const MAX_TEXT = 2000;

type Problem = { code: string; message: string };
const invalid = (errors: Problem[]) => errorReply(400, 'The request is incomplete or malformed.', errors);
const conflict = (code: string, message: string) => errorReply(409, message, [{ code, message }]);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * POST /api/ertad/certificates (coordinators): issues a certificate for learning done outside
 * Ertad. Body { holder: user id, kind: "course" | "program", achievement: slug or id, note, lang? }.
 * Refused while the person holds an issued certificate for the same achievement.
 */
export function issueManually(store: CertificateStore, input: { actorId: string; body: unknown; now: string }): Reply {
  const body = (input.body ?? {}) as Record<string, unknown>;
  const note = text(body.note);
  const errors: Problem[] = [];
  if (typeof body.holder !== 'string' || !body.holder)
    errors.push({ code: 'holder_required', message: 'Choose whose certificate it is (holder).' });
  if (body.kind !== 'course' && body.kind !== 'program')
    errors.push({ code: 'kind_invalid', message: 'kind must be "course" or "program".' });
  if (typeof body.achievement !== 'string' || !body.achievement)
    errors.push({ code: 'achievement_required', message: 'Choose the course or programme (achievement).' });
  if (!note)
    errors.push({ code: 'note_required', message: 'Say in the note what was learned, where and how it was checked.' });
  if (note.length > MAX_TEXT)
    errors.push({ code: 'text_too_long', message: `The note is longer than ${MAX_TEXT} characters.` });
  if (body.lang !== undefined && body.lang !== '' && !isLang(body.lang))
    errors.push({ code: 'lang_invalid', message: 'lang must be ka, en, az or hy.' });
  if (errors.length > 0) return invalid(errors);

  const holder = store.findHolder(body.holder as string);
  if (!holder)
    return errorReply(404, 'There is no such person.', [
      { code: 'holder_not_found', message: 'There is no such person.' },
    ]);
  const kind = body.kind as 'course' | 'program';
  const course = kind === 'course' ? store.findCourse(body.achievement as string) : null;
  const program = kind === 'program' ? store.findProgram(body.achievement as string) : null;
  const target = course ?? program;
  if (!target) {
    return errorReply(404, `There is no ${kind} "${body.achievement}".`, [
      { code: 'achievement_not_found', message: `There is no ${kind} "${body.achievement}".` },
    ]);
  }
  if (store.certificatesFor(holder.id, kind, target.id).some((c) => c.status === 'issued')) {
    return conflict('already_issued', 'This person already holds a valid certificate for this achievement.');
  }
  const achievement = course ? { kind: 'course' as const, course } : { kind: 'program' as const, program: program! };
  const certificate = newCertificate(store, holder, achievement, {
    now: input.now,
    lang: isLang(body.lang) ? body.lang : undefined,
    manual: { issuedBy: input.actorId, note },
  });
  const id = store.createCertificate(certificate);
  store.audit({
    actorId: input.actorId,
    action: 'certificate.issued',
    collection: 'certificates',
    record: id,
    details: { holder: holder.id, kind, achievement: target.slug, automatic: false, note },
  });
  return { status: 201, body: { ...certificate, id, autoKey: undefined } };
}

/**
 * POST /api/ertad/certificates/{id}/revoke (coordinators): body { reason, reasonPublic? }. The
 * certificate stays, marked revoked with the date and reason; it is never deleted.
 */
export function revokeCertificate(
  store: CertificateStore,
  input: { actorId: string; id: string; body: unknown; now: string },
): Reply {
  const body = (input.body ?? {}) as Record<string, unknown>;
  const reason = text(body.reason);
  if (!reason) return invalid([{ code: 'reason_required', message: 'Give the reason for revoking the certificate.' }]);
  if (reason.length > MAX_TEXT)
    return invalid([{ code: 'text_too_long', message: `The reason is longer than ${MAX_TEXT} characters.` }]);
  const certificate = store.findCertificate(input.id);
  if (!certificate)
    return errorReply(404, 'There is no such certificate.', [
      { code: 'not_found', message: 'There is no such certificate.' },
    ]);
  if (certificate.status === 'revoked') return conflict('already_revoked', 'This certificate is already revoked.');
  const change = { revokedAt: input.now, revocationReason: reason, reasonPublic: body.reasonPublic === true };
  store.revokeCertificate(certificate.id, change);
  store.audit({
    actorId: input.actorId,
    action: 'certificate.revoked',
    collection: 'certificates',
    record: certificate.id,
    details: { holder: certificate.holder, code: certificate.code, reason, reasonPublic: change.reasonPublic },
  });
  return { status: 200, body: { id: certificate.id, status: 'revoked', ...change } };
}
