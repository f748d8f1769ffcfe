/** The languages of the site; Georgian is the default. */
export const LANGUAGES = ['ka', 'en', 'az', 'hy'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language of `/`, of new accounts and of requests that name none, when nothing better is known. */
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

/**
 * The first value `lookup` finds for `lang`, else for the languages of its fallback chain in
 * order, with the language it was found in; undefined when none has one.
 */
export function firstAlongChain<T>(
  lang: Lang,
  lookup: (candidate: Lang) => T | undefined,
): { value: T; lang: Lang } | undefined {
  for (const candidate of [lang, ...FALLBACK_CHAIN[lang]]) {
    const value = lookup(candidate);
    if (value !== undefined) return { value, lang: candidate };
  }
  return undefined;
}
