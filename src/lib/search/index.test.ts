import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/languages';
import { buildIndex, makeSnippet, searchIndex, type SearchDoc } from './index';

const doc = (lang: Lang, id: string, title: string, body: string, kind: SearchDoc['kind'] = 'module'): SearchDoc => ({
  id,
  title,
  body,
  kind,
  lang,
  shownIn: [lang],
});

// Small fixtures per language; each query below is a form that none of the documents contains.
const DOCS: Record<Lang, SearchDoc[]> = {
  ka: [
    doc('ka', 'municipality', 'მუნიციპალიტეტის როლი', 'მუნიციპალიტეტი პასუხობს ადგილობრივ სერვისებზე და ინფორმაციაზე.'),
    doc('ka', 'women', 'ქალთა უფლებები', 'ქალს აქვს უფლება მონაწილეობა მიიღოს გადაწყვეტილებებში.'),
    doc('ka', 'inclusion', 'ინკლუზია', 'ინკლუზია ნიშნავს ყველა ადამიანის მონაწილეობას.', 'glossary'),
    doc('ka', 'services', 'სერვისები ოჯახებისთვის', 'მხარდაჭერა სოფლებში.'),
    doc('ka', 'city', 'ქალაქის ბიუჯეტი', 'ბიუჯეტის განხილვა.'),
  ],
  hy: [
    doc('hy', 'community', 'Համայնքի զարգացում', 'Համայնքում երեխաները սովորում են միասին։'),
    doc('hy', 'women', 'Կանանց իրավունքները', 'Կինը պետք է մասնակցի որոշումներին։'),
  ],
  az: [
    doc('az', 'rights', 'Qadın hüquqları', 'Hər bir insanın hüququ qorunmalıdır.'),
    doc('az', 'city', 'Şəhər və kənd', 'Şəhərdə yaşayan ailələr xidmətlərdən istifadə edir.'),
  ],
  en: [doc('en', 'inclusion', 'Inclusion in practice', 'Organizations include women and people with disabilities.')],
};

const INDEXES = Object.fromEntries(Object.entries(DOCS).map(([lang, docs]) => [lang, buildIndex(docs, lang as Lang)]));
const ids = (lang: Lang, query: string, index: lunr.Index = INDEXES[lang]) =>
  searchIndex(index, query, lang).map((hit) => hit.id);

describe('searchIndex', () => {
  it.each([
    ['ka', 'მუნიციპალიტეტებთან ', 'municipality'],
    ['ka', 'ქალების ', 'women'],
    ['ka', 'ინკლუზიის ', 'inclusion'],
    ['hy', 'համայնքների ', 'community'],
    ['hy', 'երեխայի ', 'community'],
    ['hy', 'կնոջ ', 'women'],
    ['az', 'qadınların ', 'rights'],
    ['az', 'insan hüquqlarına ', 'rights'],
    ['az', 'ailənin ', 'city'],
    ['en', 'organization ', 'inclusion'],
  ] as const)('finds a %s document from an inflected form it does not contain: "%s"', (lang, query, id) => {
    expect(ids(lang, query)[0]).toBe(id);
  });

  it('ranks a match in the title above a match in the body', () => {
    expect(ids('ka', 'სერვისი ')).toEqual(['services', 'municipality']);
  });

  it('searches a serialized and reloaded index exactly like the one it was built from', () => {
    for (const lang of ['ka', 'hy', 'az', 'en'] as const) {
      const loaded = lunr.Index.load(JSON.parse(JSON.stringify(INDEXES[lang])));
      for (const query of ['ქალების', 'համայնքի', 'hüquqları', 'inclusion', 'მუნიც']) {
        expect(searchIndex(loaded, query, lang)).toEqual(searchIndex(INDEXES[lang], query, lang));
      }
    }
    expect(ids('ka', 'ქალების', lunr.Index.load(JSON.parse(JSON.stringify(INDEXES.ka))))).toEqual(['women']);
  });

  it('matches the word being typed as the start of a word', () => {
    expect(ids('ka', 'მუნიც')).toEqual(['municipality']);
    expect(ids('ka', 'ქალთა უფ')).toEqual(['women']);
    expect(ids('en', 'organi')).toEqual(['inclusion']);
  });

  it('does not widen a finished word to others that start with its stem', () => {
    expect(ids('ka', 'ქალ')).toEqual(expect.arrayContaining(['women', 'city']));
    expect(ids('ka', 'ქალების')).toEqual(['women']);
  });

  it('still finds a word while its ending is half typed', () => {
    expect(ids('ka', 'მუნიციპალიტეტებთ')).toEqual(['municipality']);
    expect(ids('en', 'organizat')).toEqual(['inclusion']);
  });

  it('treats a word followed by a space as finished', () => {
    expect(ids('ka', 'მუნიც ')).toEqual([]);
  });

  it('looks only at titles while the word being typed has fewer than three letters', () => {
    expect(ids('ka', 'ი')).toEqual(['inclusion']);
    expect(ids('ka', 'ინ')).toEqual(['inclusion']);
    expect(ids('ka', 'ინფ')).toEqual(['municipality']);
  });

  it('returns nothing for an empty query or one made only of stop words', () => {
    expect(ids('ka', '')).toEqual([]);
    expect(ids('ka', '  ')).toEqual([]);
    expect(ids('ka', 'და ან ')).toEqual([]);
  });

  it('returns the matched stems for highlighting and stops at the limit', () => {
    const [hit, ...rest] = searchIndex(INDEXES.ka, 'ქალების მონაწილეობა', 'ka', { limit: 1 });
    expect(hit.terms).toEqual(expect.arrayContaining(['ქალ']));
    expect(rest).toEqual([]);
  });

  it('highlights in a snippet the words a prefix search matched', () => {
    const [hit] = searchIndex(INDEXES.en, 'organiz', 'en');
    const snippet = makeSnippet(DOCS.en[0].body, hit.terms, 'en');
    const [start, end] = snippet.ranges[0];
    expect(snippet.text.slice(start, end)).toBe('Organizations');
  });
});

describe('buildIndex', () => {
  it('refuses a document in another language', () => {
    expect(() => buildIndex([doc('en', 'x', 'Title', 'Body')], 'ka')).toThrow('"x" is in en; give it to the en index');
  });
});
