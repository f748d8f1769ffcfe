import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCurriculum } from '../../../tests/search/read-curriculum';
import { LABELLED, recallAt5 } from '../../../tests/search/recall';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { searchDocuments } from './documents';
import { SearchShard } from './shard-browser';
import { buildShard } from './shard-build';
import { tokenise } from './tokenise';

// The real starter curriculum, indexed and searched the way the site does: one shard per language of the texts.
const DOCS = searchDocuments(readCurriculum(fileURLToPath(new URL('../../../', import.meta.url))));

async function openShard(lang: Lang): Promise<SearchShard> {
  const files = buildShard(
    DOCS.filter((doc) => doc.lang === lang),
    lang,
  );
  return SearchShard.open(lang, async (path) => files.get(path)!);
}

/** Whether some word of the query does not occur, in that form, in an expected document. */
function isInflected(lang: Lang, query: string, expected: string[]): boolean {
  return expected.some((id) => {
    const doc = DOCS.find((d) => d.id === id && d.lang === lang)!;
    const words = new Set(tokenise(`${doc.title} ${doc.body}`, lang).map(String));
    return tokenise(query, lang).some((word) => !words.has(word.toString()));
  });
}

describe.each(LANGUAGES)('the labelled %s queries', (lang) => {
  it('are at least 15, each naming documents written in that language', () => {
    expect(LABELLED[lang].length).toBeGreaterThanOrEqual(15);
    for (const { expect: expected } of LABELLED[lang]) {
      for (const id of expected)
        expect(
          DOCS.some((doc) => doc.id === id && doc.lang === lang),
          id,
        ).toBe(true);
    }
  });

  it('include at least three queries in a form their documents do not contain (a plural, a genitive…)', () => {
    const inflected = LABELLED[lang].filter(({ query, expect: expected }) => isInflected(lang, query, expected));
    expect(inflected.length).toBeGreaterThanOrEqual(3);
  });

  it('find at least 90% of their documents among the first five results', async () => {
    const shard = await openShard(lang);
    const recall = await recallAt5(LABELLED[lang], async (query) => {
      await shard.prepare(query);
      return shard.search(query).map((hit) => hit.row[0]);
    });
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
