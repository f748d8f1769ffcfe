import { getCollection, getEntry } from 'astro:content';
import { assembleCourses } from '../lib/content/curriculum';
import type { ModuleEntry, RawCurriculum } from '../lib/content/curriculum-types';
import { formatTranslationReport, translationStatus } from '../lib/content/translation-report';
import { validateCurriculum } from '../lib/content/validate';

async function loadCurriculum() {
  const entries = async <C extends 'courses' | 'quizzes' | 'programs' | 'glossary'>(name: C) =>
    (await getCollection(name)).map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data }));
  const raw = {
    courses: await entries('courses'),
    quizzes: await entries('quizzes'),
    programs: await entries('programs'),
    glossary: await entries('glossary'),
    modules: (await getCollection('modules')).map((e): ModuleEntry => ({
      id: e.id,
      filePath: e.filePath ?? e.id,
      data: e.data,
      body: e.body ?? '',
    })),
  } as RawCurriculum;
  const problems = validateCurriculum(raw);
  if (problems.length > 0) {
    throw new Error(
      `The course content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
  }
  const courses = assembleCourses(raw);
  // Trainers see in the build output which module or quiz still lacks a language (also at /{lang}/trainer/translations/).
  console.log(formatTranslationReport(translationStatus(courses, raw.quizzes)));
  return { ...raw, courses };
}

let loaded: ReturnType<typeof loadCurriculum> | undefined;

/** The checked curriculum, loaded once per build; a content problem fails the build with every message. */
export function getCurriculum() {
  loaded ??= loadCurriculum();
  return loaded;
}

/** The collection entry of a module translation, for rendering its MDX. */
export async function getModuleEntry(id: string) {
  const entry = await getEntry('modules', id);
  if (!entry) throw new Error(`No module entry "${id}"`);
  return entry;
}
