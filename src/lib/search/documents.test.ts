import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readCurriculum } from '../../../tests/search/read-curriculum';
import type { CourseView, ModuleEntry } from '../content/curriculum-types';
import { searchDocuments, type SearchableCurriculum } from './documents';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const moduleEntry = (lang: string, title: string, body: string) =>
  ({ id: `c/m/${lang}`, filePath: '', data: { title, summary: `${title}.` }, body }) as unknown as ModuleEntry;

// One module written in ka, en and az; one glossary term with no Armenian definition; one programme in all four.
const FIXTURE = {
  courses: [
    {
      id: 'c',
      modules: [
        {
          id: 'm',
          course: 'c',
          order: 1,
          translations: {
            ka: moduleEntry('ka', 'ქალაქი', 'ტექსტი <Glossary term="gesi">GESI</Glossary>.\n\n<Quiz id="q" />'),
            en: moduleEntry('en', 'City', 'Text.'),
            az: moduleEntry('az', 'Şəhər', 'Mətn.'),
          },
        },
      ],
    } as unknown as CourseView,
  ],
  glossary: [
    {
      id: 'gesi',
      filePath: '',
      data: {
        term: { ka: 'GESI', en: 'GESI', az: 'GESI' },
        definition: { ka: 'განმარტება', en: 'Definition', az: 'Tərif' },
      },
    },
  ],
  programs: [
    {
      id: 'ypp',
      filePath: '',
      data: {
        title: { ka: 'YPP', en: 'YPP', az: 'YPP', hy: 'YPP' },
        summary: { ka: 'ა', en: 'Summary', az: 'b', hy: 'գ' },
        audience: { ka: 'ა', en: 'Young people', az: 'b', hy: 'գ' },
        description: { ka: 'ა', en: '### Why\n\n**Nine** months', az: 'b', hy: 'գ' },
        durationMonths: 9,
        supervisionHours: 12,
      },
    },
  ],
} as unknown as SearchableCurriculum;

const DOCS = searchDocuments(FIXTURE);
const find = (id: string, lang: string) => DOCS.find((doc) => doc.id === id && doc.lang === lang)!;

describe('searchDocuments', () => {
  it('indexes a module once per language it is written in, with the readers who see that text', () => {
    expect(DOCS.filter((doc) => doc.kind === 'module').map((doc) => [doc.lang, doc.shownIn])).toEqual([
      ['ka', ['ka', 'hy']],
      ['en', ['en']],
      ['az', ['az']],
    ]);
    expect(find('courses/c/m/', 'ka')).toMatchObject({ title: 'ქალაქი', course: 'c', body: 'ქალაქი.\n\nტექსტი GESI.' });
  });

  it('gives a glossary term to the readers whose page shows its definition', () => {
    expect(find('glossary/#gesi', 'ka').shownIn).toEqual(['ka', 'hy']);
    expect(DOCS.some((doc) => doc.id === 'glossary/#gesi' && doc.lang === 'hy')).toBe(false);
  });

  it('indexes a programme with its summary, audience and description as plain text', () => {
    expect(find('programs/ypp/', 'en')).toMatchObject({
      title: 'YPP',
      body: 'Summary\n\nYoung people\n\nWhy\n\nNine months',
      shownIn: ['en'],
    });
  });

  // Options are not checked: short ones ("The mayor") are words the modules themselves use.
  it('leaves every question of the starter quizzes out of the indexed text', () => {
    const texts = searchDocuments(readCurriculum(root)).map((doc) => doc.body);
    const quizDirs = readdirSync(`${root}courses`)
      .map((course) => `${root}courses/${course}/quizzes`)
      .filter(existsSync);
    const quizzes = quizDirs.flatMap((dir) =>
      readdirSync(dir).map((file) => parse(readFileSync(`${dir}/${file}`, 'utf8'))),
    );
    const prompts = quizzes.flatMap((quiz) =>
      quiz.questions.flatMap((q: { prompt: object }) => Object.values(q.prompt)),
    );
    expect(prompts.length).toBeGreaterThan(20);
    expect(prompts.filter((prompt) => texts.some((body) => body.includes(prompt)))).toEqual([]);
  });
});
