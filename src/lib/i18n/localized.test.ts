import { describe, expect, it } from 'vitest';
import { pickLocalized, pickLocalizedWithLang } from './localized';

const georgianAndEnglish = { ka: 'ქართულად', en: 'In English' };
const allFour = { ka: 'ქართულად', en: 'In English', az: 'Azərbaycanca', hy: 'Հայերեն' };

describe('pickLocalized', () => {
  it('uses the requested language when it is there', () => {
    expect(pickLocalized(allFour, 'az')).toBe('Azərbaycanca');
    expect(pickLocalized(allFour, 'hy')).toBe('Հայերեն');
    expect(pickLocalized(allFour, 'en')).toBe('In English');
  });
  it('falls back from Azerbaijani and Armenian to Georgian', () => {
    expect(pickLocalized(georgianAndEnglish, 'az')).toBe('ქართულად');
    expect(pickLocalized(georgianAndEnglish, 'hy')).toBe('ქართულად');
  });
});

describe('pickLocalizedWithLang', () => {
  it('says which language the text is in, so the page can set its lang', () => {
    expect(pickLocalizedWithLang(georgianAndEnglish, 'hy')).toEqual({ value: 'ქართულად', lang: 'ka' });
    expect(pickLocalizedWithLang(allFour, 'hy')).toEqual({ value: 'Հայերեն', lang: 'hy' });
  });
});
