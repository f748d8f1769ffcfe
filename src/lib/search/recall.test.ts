import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { naiveSearch, stemlessSearch } from '../../../tests/search/baselines';
import { readCurriculum } from '../../../tests/search/read-curriculum';
import { LABELLED, recallAt5 } from '../../../tests/search/recall';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { searchDocuments } from './documents';
import { SearchShard } from './shard-browser';
import { buildShard } from './shard-build';
import { stemWord } from './stem';
import { tokenise } from './tokenise';

// The real starter curriculum, indexed and searched the way the site does: one shard per language of the texts.
const DOCS = searchDocuments(readCurriculum(fileURLToPath(new URL('../../../', import.meta.url))));

/** Ertad's search on one language's shard, as the search page runs it: the ids of its hits, best first. */
async function ertadSearch(lang: Lang) {
  const files = buildShard(
    DOCS.filter((doc) => doc.lang === lang),
    lang,
  );
  const shard = await SearchShard.open(lang, async (path) => files.get(path)!);
  return async (query: string) => {
    await shard.prepare(query);
    return shard.search(query).map((hit) => hit.row[0]);
  };
}

/** Whether some word of the query does not occur, in that form, in an expected document. */
function isInflected(lang: Lang, query: string, expected: string[]): boolean {
  return expected.some((id) => {
    const doc = DOCS.find((d) => d.id === id && d.lang === lang)!;
    const words = new Set(tokenise(`${doc.title} ${doc.body}`, lang).map(String));
    return tokenise(query, lang).some((word) => !words.has(word.toString()));
  });
}

/** Whether every word of the query, stemmed, is in the title or the path of an expected document. */
function onlyTitleWords(lang: Lang, query: string, expected: string[]): boolean {
  const stems = (text: string) => tokenise(text, lang).map((word) => stemWord(word.toString(), lang));
  return expected.some((id) => {
    const doc = DOCS.find((d) => d.id === id && d.lang === lang)!;
    const titled = new Set(stems(`${doc.title} ${id.replace(/[/#-]/g, ' ')}`));
    return stems(query).every((stem) => titled.has(stem));
  });
}

describe.each(LANGUAGES)('the labelled %s queries', (lang) => {
  const queries = LABELLED[lang];
  const docsOf = (lang: Lang) => DOCS.filter((doc) => doc.lang === lang);

  it('are at least 15, each naming documents written in that language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
    for (const { expect: expected, below = [] } of queries) {
      for (const id of [...expected, ...below])
        expect(
          DOCS.some((doc) => doc.id === id && doc.lang === lang),
          id,
        ).toBe(true);
    }
  });

  it('include at least three queries in a form their documents do not contain (a plural, a genitive…)', () => {
    const inflected = queries.filter(({ query, expect: expected }) => isInflected(lang, query, expected));
    expect(inflected.length).toBeGreaterThanOrEqual(3);
  });

  it('are mostly made of words that are not in the titles or paths of the documents they expect', () => {
    const titled = queries.filter(({ query, expect: expected }) => onlyTitleWords(lang, query, expected));
    expect(titled.length).toBeLessThanOrEqual(queries.length / 2);
  });

  it('find at least 90% of their documents among the first five results', async () => {
    expect(await recallAt5(queries, await ertadSearch(lang))).toBeGreaterThanOrEqual(0.9);
  });

  it('rank each near miss below every document the query expects', async () => {
    const search = await ertadSearch(lang);
    const misplaced: string[] = [];
    for (const { query, expect: expected, below = [] } of queries) {
      const ranked = await search(query);
      const last = Math.max(...expected.map((id) => ranked.indexOf(id)));
      for (const id of below) if (ranked.includes(id) && ranked.indexOf(id) < last) misplaced.push(`${query}: ${id}`);
    }
    expect(queries.filter(({ below }) => below?.length).length).toBeGreaterThanOrEqual(3);
    expect(misplaced).toEqual([]);
  });

  // If a crude search scored as well, the set would not show what stemming and ranking add.
  it('score at least 0.2 lower with a naive substring search and with lunr without stemming', async () => {
    const ertad = await recallAt5(queries, await ertadSearch(lang));
    const naive = naiveSearch(docsOf(lang));
    const stemless = stemlessSearch(docsOf(lang), lang);
    expect(await recallAt5(queries, async (query) => naive(query))).toBeLessThanOrEqual(ertad - 0.2);
    expect(await recallAt5(queries, async (query) => stemless(query))).toBeLessThanOrEqual(ertad - 0.2);
  });
});
