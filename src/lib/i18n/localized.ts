import { firstAlongChain, type Lang } from './languages';

/** A per-language map in which ka and en are always present, as the schema guarantees. */
export type Localized<T> = { ka: T; en: T; az?: T; hy?: T };

/** The value in `lang`, else the first one along the site's fallback chain, with the language it is in. */
export function pickLocalizedWithLang<T>(map: Localized<T>, lang: Lang): { value: T; lang: Lang } {
  // Every chain reaches ka or en, which are required; the last resort only satisfies the type checker.
  return firstAlongChain<T>(lang, map) ?? { value: map.en, lang: 'en' };
}

/** The value in `lang`, else the first one present along the site's fallback chain. */
export function pickLocalized<T>(map: Localized<T>, lang: Lang): T {
  return pickLocalizedWithLang(map, lang).value;
}
