import { describe, expect, it } from 'vitest';
import { alphabetIndex, scriptOf } from './alphabet-index';

describe('alphabetIndex', () => {
  it('lists each first letter once, linked to the first term that starts with it', () => {
    const rows = alphabetIndex(
      [
        { id: 'access', term: 'accessibility' },
        { id: 'advocacy', term: 'Advocacy' },
        { id: 'gender', term: 'gender' },
      ],
      'en',
      'Latn',
    );
    expect(rows).toEqual([
      {
        script: 'Latn',
        letters: [
          { letter: 'A', id: 'access' },
          { letter: 'G', id: 'gender' },
        ],
      },
    ]);
  });

  it('gives each script its own row, the page language first', () => {
    const rows = alphabetIndex(
      [
        { id: 'a', term: 'Ability' },
        { id: 'g', term: 'გენდერი' },
        { id: 'h', term: 'Հավասարություն' },
      ],
      'hy',
      'Armn',
    );
    expect(rows.map((row) => row.script)).toEqual(['Armn', 'Latn', 'Geor']);
    expect(rows[0].letters).toEqual([{ letter: 'Հ', id: 'h' }]);
    expect(rows[2].letters).toEqual([{ letter: 'გ', id: 'g' }]);
  });

  it('upper-cases Azerbaijani dotted i the Azerbaijani way', () => {
    expect(alphabetIndex([{ id: 'i', term: 'inklüzivlik' }], 'az', 'Latn')[0].letters[0].letter).toBe('İ');
  });
});

describe('scriptOf', () => {
  it('tells Georgian, Armenian and Latin apart and ignores leading punctuation', () => {
    expect(scriptOf('«ქალი»')).toBe('Geor');
    expect(scriptOf('Արժանապատվություն')).toBe('Armn');
    expect(scriptOf('Ədalət')).toBe('Latn');
    expect(scriptOf('123')).toBeNull();
  });
});
