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
// A word still being typed counts for less than a finished one, so exact words rank first.
const PREFIX_BOOST = 0.5;
// Letters of an unfinished ending (…ებთ of …ებთან) dropped one by one when nothing in the index starts with them.
const MAX_DROPPED = 3;

/** Builds the search index of one language; term positions are not stored, to keep the download small. */
export function buildIndex(docs: readonly SearchDoc[], lang: Lang): lunr.Index {
  const builder = new lunr.Builder();
  configureBuilder(builder, lang);
  builder.ref('id');
  builder.field('title', { boost: TITLE_BOOST });
  builder.field('body');
  for (const doc of docs) {
    if (doc.lang !== lang)
      throw new Error(`buildIndex: "${doc.id}" is in ${doc.lang}; give it to the ${doc.lang} index.`);
    builder.add(doc);
  }
  return builder.build();
}

/**
 * Searches as the user types: every finished word is stemmed like the index, and the last word, unless the query
 * ends in a space, also matches as a prefix. A one-letter prefix only looks at titles.
 */
export function searchIndex(index: lunr.Index, query: string, lang: Lang, { limit = 10 } = {}): SearchHit[] {
  const terms = queryTokens(query, lang);
  const prefix = typedPrefix(index, query, lang);
  if (!terms.length && !prefix) return [];
  const hits = index.query((q) => {
    for (const term of terms) q.term(term, { usePipeline: false });
    if (prefix) q.term(prefix, prefixClause(prefix));
  });
  return hits
    .slice(0, limit)
    .map((hit) => ({ id: hit.ref, score: hit.score, terms: Object.keys(hit.matchData.metadata) }));
}

/** The stem of the word being typed, shortened until some index term starts with it; none if the query ends in a space. */
function typedPrefix(index: lunr.Index, query: string, lang: Lang): string | undefined {
  if (!/[\p{L}\p{N}\p{M}]$/u.test(query)) return undefined;
  const word = tokenise(query, lang).pop()?.toString() ?? '';
  // Letters are only dropped while three remain: a shorter prefix matches too much to help.
  const shortest = Math.max(Math.min(word.length, 3), word.length - MAX_DROPPED, 1);
  for (let length = word.length; length >= shortest; length--) {
    const prefix = stemWord(word.slice(0, length), lang);
    if (index.query((q) => q.term(prefix, prefixClause(prefix))).length) return prefix;
  }
  return undefined;
}

// A fresh object each time: lunr writes into the clause options it is given.
function prefixClause(prefix: string): object {
  const fields = prefix.length < 2 ? { fields: ['title'] } : {};
  return { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: PREFIX_BOOST, ...fields };
}
