import { describe, expect, it } from 'vitest';
import { positionOf, tokenise } from './tokenise';

const words = (text: string, lang: Parameters<typeof tokenise>[1]) => tokenise(text, lang).map(String);

describe('tokenise', () => {
  it('keeps Georgian words whole', () => {
    expect(words('ქალების უფლებები, მუნიციპალიტეტში!', 'ka')).toEqual(['ქალების', 'უფლებები', 'მუნიციპალიტეტში']);
  });

  it('keeps Armenian words whole', () => {
    expect(words('Կանանց իրավունքները՝ համայնքում։', 'hy')).toEqual(['կանանց', 'իրավունքները', 'համայնքում']);
  });

  it('keeps Azerbaijani words whole, with ə, ı, ş, ç, ğ, ö and ü', () => {
    expect(words('Qadınların hüquqları: şəffaflıq, çağırış, gözləntilər, üzv.', 'az')).toEqual([
      'qadınların',
      'hüquqları',
      'şəffaflıq',
      'çağırış',
      'gözləntilər',
      'üzv',
    ]);
  });

  it('folds Mtavruli, Azerbaijani dotted and dotless I, and Armenian capitals', () => {
    expect(words('ᲥᲐᲚᲔᲑᲘ', 'ka')).toEqual(['ქალები']);
    expect(words('İnsan IŞIQ', 'az')).toEqual(['insan', 'ışıq']);
    expect(words('ՀԱՄԱՅՆՔ', 'hy')).toEqual(['համայնք']);
  });

  it('records where each word sits in the text, as lunr does', () => {
    const text = '  „ქალაქი“ და სოფელი';
    const [first, , last] = tokenise(text, 'ka');
    expect(positionOf(first)).toEqual([3, 6]);
    expect(text.slice(positionOf(last)[0], positionOf(last)[0] + positionOf(last)[1])).toBe('სოფელი');
  });

  it('keeps an apostrophe inside a word and leaves the quotes around it', () => {
    expect(words("'Women’s rights' don't wait", 'en')).toEqual(["women's", 'rights', "don't", 'wait']);
  });

  it('removes Armenian in-word marks and spells և as եւ', () => {
    expect(words('Ինչո՞ւ Երևանում և Գյումրիում', 'hy')).toEqual(['ինչու', 'երեւանում', 'եւ', 'գյումրիում']);
  });

  it('splits a hyphenated compound into its halves', () => {
    expect(words('სოციალურ-ეკონომიკური e-learning', 'ka')).toEqual(['სოციალურ', 'ეკონომიკური', 'e', 'learning']);
  });

  it('drops an ending hyphenated to a numeral', () => {
    expect(words('2024-ში 5-ci 10-ին COVID-19', 'ka')).toEqual(['2024', '5', '10', 'covid', '19']);
  });

  it('returns no tokens for empty or missing text', () => {
    expect(tokenise(undefined, 'ka')).toEqual([]);
    expect(tokenise(' — ', 'ka')).toEqual([]);
  });
});
