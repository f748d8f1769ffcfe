import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { configureBuilder, queryTokens } from './pipeline';

describe('queryTokens', () => {
  it('runs the trimmer, the stop-word filter and the stemmer on a query', () => {
    expect(queryTokens('და ქალების „უფლებები“!', 'ka')).toEqual(['ქალ', 'უფლ']);
    expect(queryTokens('Qadınların və uşaqların hüquqları', 'az')).toEqual(['qad', 'uşaq', 'hüquq']);
  });

  it('folds case before looking for stop words', () => {
    expect(queryTokens('ᲓᲐ THE', 'ka')).toEqual(['the']);
    expect(queryTokens('THE', 'en')).toEqual([]);
  });

  it('looks a word up once however often it is typed', () => {
    expect(queryTokens('ქალი ქალები ქალს', 'ka')).toEqual(['ქალ']);
  });
});

describe('configureBuilder', () => {
  it('writes the labels of its steps into a serialized index, one set per language', () => {
    const builder = new lunr.Builder();
    configureBuilder(builder, 'hy');
    builder.ref('id');
    builder.field('body');
    builder.add({ id: '1', body: 'Համայնքում' });
    const serialized = JSON.parse(JSON.stringify(builder.build()));
    expect(serialized.pipeline).toEqual(['ertad-trimmer', 'ertad-stop-words-hy', 'ertad-stemmer-hy']);
    expect(serialized.invertedIndex.map(([term]: [string]) => term)).toEqual(['համայնք']);
  });
});
