import lunr from 'lunr';
import type { Lang } from '../i18n/languages';
import { configureBuilder, queryTokens } from './pipeline';
import { stemWord } from './stem';
import { tokenise } from './tokenise';

export { configureBuilder, queryTokens } from './pipeline';
export { makeSnippet, type Snippet } from './snippet';

/** A page the site search finds, in one language. */
export interface SearchDoc {
  /** Unique id that searches return: the page's path after the language, e.g. `courses/gesi/what-gesi-means/`. */
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
  /** The site languages whose pages show this text (its own, and those that fall back to it). */
  shownIn: Lang[];
}

/** One document a search found. */
export interface SearchHit {
  id: string;
  /** lunr's relevance score; hits come highest first. */
  score: number;
  /** The index terms (stems) that matched, for `makeSnippet`. */
  terms: string[];
}

/** A term a query looks up: a whole index term, or (prefix) the start of one; titleOnly ones skip the bodies. */
export interface Lookup {
  term: string;
  prefix: boolean;
  titleOnly: boolean;
}

const TITLE_BOOST = 3;
// Until a word being typed has three letters, its start matches nearly every body: it looks at titles only.
const PREFIX_IN_BODIES = 3;
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
 * space, may be unfinished (see `typedLookups`). A one-letter word, and the start of a word shorter than three
 * letters, only look at titles.
 */
export function searchIndex(index: lunr.Index, query: string, lang: Lang, { limit = 10 } = {}): SearchHit[] {
  const terms = queryTokens(query, lang);
  const typed = typedLookups(query, lang).find((lookup) => hasMatch(index, lookup));
  if (!terms.length && !typed) return [];
  const hits = index.query((q) => {
    for (const term of terms) q.term(term, { usePipeline: false, ...fieldsFor(term.length < 2) });
    if (typed) q.term(typed.term, typedOptions(typed));
  });
  return hits
    .slice(0, limit)
    .map((hit) => ({ id: hit.ref, score: hit.score, terms: Object.keys(hit.matchData.metadata) }));
}

/** Every term a search for `query` may look up, so that a sharded index can load the parts holding them first. */
export function queryLookups(query: string, lang: Lang): Lookup[] {
  const finished = queryTokens(query, lang).map((term) => ({ term, prefix: false, titleOnly: term.length < 2 }));
  return [...finished, ...typedLookups(query, lang)];
}

/**
 * How to match the word still being typed, in order of preference: its letters as the start of an index term
 * (მუნიც → მუნიციპალიტეტ); else, as a finished word's stem would be shorter than its letters, the stem itself
 * (ქალების → ქალ, not ქალაქ). Then the same with trailing letters dropped one at a time, as they may be a
 * half-typed ending. `searchIndex` takes the first that the index has.
 */
function typedLookups(query: string, lang: Lang): Lookup[] {
  if (!/[\p{L}\p{N}\p{M}]$/u.test(query)) return [];
  const word = tokenise(query, lang).pop()?.toString() ?? '';
  // Letters are dropped while half the word and three letters remain (organizat → organ): a shorter start matches
  // too much to help.
  const shortest = Math.max(Math.min(word.length, 3), Math.ceil(word.length / 2), 1);
  const lookups: Lookup[] = [];
  for (let length = word.length; length >= shortest; length--) {
    const letters = word.slice(0, length);
    const stem = stemWord(letters, lang);
    lookups.push({ term: letters, prefix: true, titleOnly: letters.length < PREFIX_IN_BODIES });
    lookups.push({ term: stem, prefix: false, titleOnly: stem.length < 2 });
  }
  return lookups;
}

// The parts of lunr that @types/lunr leaves out: a loaded index's fields, terms and postings, and a token set
// built from a wildcard pattern.
interface IndexInternals {
  fields: string[];
  tokenSet: lunr.TokenSet;
  invertedIndex: Record<string, Record<string, object>>;
}
const tokenSetOf = (pattern: string) =>
  (lunr.TokenSet as unknown as { fromString(pattern: string): lunr.TokenSet }).fromString(pattern);

/** Whether some document has a term the lookup matches, in the fields it searches; cheaper than a query. */
function hasMatch(index: lunr.Index, { term, prefix, titleOnly }: Lookup): boolean {
  const { fields, tokenSet, invertedIndex } = index as unknown as IndexInternals;
  const terms = prefix ? tokenSet.intersect(tokenSetOf(`${term}*`)).toArray() : [term];
  return terms.some((found) => {
    const posting = invertedIndex[found];
    return (
      posting !== undefined && (titleOnly ? ['title'] : fields).some((field) => Object.keys(posting[field]).length > 0)
    );
  });
}

// A one-letter word would match too much of the bodies to help.
const fieldsFor = (titleOnly: boolean) => (titleOnly ? { fields: ['title'] } : {});

// A fresh object each time: lunr writes into the clause options it is given.
function typedOptions({ prefix, titleOnly }: Lookup): object {
  const wildcard = prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE;
  return { usePipeline: false, wildcard, boost: TYPED_BOOST, ...fieldsFor(titleOnly) };
}
