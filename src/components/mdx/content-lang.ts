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

/** Fails the build with a message that names the component and the prop a trainer must fix. */
export function requireProp(component: string, prop: string, value: unknown, expected: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`<${component}> needs the "${prop}" prop: ${expected}`);
  }
}
