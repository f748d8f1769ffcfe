import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { DICTIONARIES, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI translations', () => {
  const reference = DICTIONARIES.en;
  for (const lang of LANGUAGES) {
    it(`has every key in ${lang}, and no extra one`, () => {
      const keys = Object.keys(DICTIONARIES[lang]).sort();
      expect(
        keys.filter((k) => !(k in reference)),
        'keys unknown to en.json',
      ).toEqual([]);
      expect(
        Object.keys(reference).filter((k) => !(k in DICTIONARIES[lang])),
        `keys missing in ${lang}.json`,
      ).toEqual([]);
    });
    it(`keeps the same placeholders and no empty text in ${lang}`, () => {
      for (const [key, text] of Object.entries(DICTIONARIES[lang])) {
        expect(text.trim(), `${lang}.json ${key} is empty`).not.toBe('');
        expect(placeholders(text), `${lang}.json ${key}`).toEqual(
          placeholders(reference[key as keyof typeof reference]),
        );
      }
    });
  }

  it('fills placeholders', () => {
    expect(translate('en', 'header.signedInAs', { name: 'Nino' })).toBe('Signed in as Nino');
  });

  it('writes Georgian in Georgian script and Armenian in Armenian script', () => {
    expect(translate('ka', 'nav.courses')).toMatch(/^[\u10D0-\u10FF\s]+$/);
    expect(translate('hy', 'nav.courses')).toMatch(/^[\u0531-\u058F\s]+$/);
  });
});
