import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { completeLanguages } from '../../src/lib/content/curriculum';
import { translationStatus } from '../../src/lib/content/translation-report';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { quizDefinitionSchema } from '../../src/lib/quiz/schema';
import { readCurriculum } from '../search/read-curriculum';

// The starter curriculum as trainers ship it: every module and every quiz is written in ka, en, az and hy,
// so no fellow in Kvemo Kartli or Samtskhe-Javakheti meets a fallback in it.
const root = join(import.meta.dirname, '../..');
const { courses } = readCurriculum(root);
const quizzes = courses.flatMap((course) => {
  const dir = join(root, 'courses', course.id, 'quizzes');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => {
      const filePath = join('courses', course.id, 'quizzes', name);
      const data = quizDefinitionSchema.parse(parse(readFileSync(join(root, filePath), 'utf8')));
      return { id: data.id, filePath, data };
    });
});
const status = translationStatus(courses, quizzes);

describe('the starter curriculum in all four languages', () => {
  it('has the four courses with their modules and a quiz each', () => {
    expect(courses).toHaveLength(4);
    expect(status.filter((item) => item.kind === 'module').length).toBeGreaterThanOrEqual(15);
    expect(status.filter((item) => item.kind === 'quiz').map((item) => item.course)).toEqual(courses.map((c) => c.id));
  });

  it('has every module written in Georgian, English, Azerbaijani and Armenian', () => {
    const modules = status.filter((item) => item.kind === 'module');
    expect(
      modules.filter((item) => item.missing.length > 0).map((item) => `${item.course}/${item.id}: ${item.missing}`),
    ).toEqual([]);
  });

  it('has every quiz fully written in all four languages, accepted short answers included', () => {
    const incomplete = status.filter((item) => item.kind === 'quiz' && item.written.length < LANGUAGES.length);
    expect(incomplete.map((item) => `${item.id}: ${item.missing}`)).toEqual([]);
  });

  it('keeps the reading time and completion of each module the same in every language', () => {
    for (const module of courses.flatMap((course) => course.modules)) {
      const shapes = LANGUAGES.map((lang) => {
        const { minutes, completion, quiz } = module.translations[lang]!.data;
        return { minutes, completion, quiz };
      });
      expect(new Set(shapes.map((shape) => JSON.stringify(shape))).size, `${module.course}/${module.id}`).toBe(1);
    }
  });

  it('offers every course to a reader who asks for courses fully in their language', () => {
    for (const course of courses) {
      expect(completeLanguages(course), course.id).toEqual([...LANGUAGES]);
      expect(
        LANGUAGES.filter((lang) => !course.data.title[lang] || !course.data.summary[lang]),
        course.id,
      ).toEqual([]);
    }
  });
});
