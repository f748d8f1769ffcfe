import labelled from './labelled-queries.json';

/**
 * One labelled query: what a reader types, the documents (paths after the language) it must find,
 * and near misses that share its words but must rank below every expected document.
 */
export interface LabelledQuery {
  query: string;
  expect: string[];
  below?: string[];
}

/** The labelled queries of each language, written in that language. */
export const LABELLED = labelled as Record<'ka' | 'en' | 'az' | 'hy', LabelledQuery[]>;

/** Mean, over the queries, of the share of their expected documents among the first five results. */
export async function recallAt5(queries: readonly LabelledQuery[], search: (query: string) => Promise<string[]>) {
  let sum = 0;
  for (const { query, expect } of queries) {
    const top = (await search(query)).slice(0, 5);
    sum += expect.filter((id) => top.includes(id)).length / expect.length;
  }
  return sum / queries.length;
}
