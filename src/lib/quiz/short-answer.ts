import { LANGUAGES, type Lang } from '../i18n/languages';
import { collapseSpaces, foldCase } from '../text/fold';
import type { ShortQuestion } from './schema';

/** Punctuation and spaces a fellow may add around an answer: ASCII, quotes, dashes, Armenian and Georgian marks. */
const EDGE =
  '[\\s!-/:-@[-`{-~\\u00A1\\u00A7\\u00AB\\u00B6\\u00B7\\u00BB\\u00BF\\u2010-\\u2027\\u2030-\\u205E\\u0589\\u055A-\\u055F\\u10FB]+';
const EDGES = new RegExp(`^${EDGE}|${EDGE}$`, 'g');

// Azerbaijani typed on a keyboard without its letters: ı/i and the plain forms of ş ç ğ ö ü
// match, but ə stays apart from e because the pair tells words apart (əl "hand", el "people").
const AZ_PLAIN: Record<string, string> = { ı: 'i', ş: 's', ç: 'c', ğ: 'g', ö: 'o', ü: 'u' };
const AZ_VARIANTS = /[ışçğöü]/g;

/**
 * Reduces a typed answer to the form in which answers are compared. foldCase does the NFC and
 * turns Mtavruli into Mkhedruli (V8 and goja both lower-case Mtavruli; the tests check it).
 */
export function normaliseShortAnswer(text: string, lang: Lang): string {
  const folded = collapseSpaces(foldCase(text, lang).replace(EDGES, ''));
  return lang === 'az' ? folded.replace(AZ_VARIANTS, (c) => AZ_PLAIN[c]) : folded;
}

// Accepted answers come from quiz definitions, so their normal forms are few and worth keeping:
// normalising is the costliest step of grading in PocketBase's JS engine.
const normalisedAccepted = new Map<string, string>();

function normalisedAcceptedAnswer(accepted: string, lang: Lang): string {
  const key = `${lang}\u0000${accepted}`;
  let normal = normalisedAccepted.get(key);
  if (normal === undefined) {
    normal = normaliseShortAnswer(accepted, lang);
    normalisedAccepted.set(key, normal);
  }
  return normal;
}

/**
 * Whether `text` matches an accepted answer in any language of the question: a fellow reading
 * the az page may answer in Georgian. Each pair is compared under the accepted answer's language
 * and under the page's, so that an English answer typed with Azerbaijani capitals still folds alike.
 */
export function matchesAccepted(question: ShortQuestion, text: string, lang: Lang): boolean {
  const typed: TypedForms = {};
  // Index loops and no closures on the grading path: PocketBase's JS engine allocates for each.
  for (let l = 0; l < LANGUAGES.length; l++) {
    const acceptedLang = LANGUAGES[l];
    const accepted = question.accepted[acceptedLang] ?? [];
    for (let a = 0; a < accepted.length; a++) {
      if (sameAnswer(typed, text, accepted[a], acceptedLang)) return true;
      if (lang !== acceptedLang && sameAnswer(typed, text, accepted[a], lang)) return true;
    }
  }
  return false;
}

/** The typed answer's normal form in each language it was folded in so far. */
type TypedForms = Partial<Record<Lang, string>>;

function sameAnswer(typed: TypedForms, text: string, accepted: string, foldLang: Lang): boolean {
  const answer = (typed[foldLang] ??= normaliseShortAnswer(text, foldLang));
  // An answer made only of punctuation must not match an accepted answer that is only punctuation.
  return answer !== '' && answer === normalisedAcceptedAnswer(accepted, foldLang);
}
