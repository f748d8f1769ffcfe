import lunr from 'lunr';
import type { Lang } from '../i18n/languages';
import { stemAz } from './stem-az';
import { stemHy } from './stem-hy';
import { stemKa } from './stem-ka';

/** English goes through lunr's Porter stemmer, after dropping the possessive (women's → women). */
function stemEn(word: string): string {
  return lunr.stemmer(new lunr.Token(word.replace(/'s?$/, ''), {})).toString();
}

const STEMMERS: Record<Lang, (word: string) => string> = { ka: stemKa, en: stemEn, az: stemAz, hy: stemHy };

/** The stem under which a case-folded word is indexed and looked up. */
export function stemWord(word: string, lang: Lang): string {
  return STEMMERS[lang](word);
}
