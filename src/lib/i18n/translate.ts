import az from '../../i18n/az.json';
import en from '../../i18n/en.json';
import hy from '../../i18n/hy.json';
import ka from '../../i18n/ka.json';
import { firstAlongChain, type Lang } from './languages';
import { fillPlaceholders } from './placeholders';

export const DICTIONARIES: Record<Lang, Record<string, string>> = { ka, en, az, hy };

/** A key of the UI strings; English is the reference list of keys. */
export type UiKey = keyof typeof en;

/** The UI string for `key` in `lang`, falling back along the language chain. */
export function translate(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const found = firstAlongChain(lang, (candidate) => DICTIONARIES[candidate][key]);
  if (!found) throw new Error(`Missing UI string "${key}" in every language`);
  return fillPlaceholders(found.value, params);
}

/** A translate function bound to one language, for a page. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => translate(lang, key, params);
}
