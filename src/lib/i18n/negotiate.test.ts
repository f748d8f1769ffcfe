import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './negotiate';
import { pathInLanguage } from './paths';

describe('negotiateLanguage', () => {
  it('falls back to Georgian without a header', () => {
    expect(negotiateLanguage(undefined)).toBe('ka');
    expect(negotiateLanguage('')).toBe('ka');
  });
  it('picks the first supported language by weight', () => {
    expect(negotiateLanguage('de-DE,de;q=0.9,hy;q=0.8,en;q=0.7')).toBe('hy');
  });
  it('honours weights over order', () => {
    expect(negotiateLanguage('en;q=0.5, az-AZ;q=0.9')).toBe('az');
  });
  it('ignores languages with q=0', () => {
    expect(negotiateLanguage('en;q=0, ru')).toBe('ka');
  });
});

describe('pathInLanguage', () => {
  it('swaps the language prefix and keeps the rest of the page path', () => {
    expect(pathInLanguage('/ka/courses/gesi/', 'en')).toBe('/en/courses/gesi/');
  });
  it('keeps the home page a folder', () => {
    expect(pathInLanguage('/hy/', 'az')).toBe('/az/');
    expect(pathInLanguage('/hy', 'az')).toBe('/az/');
  });
  it('prefixes a path that has no language yet', () => {
    expect(pathInLanguage('/', 'en')).toBe('/en/');
  });
});
