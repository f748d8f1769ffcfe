import lunr from 'lunr';
import type { Lang } from '../text/fold';
import { configureBuilder, queryTokens } from './pipeline';
import { stemWord } from './stem';
import { tokenise } from './tokenise';

export { configureBuilder, queryTokens } from './pipeline';
export { makeSnippet, type Snippet } from './snippet';

/** A page the site search finds, in one language. */
export interface SearchDoc {
  /** Unique id that searches return, e.g. the page's path. */
  id: string;
  /** The page's heading; a match here weighs three times a match in the body. */
  title: string;
  /** The page's plain text, without markup. */
  body: string;
  /** The course a module belongs to; not searched. */
  course?: string;
  /** What the page is; not searched, for grouping results. */
  kind: 'module' | 'glossary' | 'program';
  /** The language of title and body; must be the index's language. */
  lang: Lang;
}

/** One document a search found. */
export interface SearchHit {
  id: string;
  /** lunr's relevance score; hits come highest first. */
  score: number;
  /** The index terms (stems) that matched, for `makeSnippet`. */
  terms: string[];
}

const TITLE_BOOST = 3;
// A word still being typed counts for less than a finished one, so finished words rank first.
const TYPED_BOOST = 0.5;

/** Builds the search index of one language; term positions are not stored, to keep the download small. */
export function buildIndex(docs: readonly SearchDoc[], lang: Lang): lunr.Index {
  const builder = new lunr.Builder();
  configureBuilder(builder, lang);
  builder.ref('id');
  builder.field('title', { boost: TITLE_BOOST });
  builder.field('body');
  for (const doc of docs) {
    if (doc.lang !== lang) {
      throw new Error(`buildIndex: "${doc.id}" is in ${doc.lang}; give it to the ${doc.lang} index.`);
    }
    builder.add(doc);
  }
  return builder.build();
}

/**
 * Searches as the user types: every word is stemmed like the index, and the last one, unless the query ends in a
 * space, may be unfinished (see `typedWord`). A one-letter word only looks at titles.
 */
export function searchIndex(index: lunr.Index, query: string, lang: Lang, { limit = 10 } = {}): SearchHit[] {
  const terms = queryTokens(query, lang);
  const typed = typedWord(index, query, lang);
  if (!terms.length && !typed) return [];
  const hits = index.query((q) => {
    for (const term of terms) q.term(term, { usePipeline: false });
    typed?.(q);
  });
  return hits
    .slice(0, limit)
    .map((hit) => ({ id: hit.ref, score: hit.score, terms: Object.keys(hit.matchData.metadata) }));
}

type Clause = (query: lunr.Query) => void;

/**
 * How to match the word still being typed: its letters as the start of an index term (მუნიც → მუნიციპალიტეტ);
 * else, as a finished word's stem would be shorter than its letters, the stem itself (ქალების → ქალ, not ქალაქ).
 * When neither is in the index, trailing letters are dropped one at a time, as they may be a half-typed ending.
 */
function typedWord(index: lunr.Index, query: string, lang: Lang): Clause | undefined {
  if (!/[\p{L}\p{N}\p{M}]$/u.test(query)) return undefined;
  const word = tokenise(query, lang).pop()?.toString() ?? '';
  // Letters are dropped while half the word and three letters remain (organizat → organ): a shorter start matches
  // too much to help.
  const shortest = Math.max(Math.min(word.length, 3), Math.ceil(word.length / 2), 1);
  for (let length = word.length; length >= shortest; length--) {
    const letters = word.slice(0, length);
    const stem = stemWord(letters, lang);
    const clauses: Clause[] = [
      (q) => q.term(letters, typedOptions(letters, lunr.Query.wildcard.TRAILING)),
      (q) => q.term(stem, typedOptions(stem, lunr.Query.wildcard.NONE)),
    ];
    const found = clauses.find((clause) => index.query(clause).length > 0);
    if (found) return found;
  }
  return undefined;
}

// A fresh object each time: lunr writes into the clause options it is given.
function typedOptions(term: string, wildcard: lunr.Query.wildcard): object {
  const fields = term.length < 2 ? { fields: ['title'] } : {};
  return { usePipeline: false, wildcard, boost: TYPED_BOOST, ...fields };
}
