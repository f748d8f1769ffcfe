import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { trimWord, trimmer } from './trimmer';

describe('trimmer', () => {
  it('strips punctuation at both ends of a word but not inside it', () => {
    expect(trimWord('«ქალაქი»')).toBe('ქალაქი');
    expect(trimWord('(şəhər)')).toBe('şəhər');
    expect(trimWord("“don't”")).toBe("don't");
  });

  it('drops a token that was only punctuation', () => {
    expect(trimmer(new lunr.Token('—', {}), 0, [])).toBeNull();
  });

  it('shows why: lunr’s default pipeline erases Georgian and Armenian words and cuts Azerbaijani ones', () => {
    const defaultTrim = (word: string) => lunr.trimmer(new lunr.Token(word, {})).toString();
    expect([defaultTrim('ქალაქი'), defaultTrim('համայնք'), defaultTrim('şəhər')]).toEqual(['', '', 'hər']);
    const index = lunr(function () {
      this.ref('id');
      this.field('body');
      this.add({ id: 'city', body: 'ქალაქი და სოფელი' });
    });
    expect(index.search('ქალაქი')).toEqual([]);
  });
});
