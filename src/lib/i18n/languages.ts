import { LANGUAGES, type Lang } from '../text/fold';

export { LANGUAGES, type Lang };

/** The language of `/` when nothing better is known. */
export const DEFAULT_LANG: Lang = 'ka';

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  ka: 'ქართული',
  en: 'English',
  az: 'Azərbaycanca',
  hy: 'Հայերեն',
};

/** Where a missing text or module is looked up next, in order. */
export const FALLBACK_CHAIN: Record<Lang, readonly Lang[]> = {
  ka: ['en'],
  en: ['ka'],
  az: ['ka', 'en'],
  hy: ['ka', 'en'],
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
