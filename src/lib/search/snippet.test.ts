import { describe, expect, it } from 'vitest';
import { makeSnippet, type Snippet } from './snippet';

const highlighted = ({ text, ranges }: Snippet) => ranges.map(([start, end]) => text.slice(start, end));

const LONG_BODY =
  'შესავალი. '.repeat(20) +
  'ამ მოდულში ვისაუბრებთ ქალების უფლებებზე და იმაზე, თუ როგორ იცავს ქალს კანონი.\n\n' +
  'დასკვნა. '.repeat(20);

describe('makeSnippet', () => {
  it('cuts an excerpt around the first match and marks every match inside it', () => {
    const snippet = makeSnippet(LONG_BODY, ['ქალ', 'უფლ'], 'ka', 120);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    expect(highlighted(snippet)).toEqual(['ქალების', 'უფლებებზე', 'ქალს']);
  });

  it('starts and ends on whole words and collapses line breaks', () => {
    const { text } = makeSnippet(LONG_BODY, ['ქალ'], 'ka', 120);
    expect(text).toMatch(/^…ამ მოდულში /);
    expect(text).toMatch(/ დასკვნა…$/);
    expect(text).toContain('კანონი. დასკვნა.');
  });

  it('begins at the start of the body when nothing matches', () => {
    const snippet = makeSnippet(LONG_BODY, ['სოფლ'], 'ka', 40);
    expect(snippet.text.startsWith('შესავალი.')).toBe(true);
    expect(snippet.ranges).toEqual([]);
  });

  it('returns a short body whole, without ellipses', () => {
    const snippet = makeSnippet('Hüquqlar hər kəs üçündür.', ['hüquq'], 'az');
    expect(snippet.text).toBe('Hüquqlar hər kəs üçündür.');
    expect(highlighted(snippet)).toEqual(['Hüquqlar']);
  });

  it('finds Armenian matches after in-word marks', () => {
    const snippet = makeSnippet('Ինչո՞ւ է համայնքում կարևոր ներառումը։', ['համայնք', 'ներառ'], 'hy');
    expect(highlighted(snippet)).toEqual(['համայնքում', 'ներառումը']);
  });
});
