import lunr from 'lunr';
import type { Lang } from '../i18n/languages';
import { foldCase } from '../text/fold';

// Letters, digits and marks of any script; an apostrophe (don't, Bakı'da) or an Armenian in-word mark (ինչո՞ւ) joins.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\u055A-\u055C\u055E\u055F][\p{L}\p{N}\p{M}]+)*/gu;
// Armenian emphasis, exclamation, question and abbreviation marks sit on a vowel inside the word.
const ARMENIAN_MARKS = /[\u055B\u055C\u055E\u055F]/g;
const APOSTROPHES = /[’\u055A\u02BC]/g;
const NUMERAL = /^\p{N}+$/u;
const HYPHENS = '-\u2010\u2011';

/**
 * Splits text into case-folded words. Hyphens separate words (so each half of a compound is found); an ending
 * hyphenated to a numeral (2024-ში, 5-ci, 10-ին) is grammar and is dropped. Each token's metadata holds its
 * `position` — `[start, length]` in `text` — and its `index`, as lunr's own tokenizer does.
 */
export function tokenise(text: string | null | undefined, lang: Lang, metadata: object = {}): lunr.Token[] {
  const source = text ?? '';
  const tokens: lunr.Token[] = [];
  let previous = { end: 0, numeral: false };
  for (const match of source.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const afterNumeral = previous.numeral && start === previous.end + 1 && HYPHENS.includes(source[previous.end]);
    previous = { end: start + word.length, numeral: NUMERAL.test(word) };
    if (afterNumeral) continue;
    tokens.push(
      new lunr.Token(normalise(word, lang), { ...metadata, position: [start, word.length], index: tokens.length }),
    );
  }
  return tokens;
}

/** Folds case and spells a word one way: no in-word marks, one apostrophe, Armenian և as եւ. */
function normalise(word: string, lang: Lang): string {
  return foldCase(word, lang).replace(ARMENIAN_MARKS, '').replace(APOSTROPHES, "'").replace(/և/g, 'եւ');
}

/** Where a token from `tokenise` sits in its text: `[start, length]`. */
export function positionOf(token: lunr.Token): [start: number, length: number] {
  // @types/lunr leaves out Token.metadata, which every lunr token has.
  return (token as unknown as { metadata: { position: [number, number] } }).metadata.position;
}
