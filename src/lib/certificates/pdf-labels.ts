import type { Lang } from '../i18n/languages';
import { translate } from '../i18n/translate';

/** The fixed words of the certificate PDF, in the certificate's language. */
export type PdfLabels = {
  title: string;
  certifies: string;
  completedCourse: string;
  completedProgram: string;
  issuedBy: string;
  issuedOn: string;
  verify: string;
  code: string;
};

export function pdfLabels(lang: Lang): PdfLabels {
  return {
    title: translate(lang, 'certificate.pdf.title'),
    certifies: translate(lang, 'certificate.pdf.certifies'),
    completedCourse: translate(lang, 'certificate.pdf.completedCourse'),
    completedProgram: translate(lang, 'certificate.pdf.completedProgram'),
    issuedBy: translate(lang, 'certificate.pdf.issuedBy'),
    issuedOn: translate(lang, 'certificate.pdf.issuedOn'),
    verify: translate(lang, 'certificate.pdf.verify'),
    code: translate(lang, 'certificate.pdf.code'),
  };
}
