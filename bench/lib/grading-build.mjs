// The content the grading bench syncs: the real site build plus a bench course whose quiz is a
// real quiz without its attempt limit, so that fellows can submit for as long as the load runs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/lib/root.mjs';
import { buildSite } from '../../scripts/lib/site-build.mjs';

const buildServer = join(root, 'build/server');
const read = (name) => JSON.parse(readFileSync(join(buildServer, `${name}.json`), 'utf8'));

/** Writes the bench build into a temporary folder; returns it, the bench quiz and the real quiz it copies. */
export function writeGradingBuild(sourceQuiz = 'gesi-foundations-quiz') {
  if (!existsSync(join(buildServer, 'quizzes.json'))) buildSite({ force: true });
  const [programs, courses, quizzes] = [read('programs'), read('courses'), read('quizzes')];
  const real = quizzes.find((q) => q.slug === sourceQuiz) ?? quizzes[0];
  const { maxAttempts, ...definition } = { ...real.definition, id: 'bench-unlimited-quiz' };
  const course = {
    slug: 'bench-grading',
    title: { ka: 'სატესტო კურსი', en: 'Bench course' },
    programs: [],
    modules: [{ id: 'bench-quiz-module', order: 1, completion: 'quiz', quiz: definition.id }],
  };
  const quiz = { slug: definition.id, course: course.slug, definition };
  const parent = mkdtempSync(join(tmpdir(), 'ertad-bench-build-'));
  const dir = join(parent, 'server');
  mkdirSync(dir);
  const files = { programs, courses: [...courses, course], quizzes: [...quizzes, quiz] };
  for (const [name, list] of Object.entries(files)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(list));
  return {
    dir,
    quiz,
    courseSlug: course.slug,
    source: real.slug,
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
