// Loaded only when someone asks for a PDF: pdf-lib, fontkit, the QR encoder and the fonts stay out
// of the dashboard's first load. The PDF is made in the browser so that the server stays one
// binary with no PDF engine (docs/certificates.md says why).
import fontkit from '@pdf-lib/fontkit';
import armenian400 from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff?url';
import armenian700 from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-700-normal.woff?url';
import georgian400 from '@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-400-normal.woff?url';
import georgian700 from '@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-700-normal.woff?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import type { CertificateDocument } from '~/lib/certificates/document';
import { certificatePdf } from '~/lib/certificates/pdf';
import type { FontSubset, FontWeight } from '~/lib/certificates/pdf-fonts';
import type { PdfLabels } from '~/lib/certificates/pdf-labels';

const FONT_URLS: Record<`${FontSubset}-${FontWeight}`, string> = {
  'latin-400': latin400,
  'latin-700': latin700,
  'latin-ext-400': latinExt400,
  'latin-ext-700': latinExt700,
  'georgian-400': georgian400,
  'georgian-700': georgian700,
  'armenian-400': armenian400,
  'armenian-700': armenian700,
};

async function loadFont(subset: FontSubset, weight: FontWeight): Promise<Uint8Array> {
  const response = await fetch(FONT_URLS[`${subset}-${weight}`]);
  if (!response.ok) throw new Error(`font ${subset}-${weight}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Makes the certificate's PDF and hands it to the browser as a download. */
export async function downloadCertificate(document: CertificateDocument, labels: PdfLabels): Promise<void> {
  const bytes = await certificatePdf(document, labels, loadFont, fontkit);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `certificate-${document.code}.pdf`;
  window.document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
