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

/** A value for every language, made by `value`. */
export function perLanguage<T>(value: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, value(lang)])) as Record<Lang, T>;
}

/** Each language followed by its fallback chain, built once: the server looks texts up for every graded answer. */
const LOOKUP_ORDER = perLanguage<readonly Lang[]>((lang) => [lang, ...FALLBACK_CHAIN[lang]]);

/**
 * The first value `lookup` finds for `lang`, else for the languages of its fallback chain in
 * order, with the language it was found in; undefined when none has one. `lookup` may be the
 * per-language map itself, which spares the server a closure for each text it looks up.
 */
export function firstAlongChain<T>(
  lang: Lang,
  lookup: ((candidate: Lang) => T | undefined) | Partial<Record<Lang, T>>,
): { value: T; lang: Lang } | undefined {
  const order = LOOKUP_ORDER[lang];
  // An index loop: PocketBase's JS engine allocates an iterator and a result object per for-of step.
  for (let i = 0; i < order.length; i++) {
    const value = typeof lookup === 'function' ? lookup(order[i]) : lookup[order[i]];
    if (value !== undefined) return { value, lang: order[i] };
  }
  return undefined;
}
