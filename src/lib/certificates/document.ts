import type { Lang } from '../i18n/languages';
import { errorReply, type Reply } from '../records/store';
import type { Localized } from './rules';
import type { CertificateRow, CertificateStore } from './store';
import { verificationUrl } from './verify';

/** Everything the PDF prints; the same record always gives the same document. */
export type CertificateDocument = {
  id: string;
  holderName: string;
  kind: 'course' | 'program';
  achievementTitle: Localized;
  lang: Lang;
  issuerName: string;
  issuedAt: string;
  status: 'issued' | 'revoked';
  revokedAt: string;
  code: string;
  verifyUrl: string;
};

export function documentOf(certificate: CertificateRow, appUrl: string): CertificateDocument {
  return {
    id: certificate.id,
    holderName: certificate.holderName,
    kind: certificate.kind,
    achievementTitle: certificate.achievementTitle,
    lang: certificate.lang,
    issuerName: certificate.issuerName,
    issuedAt: certificate.issuedAt,
    status: certificate.status,
    revokedAt: certificate.revokedAt,
    code: certificate.code,
    verifyUrl: verificationUrl(appUrl, certificate.code),
  };
}

/**
 * GET /api/ertad/certificates/{id}/document: what the PDF needs, with the verification URL on the
 * deployment's public origin. Only the holder and coordinators; others get 404, as for a record
 * they may not see.
 */
export function certificateDocument(
  store: CertificateStore,
  input: { id: string; userId: string; isCoordinator: boolean; appUrl: string },
): Reply {
  const certificate = store.findCertificate(input.id);
  if (!certificate || (certificate.holder !== input.userId && !input.isCoordinator)) {
    return errorReply(404, 'There is no such certificate.', [
      { code: 'not_found', message: 'There is no such certificate.' },
    ]);
  }
  return { status: 200, body: documentOf(certificate, input.appUrl) };
}
