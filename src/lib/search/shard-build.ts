// Build side: cuts one language's search index into the shard files under /search/ (see shard-format.ts).
import type { Lang } from '../i18n/languages';
import { buildIndex, type SearchDoc } from './index';
import {
  chunkFile,
  encodePosting,
  headFile,
  textFile,
  type DocRow,
  type Posting,
  type ShardHead,
} from './shard-format';

// About 8 kB gzipped: a query's words rarely need more than one or two chunks.
const CHUNK_BYTES = 24_000;

interface SerializedIndex {
  invertedIndex: Array<[term: string, posting: { _index: number } & Record<string, Record<string, object>>]>;
  fieldVectors: Array<[fieldRef: string, elements: number[]]>;
  pipeline: string[];
}

/**
 * The files of one language's shard, keyed by their path under /search/: one lunr index over all the documents,
 * cut into a head (title postings and the document list) and body chunks by term range, plus each document's text.
 * Scores are lunr's own, so a search over the head and the chunks it needs ranks exactly like the whole index.
 */
export function buildShard(docs: readonly SearchDoc[], lang: Lang, chunkBytes = CHUNK_BYTES): Map<string, string> {
  const numbered = docs.map((doc, n) => ({ ...doc, id: String(n) }));
  const serialized = buildIndex(numbered, lang).toJSON() as SerializedIndex;
  const chunks = splitBySize(postings(serialized, 'body').map(encodePosting), chunkBytes);
  const head: ShardHead = {
    lang,
    pipeline: serialized.pipeline,
    docs: docs.map((doc): DocRow => [doc.id, doc.title, doc.kind, doc.course ?? '', doc.shownIn.join(' ')]),
    title: postings(serialized, 'title').map(encodePosting),
    chunks: chunks.map((chunk) => chunk[0][0]),
  };
  return new Map([
    [headFile(lang), JSON.stringify(head)],
    ...chunks.map((chunk, k): [string, string] => [chunkFile(lang, k), JSON.stringify(chunk)]),
    ...docs.map((doc, n): [string, string] => [textFile(lang, n), doc.body]),
  ]);
}

/** One field's postings with each document's score for the term, read from lunr's field vectors. */
function postings({ invertedIndex, fieldVectors }: SerializedIndex, field: string): Posting[] {
  // Each document's vector as term index → score, read once rather than scanned per term.
  const scores = new Map(
    fieldVectors.map(([fieldRef, elements]) => {
      const byTerm = new Map<number, number>();
      for (let i = 0; i < elements.length; i += 2) byTerm.set(elements[i], elements[i + 1]);
      return [fieldRef, byTerm];
    }),
  );
  const score = (ref: number, termIndex: number) => scores.get(`${field}/${ref}`)!.get(termIndex)!;
  return invertedIndex.flatMap(([term, posting]): Posting[] => {
    const refs = Object.keys(posting[field])
      .map(Number)
      .sort((a, b) => a - b);
    return refs.length ? [[term, ...refs.flatMap((ref) => [ref, score(ref, posting._index)])]] : [];
  });
}

/** Consecutive runs of postings of about `bytes` of JSON each; a posting is never split. */
function splitBySize(all: Posting[], bytes: number): Posting[][] {
  const encoder = new TextEncoder();
  const chunks: Posting[][] = [];
  let size = Infinity;
  for (const posting of all) {
    const length = encoder.encode(JSON.stringify(posting)).length;
    if (size + length > bytes) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1].push(posting);
    size += length;
  }
  return chunks;
}
