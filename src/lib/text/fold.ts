import type { Lang } from '../i18n/languages';

/**
 * Lower-cases text the way its language does: Azerbaijani maps `I` to dotless `ı` and `İ` to `i`,
 * and Georgian Mtavruli capitals fold to Mkhedruli. NFC first, so composed and decomposed
 * letters compare equal.
 */
export function foldCase(text: string, lang: Lang): string {
  const nfc = text.normalize('NFC');
  // Spelled out rather than toLocaleLowerCase('az'): PocketBase's JS engine ignores locales.
  const dotted = lang === 'az' ? nfc.replace(/I/g, 'ı').replace(/İ/g, 'i') : nfc;
  return dotted.toLowerCase();
}

/** Collapses every run of white space to one space and trims the ends. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
