// Browser side: rebuilds a lunr index from a shard's head and the body chunks loaded so far.
import lunr from 'lunr';
import type { Lookup } from './index';
// Registers the pipeline steps by name, which lunr.Index.load looks up.
import './pipeline';
import { decodePosting, type Posting, type ShardHead } from './shard-format';

const FIELDS = ['title', 'body'] as const;

/** The body chunks that hold the terms of these lookups; a prefix may span several. */
export function chunksFor(head: ShardHead, lookups: readonly Lookup[]): number[] {
  const wanted = new Set<number>();
  for (const { term, prefix, titleOnly } of lookups) {
    if (titleOnly) continue;
    const last = chunkOf(head.chunks, prefix ? `${term}\uffff` : term);
    for (let chunk = chunkOf(head.chunks, term); chunk <= last; chunk++) wanted.add(chunk);
  }
  return [...wanted].filter((chunk) => chunk >= 0).sort((a, b) => a - b);
}

/** The chunk whose term range holds `term`: the last one starting at or before it; -1 before the first. */
function chunkOf(starts: readonly string[], term: string): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle] <= term) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * A lunr index over the head's titles and the body chunks loaded so far. Terms are numbered in sorted order, so
 * every field vector comes out sorted, as lunr's dot product needs.
 */
export function assembleIndex(head: ShardHead, chunks: ReadonlyMap<number, Posting[]>): lunr.Index {
  const bodies = [...chunks.keys()].sort((a, b) => a - b).flatMap((chunk) => chunks.get(chunk)!);
  const terms = [...new Set([...head.title, ...bodies].map(([term]) => term))].sort();
  const postings = new Map(terms.map((term, index) => [term, { _index: index, title: {}, body: {} }]));
  const vectors = new Map<string, number[]>();
  const add = (field: (typeof FIELDS)[number], list: Posting[]) => {
    for (const [term, ...docsAndScores] of list.map(decodePosting)) {
      const posting = postings.get(term)!;
      for (let i = 0; i < docsAndScores.length; i += 2) {
        const ref = String(docsAndScores[i]);
        (posting[field] as Record<string, object>)[ref] = {};
        const key = `${field}/${ref}`;
        if (!vectors.has(key)) vectors.set(key, []);
        vectors.get(key)!.push(posting._index, docsAndScores[i + 1]);
      }
    }
  };
  add('title', head.title);
  add('body', bodies);
  return lunr.Index.load({
    version: lunr.version,
    fields: FIELDS,
    fieldVectors: [...vectors],
    invertedIndex: [...postings],
    pipeline: head.pipeline,
  });
}
