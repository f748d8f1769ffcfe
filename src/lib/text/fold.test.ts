import { describe, expect, it } from 'vitest';
import { collapseSpaces, foldCase } from './fold';

describe('foldCase', () => {
  it('folds Azerbaijani capital I to dotless ı and İ to i', () => {
    expect(foldCase('İnsan IŞIQ', 'az')).toBe('insan ışıq');
  });
  it('folds English capital I to i', () => {
    expect(foldCase('Inclusion', 'en')).toBe('inclusion');
  });
  it('folds Georgian Mtavruli capitals to Mkhedruli', () => {
    expect(foldCase('ᲒᲔᲜᲓᲔᲠᲘ', 'ka')).toBe('გენდერი');
  });
  it('folds Armenian capitals', () => {
    expect(foldCase('Ներառում', 'hy')).toBe('ներառում');
  });
  it('treats composed and decomposed letters alike', () => {
    expect(foldCase('c\u0327', 'az')).toBe(foldCase('ç', 'az'));
  });
});

describe('collapseSpaces', () => {
  it('turns runs of spaces, tabs and new lines into one space', () => {
    expect(collapseSpaces('  a \t b\n\nc ')).toBe('a b c');
  });
});
