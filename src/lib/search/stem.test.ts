import { describe, expect, it } from 'vitest';
import { stemWord } from './stem';

describe('stemWord', () => {
  it('stems English with lunr’s Porter stemmer', () => {
    expect(stemWord('organizations', 'en')).toBe(stemWord('organization', 'en'));
    expect(stemWord('including', 'en')).toBe(stemWord('included', 'en'));
  });

  it('drops the English possessive before stemming', () => {
    expect(stemWord("women's", 'en')).toBe(stemWord('women', 'en'));
    expect(stemWord("participants'", 'en')).toBe(stemWord('participants', 'en'));
  });

  it('sends each language to its own stemmer', () => {
    expect(stemWord('ქალების', 'ka')).toBe('ქალ');
    expect(stemWord('hüquqları', 'az')).toBe('hüquq');
    expect(stemWord('քաղաքներում', 'hy')).toBe('քաղաք');
  });
});
