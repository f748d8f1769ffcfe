import { describe, expect, it } from 'vitest';
import type { SearchDoc } from './index';
import { decodePosting, encodePosting, type Posting, type ShardHead } from './shard-format';
import { buildShard } from './shard-build';

const words = ['ქალაქი', 'სოფელი', 'მუნიციპალიტეტი', 'სერვისი', 'ოჯახი', 'ბიუჯეტი', 'საბჭო', 'კრება'];
const DOCS: SearchDoc[] = Array.from({ length: 40 }, (_, n) => ({
  id: `courses/c/m${n}/`,
  title: `მოდული ${n}`,
  body: words.map((word, i) => `${word}${n % (i + 2)}`).join(' '),
  course: 'c',
  kind: 'module',
  lang: 'ka',
  shownIn: ['ka', 'az'],
}));

describe('buildShard', () => {
  const files = buildShard(DOCS, 'ka', 600);
  const head = JSON.parse(files.get('ka/head.json')!) as ShardHead;
  const chunks = head.chunks.map((_, k) => JSON.parse(files.get(`ka/body-${k}.json`)!) as Posting[]);

  it('lists every document with what a result shows', () => {
    expect(head.docs[3]).toEqual(['courses/c/m3/', 'მოდული 3', 'module', 'c', 'ka az']);
    expect(head.docs).toHaveLength(40);
  });

  it('cuts the body terms into chunks of about the given size, in term order, each named by its first term', () => {
    expect(chunks.length).toBeGreaterThan(3);
    const terms = chunks.flat().map(([term]) => term);
    expect(terms).toEqual([...terms].sort());
    chunks.forEach((chunk, k) => {
      expect(chunk[0][0]).toBe(head.chunks[k]);
      if (chunk.length > 1) expect(JSON.stringify(chunk).length).toBeLessThan(1_200);
    });
  });

  it('writes each document’s text on its own, for snippets', () => {
    expect(files.get('ka/text-7.txt')).toBe(DOCS[7].body);
  });
});

describe('encodePosting', () => {
  it('writes documents as distances from the previous one and decodes them back', () => {
    const posting: Posting = ['ქალ', 3, 1.5, 10, 0.25, 11, 2];
    expect(encodePosting(posting)).toEqual(['ქალ', 3, 1.5, 7, 0.25, 1, 2]);
    expect(decodePosting(encodePosting(posting))).toEqual(posting);
  });
});
