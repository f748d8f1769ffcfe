import type { Lang } from '../i18n/languages';
import type { SearchDoc } from './index';

// Both sides: the files of one language's search shard, as the build writes them under /search/<lang>/ and the
// browser reads them: a head (documents, title terms, where the body terms are), body chunks by term range, one text per document.

/**
 * One term of one field and the documents that hold it with lunr's score: `[term, doc, score, doc, score, …]`, docs
 * ascending. In the files each doc after the first is written as its distance from the one before, which gzips to
 * a third.
 */
export type Posting = [term: string, ...docsAndScores: number[]];

/** Writes a posting's documents as distances from the previous one. */
export function encodePosting([term, ...docsAndScores]: Posting): Posting {
  return [term, ...docsAndScores.map((value, i) => (i % 2 ? value : value - (i ? docsAndScores[i - 2] : 0)))];
}

/** Reads a posting written by `encodePosting` back into document numbers. */
export function decodePosting([term, ...encoded]: Posting): Posting {
  let doc = 0;
  return [term, ...encoded.map((value, i) => (i % 2 ? value : (doc += value)))];
}

/** A document as results show it: `[path, title, kind, course, shownIn]`, shownIn space-separated. */
export type DocRow = [path: string, title: string, kind: SearchDoc['kind'], course: string, shownIn: string];

/** `<lang>/head.json`: all a first search needs, besides the body chunks of its words. */
export interface ShardHead {
  /** The language the texts are written in; queries go through its pipeline. */
  lang: Lang;
  /** The names of lunr's pipeline steps, as a serialized lunr index has them. */
  pipeline: string[];
  /** The documents; a document's number is its position here. */
  docs: DocRow[];
  /** The title postings of every title term, sorted by term. */
  title: Posting[];
  /** The first term of each body chunk, ascending: chunk k holds the body terms from chunks[k] to chunks[k + 1]. */
  chunks: string[];
}

export const headFile = (lang: Lang) => `${lang}/head.json`;
/** `<lang>/body-<k>.json`: the body postings of one term range, a `Posting[]` sorted by term. */
export const chunkFile = (lang: Lang, chunk: number) => `${lang}/body-${chunk}.json`;
/** `<lang>/text-<n>.txt`: the plain text of document n, fetched for the snippets of the results shown. */
export const textFile = (lang: Lang, doc: number) => `${lang}/text-${doc}.txt`;

/** The path under /<reader>/ that shows a document: the reader's own page when it shows this text, else the text's. */
export function docUrl(row: DocRow, lang: Lang, reader: Lang): string {
  const [path, , , , shownIn] = row;
  return `/${shownIn.split(' ').includes(reader) ? reader : lang}/${path}`;
}
