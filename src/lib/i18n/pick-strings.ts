import { DICTIONARIES, translate, type UiKey } from './translate';
import type { Lang } from './languages';

/**
 * The UI strings an island needs, translated at build time (keys starting with one of `prefixes`),
 * so no dictionary ships to the browser.
 */
export function pickStrings(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  const keys = (Object.keys(DICTIONARIES.en) as UiKey[]).filter((key) =>
    prefixes.some((prefix) => key.startsWith(prefix)),
  );
  return Object.fromEntries(keys.map((key) => [key, translate(lang, key)]));
}
