import fontkit from '@pdf-lib/fontkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { CertificateDocument } from './document';
import { certificatePdf, printedDate } from './pdf';
import { fontFile, subsetsFor, type FontSubset, type FontWeight } from './pdf-fonts';
import { pdfLabels } from './pdf-labels';

const require = createRequire(import.meta.url);
const loaded: string[] = [];
const loadFont = async (subset: FontSubset, weight: FontWeight) => {
  loaded.push(`${subset}-${weight}`);
  return new Uint8Array(readFileSync(require.resolve(fontFile(subset, weight))));
};

const georgian: CertificateDocument = {
  id: 'cert1',
  holderName: 'ნინო ბერიძე',
  kind: 'course',
  achievementTitle: { ka: 'GESI-ის საფუძვლები', en: 'GESI foundations', az: 'GESI-nin əsasları' },
  lang: 'ka',
  issuerName: 'Ertad',
  issuedAt: '2026-06-01 10:00:00.000Z',
  status: 'issued',
  revokedAt: '',
  code: 'K7MQ-2XHT-9ABC-DEFG-HJKM-NPQR-STVW',
  verifyUrl: 'https://learn.example.ge/verify/K7MQ-2XHT-9ABC-DEFG-HJKM-NPQR-STVW',
};

/** The text pdftotext reads out of the PDF, spaces and line breaks collapsed. */
function textOf(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ertad-pdf-')), 'certificate.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('certificate PDF', () => {
  it('prints the holder’s Georgian name, the achievement, the issuer, the date and the verification URL', async () => {
    const text = textOf(await certificatePdf(georgian, pdfLabels('ka'), loadFont, fontkit));
    for (const expected of [
      'ნინო ბერიძე',
      'GESI-ის საფუძვლები',
      'GESI foundations',
      'Ertad',
      '01.06.2026',
      georgian.verifyUrl,
      georgian.code,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives identical bytes each time for the same record', async () => {
    const first = await certificatePdf(georgian, pdfLabels('ka'), loadFont, fontkit);
    const second = await certificatePdf(georgian, pdfLabels('ka'), loadFont, fontkit);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('is one A4 landscape page', async () => {
    const pdf = await PDFDocument.load(await certificatePdf(georgian, pdfLabels('en'), loadFont, fontkit));
    expect(pdf.getPages().map((page) => page.getSize())).toEqual([{ width: 841.89, height: 595.28 }]);
  });

  it('prints an Armenian name with the Armenian font, and an Azerbaijani title with Latin letters beyond ASCII', async () => {
    const armenian = { ...georgian, holderName: 'Անի Պետրոսյան', lang: 'az' as const, issuerName: 'Gənclər Şəbəkəsi' };
    loaded.length = 0;
    const text = textOf(await certificatePdf(armenian, pdfLabels('az'), loadFont, fontkit));
    expect(text).toContain('Անի Պետրոսյան');
    expect(text).toContain('GESI-nin əsasları');
    expect(text).toContain('Gənclər Şəbəkəsi');
    expect(loaded).toContain('armenian-700');
    expect(loaded).toContain('latin-ext-700');
  });

  it('embeds only the scripts its text uses', () => {
    expect(subsetsFor(['Anna Smith', 'Certificate'])).toEqual(['latin']);
    expect(subsetsFor(['ნინო', 'Nino'])).toEqual(['latin', 'georgian']);
    expect(subsetsFor(['Əli Məmmədov'])).toEqual(['latin', 'latin-ext']);
  });

  it('prints dates the same way on every device', () => {
    expect(printedDate('2026-12-01 09:30:00.000Z')).toBe('01.12.2026');
  });
});
