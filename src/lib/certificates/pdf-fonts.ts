/**
 * The Noto Sans subsets the certificate PDF embeds, with the characters each covers (as in the
 * @fontsource CSS), so that only the subsets a certificate's text needs are fetched and embedded.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'georgian', 'armenian'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];
export type FontWeight = 400 | 700;

/** Font file bytes by subset and weight. */
export type PdfFonts = Partial<Record<`${FontSubset}-${FontWeight}`, Uint8Array>>;

const RANGES: Record<Exclude<FontSubset, 'latin'>, [number, number][]> = {
  georgian: [
    [0x10a0, 0x10ff],
    [0x1c90, 0x1cbf],
    [0x2d00, 0x2d2f],
  ],
  armenian: [
    [0x0530, 0x058f],
    [0xfb13, 0xfb17],
  ],
  'latin-ext': [
    [0x0100, 0x0130],
    [0x0132, 0x0151],
    [0x0154, 0x024f],
    [0x0250, 0x02af],
    [0x1e00, 0x1eff],
    [0x2c60, 0x2c7f],
    [0xa720, 0xa7ff],
  ],
};

/** The subset that draws `char`; latin covers everything else the certificate prints. */
export function subsetOf(char: string): FontSubset {
  const code = char.codePointAt(0)!;
  for (const subset of ['georgian', 'armenian', 'latin-ext'] as const) {
    if (RANGES[subset].some(([from, to]) => code >= from && code <= to)) return subset;
  }
  return 'latin';
}

/** The subsets needed to print `texts`, in FONT_SUBSETS order. */
export function subsetsFor(texts: string[]): FontSubset[] {
  const used = new Set<FontSubset>(['latin']);
  for (const text of texts) for (const char of text) used.add(subsetOf(char));
  return FONT_SUBSETS.filter((subset) => used.has(subset));
}

/**
 * The font file of a subset and weight in @fontsource. Latin comes from Noto Sans itself: the Latin
 * subsets of the Georgian and Armenian families lack letters such as the Azerbaijani ə.
 */
export function fontFile(subset: FontSubset, weight: FontWeight): string {
  const family = {
    latin: 'noto-sans',
    'latin-ext': 'noto-sans',
    georgian: 'noto-sans-georgian',
    armenian: 'noto-sans-armenian',
  }[subset];
  return `@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`;
}
