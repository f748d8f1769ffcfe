import type { Lang } from '../i18n/languages';

// Compiled once: PocketBase's JS engine compiles a regular expression literal each time it is evaluated.
const CAPITAL_I = /I/g;
const CAPITAL_DOTTED_I = /İ/g;
const WHITE_SPACE = /\s+/gu;

/**
 * Lower-cases text the way its language does: Azerbaijani maps `I` to dotless `ı` and `İ` to `i`,
 * and Georgian Mtavruli capitals fold to Mkhedruli. NFC first, so composed and decomposed
 * letters compare equal.
 */
export function foldCase(text: string, lang: Lang): string {
  const nfc = text.normalize('NFC');
  // Spelled out rather than toLocaleLowerCase('az'): PocketBase's JS engine ignores locales.
  const dotted = lang === 'az' ? nfc.replace(CAPITAL_I, 'ı').replace(CAPITAL_DOTTED_I, 'i') : nfc;
  return dotted.toLowerCase();
}

/** Collapses every run of white space to one space and trims the ends. */
export function collapseSpaces(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}
