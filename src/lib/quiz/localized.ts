import { FALLBACK_CHAIN, type Lang } from '../i18n/languages';

/** A per-language map in which ka and en are always present, as the schema guarantees. */
export type Localized<T> = { ka: T; en: T; az?: T; hy?: T };

/** The value in `lang`, else the first one along the site's fallback chain, with the language it is in. */
export function pickLocalizedWithLang<T>(map: Localized<T>, lang: Lang): { value: T; lang: Lang } {
  for (const candidate of [lang, ...FALLBACK_CHAIN[lang]]) {
    const value = map[candidate];
    if (value !== undefined) return { value, lang: candidate };
  }
  // Every chain reaches ka or en, which are required, so this line only satisfies the type checker.
  return { value: map.en, lang: 'en' };
}

/** The value in `lang`, else the first one present along the site's fallback chain. */
export function pickLocalized<T>(map: Localized<T>, lang: Lang): T {
  return pickLocalizedWithLang(map, lang).value;
}
