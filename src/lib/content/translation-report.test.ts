import { describe, expect, it } from 'vitest';
import type { QuizDefinition } from '../quiz/schema';
import type { CourseView, Entry, ModuleEntry } from './curriculum-types';
import { formatTranslationReport, translationStatus } from './translation-report';

const moduleEntry = (title: string) => ({ data: { title } }) as unknown as ModuleEntry;

const course: CourseView = {
  id: 'tiny-course',
  data: {} as CourseView['data'],
  modules: [
    {
      id: 'first',
      course: 'tiny-course',
      order: 1,
      translations: {
        ka: moduleEntry('პირველი'),
        en: moduleEntry('First'),
        az: moduleEntry('Birinci'),
        hy: moduleEntry('Առաջին'),
      },
    },
    {
      id: 'second',
      course: 'tiny-course',
      order: 2,
      translations: { ka: moduleEntry('მეორე'), en: moduleEntry('Second') },
    },
  ],
};

const text = (en: string, az?: string) => ({ ka: `ka ${en}`, en, ...(az ? { az } : {}) });
const quiz = (id: string, folder: string, az?: string): Entry<QuizDefinition> => ({
  id,
  filePath: `courses/${folder}/quizzes/${id}.yaml`,
  data: {
    id,
    title: text('Quiz', az),
    passMark: 70,
    review: 'after-passing',
    questions: [{ id: 'q1', type: 'truefalse', prompt: text('True?', az), answer: true }],
  },
});

describe('translationStatus', () => {
  const status = translationStatus(
    [course],
    [quiz('tiny-quiz', 'tiny-course', 'Test'), quiz('other-quiz', 'other-course')],
  );

  it('lists the modules in order, then the quizzes of the same course folder', () => {
    expect(status.map((item) => `${item.kind} ${item.id}`)).toEqual([
      'module first',
      'module second',
      'quiz tiny-quiz',
    ]);
  });

  it('names the languages each module and quiz is written in and those it lacks', () => {
    expect(status.map(({ written, missing }) => ({ written, missing }))).toEqual([
      { written: ['ka', 'en', 'az', 'hy'], missing: [] },
      { written: ['ka', 'en'], missing: ['az', 'hy'] },
      { written: ['ka', 'en', 'az'], missing: ['hy'] },
    ]);
  });

  it('keeps the titles a trainer recognises', () => {
    expect(status[1]!.title).toEqual({ ka: 'მეორე', en: 'Second' });
  });
});

describe('formatTranslationReport', () => {
  it('prints one line per module or quiz missing a language', () => {
    expect(formatTranslationReport(translationStatus([course], [quiz('tiny-quiz', 'tiny-course', 'Test')]))).toBe(
      [
        'ertad: translations: 2 of 3 modules and quizzes are missing in some language (readers see a fallback):',
        '  - module tiny-course/second: missing in az, hy',
        '  - quiz tiny-course/tiny-quiz: missing in hy',
      ].join('\n'),
    );
  });

  it('says so in one line when everything exists in all four languages', () => {
    const complete = { ...course, modules: [course.modules[0]!] };
    expect(formatTranslationReport(translationStatus([complete], []))).toBe(
      'ertad: translations: every module (1) and quiz (0) exists in ka, en, az, hy',
    );
  });
});
