import { isLang, type Lang } from '../i18n/languages';

/** Splits a module entry id `course/module/lang` into its parts, or null for another shape. */
export function parseModuleId(id: string): { course: string; module: string; lang: Lang } | null {
  const [course, module, lang, ...rest] = id.split('/');
  return rest.length === 0 && course && module && isLang(lang) ? { course, module, lang } : null;
}
