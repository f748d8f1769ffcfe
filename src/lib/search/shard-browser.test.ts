import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCurriculum } from '../../../tests/search/read-curriculum';
import { LABELLED } from '../../../tests/search/recall';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { searchDocuments } from './documents';
import { buildIndex, searchIndex } from './index';
import { docUrl, type ShardHead } from './shard-format';
import { SearchShard } from './shard-browser';
import { buildShard } from './shard-build';

const DOCS = searchDocuments(readCurriculum(fileURLToPath(new URL('../../../', import.meta.url))));
const docsIn = (lang: Lang) => DOCS.filter((doc) => doc.lang === lang);

/** A shard of the real curriculum read from memory, recording which files it reads. */
async function openShard(lang: Lang) {
  const files = buildShard(docsIn(lang), lang);
  const reads: string[] = [];
  const shard = await SearchShard.open(lang, async (path) => {
    reads.push(path);
    return files.get(path)!;
  });
  return { shard, reads, head: JSON.parse(files.get(`${lang}/head.json`)!) as ShardHead };
}

/** Each query as typed, key by key, from the point its last word has three letters. */
function asTyped(query: string): string[] {
  return [...query].map((_, i) => query.slice(0, i + 1)).filter((typed) => /(^|\s)\S{3,}$/u.test(typed));
}

describe('SearchShard', () => {
  // A word of one or two letters searches only titles, and lunr weighs it by all the loaded terms starting with those
  // letters, whichever field they are in: those keys are left out.
  it.each(LANGUAGES)('ranks %s results like one lunr index over all the documents, key by key', async (lang) => {
    const { shard } = await openShard(lang);
    const whole = buildIndex(
      docsIn(lang).map((doc, n) => ({ ...doc, id: String(n) })),
      lang,
    );
    for (const typed of LABELLED[lang].flatMap(({ query }) => asTyped(query))) {
      await shard.prepare(typed);
      const expected = searchIndex(whole, typed, lang, { limit: Infinity });
      const actual = shard.search(typed);
      expect(
        actual.map((hit) => hit.id),
        typed,
      ).toEqual(expected.map((hit) => hit.id));
      actual.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i].score, 9));
    }
  });

  it('loads only the body chunks that hold the words of the query', async () => {
    const { shard, reads, head } = await openShard('ka');
    expect(head.chunks.length).toBeGreaterThan(3);
    await shard.prepare('სუპერვიზიის');
    expect(reads).toEqual(['ka/head.json', expect.stringMatching(/^ka\/body-\d+\.json$/)]);
    expect(shard.search('სუპერვიზიის')[0].row[0]).toBe('courses/rights-based-social-work/professional-supervision/');
  });

  it('answers a one-letter query from the titles without loading a chunk', async () => {
    const { shard, reads } = await openShard('ka');
    expect(await shard.prepare('ს')).toBe(false);
    expect(shard.search('ს').length).toBeGreaterThan(0);
    expect(reads).toEqual(['ka/head.json']);
  });

  it('reads a chunk once when searches typed in quick succession both need it', async () => {
    const { shard, reads } = await openShard('ka');
    await Promise.all([shard.prepare('სუპერვიზ'), shard.prepare('სუპერვიზი')]);
    expect(reads.length).toBe(2);
  });

  it('reads the text of a document for its snippet', async () => {
    const { shard } = await openShard('hy');
    const hit = shard.search('Մասնակցային').find(({ row }) => row[0].startsWith('courses/'))!;
    expect(await shard.text(hit.doc)).toContain('Սակրեբուլո');
  });
});

describe('docUrl', () => {
  it('links a text to the reader’s own page when that page shows it, and to the page in its language otherwise', () => {
    const row = ['courses/c/m/', 'ქალაქი', 'module', 'c', 'ka az hy'] as const;
    expect(docUrl([...row], 'ka', 'az')).toBe('/az/courses/c/m/');
    expect(docUrl([...row], 'ka', 'en')).toBe('/ka/courses/c/m/');
  });
});
