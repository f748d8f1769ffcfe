import az from '../../i18n/az.json';
import en from '../../i18n/en.json';
import hy from '../../i18n/hy.json';
import ka from '../../i18n/ka.json';
import { FALLBACK_CHAIN, type Lang } from './languages';

export const DICTIONARIES: Record<Lang, Record<string, string>> = { ka, en, az, hy };

/** A key of the UI strings; English is the reference list of keys. */
export type UiKey = keyof typeof en;

/** Replaces `{name}` placeholders with the given values. */
function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The UI string for `key` in `lang`, falling back along the language chain. */
export function translate(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  for (const candidate of [lang, ...FALLBACK_CHAIN[lang]]) {
    const text = DICTIONARIES[candidate][key];
    if (text !== undefined) return fill(text, params);
  }
  throw new Error(`Missing UI string "${key}" in every language`);
}

/** A translate function bound to one language, for a page. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => translate(lang, key, params);
}
