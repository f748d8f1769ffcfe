import { isLang, type Lang } from './languages';

/** The same page in another language: `/ka/courses/` → `/en/courses/`. */
export function pathInLanguage(pathname: string, lang: Lang): string {
  const parts = pathname.split('/').filter(Boolean);
  if (isLang(parts[0])) parts.shift();
  const folder = parts.length === 0 || pathname.endsWith('/');
  return `/${[lang, ...parts].join('/')}${folder ? '/' : ''}`;
}
