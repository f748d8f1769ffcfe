import { normalizeCode } from './code';
import type { CertificateRow, CertificateStore } from './store';
import type { Localized } from './rules';

/** What anyone may learn about a code: the same keys whether it is valid, revoked or unknown. */
export type Verification = {
  status: 'valid' | 'revoked' | 'unknown';
  code: string;
  holderName: string;
  achievement: Localized;
  kind: string;
  issuer: string;
  issuedAt: string;
  revokedAt: string;
  /** The revocation reason, only when the coordinator chose to publish it. */
  reason: string;
};

/** A code that matches nothing: looking it up costs the same as looking up a real one. */
const NO_SUCH_CODE = '____-____-____-____-____-____-____';

function reply(status: Verification['status'], code: string, certificate: CertificateRow | null): Verification {
  const revoked = status === 'revoked';
  return {
    status,
    code,
    holderName: certificate?.holderName ?? '',
    achievement: certificate?.achievementTitle ?? {},
    kind: certificate?.kind ?? '',
    issuer: certificate?.issuerName ?? '',
    issuedAt: certificate?.issuedAt ?? '',
    revokedAt: revoked ? certificate!.revokedAt : '',
    reason: revoked && certificate!.reasonPublic ? certificate!.revocationReason : '',
  };
}

/**
 * GET /api/ertad/verify/{code}: always 200 and the same shape, and always one indexed look-up, so
 * the answer for a code that does not exist (or is mistyped) tells an enumerator nothing more.
 */
export function verifyCode(store: CertificateStore, typed: string): Verification {
  const code = normalizeCode(typed);
  const certificate = store.findCertificateByCode(code ?? NO_SUCH_CODE);
  if (!code || !certificate) return reply('unknown', code ?? '', null);
  return reply(certificate.status === 'revoked' ? 'revoked' : 'valid', code, certificate);
}

/** The verification address printed on the PDF and in its QR code. */
export function verificationUrl(appUrl: string, code: string): string {
  return `${appUrl.replace(/\/+$/, '')}/verify/${code}`;
}
