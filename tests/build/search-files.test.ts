import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchShard } from '../../src/lib/search/shard-browser';
import type { ShardHead } from '../../src/lib/search/shard-format';
import { buildFixture } from '../support/build-fixture';
import { moduleFile, validFixture, writeFixture } from '../support/fixture-curriculum';

const DRAFT = 'DRAFT-MARKER-3c9e';

describe('the search files of a real build', () => {
  let fixture: string;
  let build: Awaited<ReturnType<typeof buildFixture>>;
  const searchDir = () => join(build.outDir, 'search');
  const read = async (path: string) => readFileSync(join(searchDir(), path), 'utf8');

  beforeAll(async () => {
    fixture = writeFixture({
      ...validFixture(),
      'courses/tiny-course/_draft-module/ka.mdx': moduleFile('ka', 'მონახაზი', `ტექსტი ${DRAFT}.`),
    });
    build = await buildFixture(fixture);
  }, 120_000);
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('writes one shard per language of the texts, and a search page in each site language', async () => {
    expect(build.status, build.output).toBe(0);
    expect(readdirSync(searchDir()).sort()).toEqual(['en', 'ka']);
    const head = JSON.parse(await read('ka/head.json')) as ShardHead;
    expect(head.docs).toContainEqual([
      'courses/tiny-course/first-module/',
      'პირველი მოდული',
      'module',
      'tiny-course',
      'ka az hy',
    ]);
    expect(head.docs.map(([path]) => path)).toEqual(expect.arrayContaining(['glossary/#gesi', 'programs/ypp/']));
    for (const lang of ['ka', 'en', 'az', 'hy'])
      expect(existsSync(join(build.outDir, lang, 'search/index.html'))).toBe(true);
  });

  it('answers a search through the built files, as the browser reads them', async () => {
    const shard = await SearchShard.open('ka', read);
    await shard.prepare('ტექსტით');
    expect(shard.search('ტექსტით').map((hit) => hit.row[0])).toEqual(['courses/tiny-course/first-module/']);
  });

  it('keeps drafts and quiz questions out of every search file', () => {
    const files = readdirSync(searchDir(), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(4);
    const texts = files.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    expect(
      texts.filter((text) => text.includes(DRAFT) || text.includes('Which one?') || text.includes('რომელი?')),
    ).toEqual([]);
  });
});
