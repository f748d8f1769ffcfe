import { isLang } from '../i18n/languages';

/**
 * The page to return to after signing in, from the `next` query parameter, when it is a path of
 * this site (/{lang}/…); anything else (another site, "//host", a script URL) gives null, so the
 * sign-in form cannot be used to send people elsewhere.
 */
export function returnPath(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  if (!next || !/^\/[a-z]{2}\/[\w\-./]*$/.test(next) || next.includes('..') || next.includes('//')) return null;
  return isLang(next.slice(1, 3)) ? next : null;
}
