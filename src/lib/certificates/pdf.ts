import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { FALLBACK_CHAIN, LANGUAGES } from '../i18n/languages';
import type { CertificateDocument } from './document';
import { subsetOf, subsetsFor, type FontSubset, type FontWeight, type PdfFonts } from './pdf-fonts';
import type { PdfLabels } from './pdf-labels';

/** A4 landscape, in points. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 56;
const INK = rgb(0.12, 0.14, 0.2);
const MUTED = rgb(0.36, 0.39, 0.45);
const ACCENT = rgb(0.05, 0.37, 0.45);

type Fonts = Map<`${FontSubset}-${FontWeight}`, PDFFont>;
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Style = { size: number; weight?: FontWeight; color?: ReturnType<typeof rgb> };

/** Splits text into runs that one font subset draws. */
function runs(text: string): { subset: FontSubset; text: string }[] {
  const out: { subset: FontSubset; text: string }[] = [];
  for (const char of text) {
    const subset = subsetOf(char);
    const last = out.at(-1);
    if (last && last.subset === subset) last.text += char;
    else out.push({ subset, text: char });
  }
  return out;
}

function font(fonts: Fonts, subset: FontSubset, weight: FontWeight): PDFFont {
  return fonts.get(`${subset}-${weight}`) ?? fonts.get(`latin-${weight}`)!;
}

function widthOf(fonts: Fonts, text: string, style: Style): number {
  return runs(text).reduce(
    (sum, run) => sum + font(fonts, run.subset, style.weight ?? 400).widthOfTextAtSize(run.text, style.size),
    0,
  );
}

function drawLine(page: PDFPage, fonts: Fonts, text: string, x: number, y: number, style: Style) {
  let cursor = x;
  for (const run of runs(text)) {
    const f = font(fonts, run.subset, style.weight ?? 400);
    page.drawText(run.text, { x: cursor, y, size: style.size, font: f, color: style.color ?? INK });
    cursor += f.widthOfTextAtSize(run.text, style.size);
  }
}

/** Word-wraps `text` to `maxWidth`; a single word longer than the line stays whole. */
function wrap(fonts: Fonts, text: string, maxWidth: number, style: Style): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(fonts, candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws centred, wrapped text with its top line at `y`; returns the y below the last line. */
function centred(
  page: PDFPage,
  fonts: Fonts,
  text: string,
  y: number,
  style: Style,
  maxWidth = WIDTH - 2 * MARGIN - 40,
): number {
  let top = y;
  for (const line of wrap(fonts, text, maxWidth, style)) {
    drawLine(page, fonts, line, (WIDTH - widthOf(fonts, line, style)) / 2, top, style);
    top -= style.size * 1.35;
  }
  return top;
}

/** Draws the QR code of `url` as filled squares, bottom-left corner at (x, y). */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        page.drawRectangle({
          x: x + col * cell,
          y: y + size - (row + 1) * cell,
          width: cell,
          height: cell,
          color: INK,
        });
      }
    }
  }
}

/** `2026-06-01 10:00:00.000Z` → `01.06.2026`: the same on every device, unlike a locale's format. */
export function printedDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** The achievement's title in the certificate's language (or along its fallback chain), and in the others it exists in. */
function titles(certificate: CertificateDocument): { main: string; others: string[] } {
  const order = [certificate.lang, ...FALLBACK_CHAIN[certificate.lang]];
  const mainLang =
    order.find((lang) => certificate.achievementTitle[lang]) ??
    LANGUAGES.find((lang) => certificate.achievementTitle[lang]);
  const main = mainLang ? certificate.achievementTitle[mainLang]! : '';
  const others = LANGUAGES.filter((lang) => lang !== mainLang && certificate.achievementTitle[lang])
    .map((lang) => certificate.achievementTitle[lang]!)
    .filter((title) => title !== main);
  return { main, others };
}

/**
 * The certificate as an A4 landscape PDF. Fonts are embedded (subsets of only the scripts the
 * text uses), the verification URL is printed and drawn as a QR code, and the document carries
 * no time of generation: the same record always gives the same bytes.
 */
export async function certificatePdf(
  certificate: CertificateDocument,
  labels: PdfLabels,
  loadFont: (subset: FontSubset, weight: FontWeight) => Promise<Uint8Array>,
  fontkit: Fontkit,
): Promise<Uint8Array> {
  const { main, others } = titles(certificate);
  const completed = certificate.kind === 'program' ? labels.completedProgram : labels.completedCourse;
  const date = printedDate(certificate.issuedAt);
  // Which texts are bold decides which font files are embedded: only those a text needs.
  const byWeight: Record<FontWeight, string[]> = {
    700: [labels.title, certificate.holderName, main, certificate.issuerName, date, certificate.code],
    400: [
      labels.certifies,
      completed,
      ...others,
      labels.issuedBy,
      labels.issuedOn,
      labels.verify,
      labels.code,
      certificate.verifyUrl,
    ],
  };
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const fonts: Fonts = new Map();
  for (const weight of [400, 700] as const) {
    for (const subset of subsetsFor(byWeight[weight])) {
      // A fixed name: pdf-lib would otherwise add a random suffix and change the bytes each time.
      const name = `NotoSans-${subset}-${weight}`;
      fonts.set(
        `${subset}-${weight}`,
        await pdf.embedFont(await loadFont(subset, weight), { subset: true, customName: name }),
      );
    }
  }

  const issued = new Date(certificate.issuedAt.replace(' ', 'T'));
  pdf.setTitle(`${labels.title}: ${certificate.holderName}, ${main}`);
  pdf.setAuthor(certificate.issuerName);
  pdf.setSubject(main);
  pdf.setLanguage(certificate.lang);
  pdf.setCreator('Ertad');
  pdf.setProducer('Ertad');
  pdf.setCreationDate(issued);
  pdf.setModificationDate(issued);

  const page = pdf.addPage([WIDTH, HEIGHT]);
  page.drawRectangle({ x: 24, y: 24, width: WIDTH - 48, height: HEIGHT - 48, borderColor: ACCENT, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: WIDTH - 64, height: HEIGHT - 64, borderColor: ACCENT, borderWidth: 0.75 });

  let y = HEIGHT - 100;
  y = centred(page, fonts, labels.title, y, { size: 30, weight: 700, color: ACCENT }) - 14;
  y = centred(page, fonts, labels.certifies, y, { size: 14, color: MUTED }) - 6;
  y = centred(page, fonts, certificate.holderName, y - 10, { size: 32, weight: 700 }) - 6;
  y = centred(page, fonts, completed, y, { size: 14, color: MUTED }) - 4;
  y = centred(page, fonts, main, y - 6, { size: 22, weight: 700 }) - 2;
  if (others.length > 0) centred(page, fonts, others.join(' · '), y, { size: 11, color: MUTED });

  const bottom = MARGIN + 10;
  const qrSize = 96;
  drawLine(page, fonts, labels.issuedBy, MARGIN, bottom + 74, { size: 10, color: MUTED });
  drawLine(page, fonts, certificate.issuerName, MARGIN, bottom + 58, { size: 13, weight: 700 });
  drawLine(page, fonts, labels.issuedOn, MARGIN, bottom + 36, { size: 10, color: MUTED });
  drawLine(page, fonts, date, MARGIN, bottom + 20, { size: 13, weight: 700 });

  const qrX = WIDTH - MARGIN - qrSize;
  drawQr(page, certificate.verifyUrl, qrX, bottom, qrSize);
  const right = (text: string, yy: number, style: Style) =>
    drawLine(page, fonts, text, qrX - 16 - widthOf(fonts, text, style), yy, style);
  right(labels.verify, bottom + 74, { size: 10, color: MUTED });
  right(certificate.verifyUrl, bottom + 58, { size: 10, color: ACCENT });
  right(labels.code, bottom + 36, { size: 10, color: MUTED });
  right(certificate.code, bottom + 20, { size: 13, weight: 700 });

  return pdf.save();
}
