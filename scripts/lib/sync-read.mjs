// Reads the server half of the site build (programs, courses and quiz definitions with their
// keys) and checks that what refers to something refers to something that exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function readList(buildDir, name) {
  const path = join(buildDir, name);
  let list;
  try {
    list = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`sync: cannot read ${path} (${error.message}); run the site build first.`);
  }
  if (!Array.isArray(list)) throw new Error(`sync: ${path} must hold a JSON list.`);
  list.forEach((item, index) => {
    if (typeof item?.slug !== 'string' || item.slug === '')
      throw new Error(`sync: item ${index} of ${path} has no slug.`);
  });
  return list;
}

/** programs.json, courses.json and quizzes.json from `buildDir`, cross-checked. */
export function readBuild(buildDir) {
  const programs = readList(buildDir, 'programs.json');
  const courses = readList(buildDir, 'courses.json');
  const quizzes = readList(buildDir, 'quizzes.json');
  const programSlugs = new Set(programs.map((p) => p.slug));
  const quizzesBySlug = new Map(quizzes.map((q) => [q.slug, q]));
  for (const course of courses) {
    for (const program of course.programs ?? []) {
      if (!programSlugs.has(program))
        throw new Error(`sync: course "${course.slug}" names unknown program "${program}".`);
    }
    for (const module of course.modules ?? []) {
      if (module.completion === 'quiz' && quizzesBySlug.get(module.quiz)?.course !== course.slug) {
        throw new Error(
          `sync: module "${module.id}" of course "${course.slug}" needs quiz "${module.quiz}" of that course.`,
        );
      }
    }
  }
  const courseSlugs = new Set(courses.map((c) => c.slug));
  for (const quiz of quizzes) {
    if (!courseSlugs.has(quiz.course))
      throw new Error(`sync: quiz "${quiz.slug}" names unknown course "${quiz.course}".`);
  }
  return { programs, courses, quizzes };
}
