import { isLang, type Lang } from '~/lib/i18n/languages';

/**
 * The language of the text around a trainer's component: the module page records it in
 * `Astro.locals.contentLang` (it differs from the page language when the module falls back).
 */
export function contentLang(locals: Record<string, unknown>, params: Record<string, string | undefined>): Lang {
  const lang = locals.contentLang ?? params.lang;
  if (!isLang(lang)) throw new Error('Trainer components are used only on pages under /{lang}/');
  return lang;
}
