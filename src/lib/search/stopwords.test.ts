import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { isStopWord, STOP_WORDS } from './stopwords';
import { tokenise } from './tokenise';

describe('stop words', () => {
  it.each(LANGUAGES)('keeps a short list for %s', (lang) => {
    expect(STOP_WORDS[lang].size).toBeGreaterThanOrEqual(40);
    expect(STOP_WORDS[lang].size).toBeLessThanOrEqual(120);
  });

  it.each(LANGUAGES)('spells the %s words the way the tokeniser produces them', (lang) => {
    for (const word of STOP_WORDS[lang]) expect(tokenise(word, lang).map(String)).toEqual([word]);
  });

  it('knows the function words of each language and not its content words', () => {
    expect(['და', 'რომ', 'არის', 'მაგრამ'].every((word) => isStopWord(word, 'ka'))).toBe(true);
    expect(['եւ', 'որ', 'համար'].every((word) => isStopWord(word, 'hy'))).toBe(true);
    expect(['və', 'ilə', 'üçün'].every((word) => isStopWord(word, 'az'))).toBe(true);
    expect(['the', 'and', "don't"].every((word) => isStopWord(word, 'en'))).toBe(true);
    expect(isStopWord('ქალი', 'ka') || isStopWord('կին', 'hy') || isStopWord('qadın', 'az')).toBe(false);
  });
});
