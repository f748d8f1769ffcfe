import { LANGUAGES } from './languages';

/** `getStaticPaths` for a page that exists once per language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}
