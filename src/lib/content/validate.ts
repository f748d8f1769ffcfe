import { parseModuleId } from './module-path';
import { quizCourse } from './quiz-course';
import { scanModuleBody } from './body-checks';
import type { RawCurriculum } from './curriculum-types';

/** One problem, phrased as `file: field: what is wrong; what was expected`. */
const problem = (file: string, field: string, message: string) => `${file}: ${field}: ${message}`;

const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ') || '(none)';

/** Cross-file checks the per-file schemas cannot make; returns every problem found, in file order. */
export function validateCurriculum(raw: RawCurriculum): string[] {
  const problems: string[] = [];
  const programs = new Set(raw.programs.map((p) => p.id));
  const courses = new Set(raw.courses.map((c) => c.id));
  const quizzes = new Set(raw.quizzes.map((q) => q.id));
  const terms = new Set(raw.glossary.map((g) => g.id));

  for (const quiz of raw.quizzes) {
    if (quiz.data.id !== quiz.id) {
      problems.push(problem(quiz.filePath, 'id', `is "${quiz.data.id}"; expected "${quiz.id}", the file name`));
    }
  }

  for (const course of raw.courses) {
    const file = course.filePath;
    for (const program of course.data.programs) {
      if (!programs.has(program)) problems.push(problem(file, 'programs', `unknown programme "${program}"; expected one of ${list(programs)}`));
    }
    for (const prerequisite of course.data.prerequisites) {
      if (!courses.has(prerequisite)) problems.push(problem(file, 'prerequisites', `unknown course "${prerequisite}"; expected one of ${list(courses)}`));
    }
    for (const module of course.data.certificate.modules ?? []) {
      if (!course.data.modules.includes(module)) problems.push(problem(file, 'certificate.modules', `"${module}" is not a module of this course; expected one of ${list(course.data.modules)}`));
    }
    const ownQuizzes = raw.quizzes.filter((q) => quizCourse(q.filePath) === course.id).map((q) => q.id);
    for (const quiz of course.data.certificate.quizzes) {
      if (!ownQuizzes.includes(quiz)) problems.push(problem(file, 'certificate.quizzes', `unknown quiz "${quiz}"; expected a quiz of this course: ${list(ownQuizzes)}`));
    }
    const folder = file.replace(/course\.ya?ml$/, '');
    for (const module of course.data.modules) {
      const found = raw.modules.filter((m) => parseModuleId(m.id)?.course === course.id && parseModuleId(m.id)?.module === module);
      for (const lang of ['ka', 'en'] as const) {
        if (!found.some((m) => parseModuleId(m.id)?.lang === lang)) {
          problems.push(problem(file, 'modules', `lists "${module}" but ${folder}${module}/${lang}.mdx is missing; expected every module in ka and en`));
        }
      }
    }
  }

  for (const program of raw.programs) {
    for (const course of program.data.certificate.courses ?? []) {
      const found = raw.courses.find((c) => c.id === course);
      if (!found) problems.push(problem(program.filePath, 'certificate.courses', `unknown course "${course}"; expected one of ${list(courses)}`));
      else if (!found.data.programs.includes(program.id)) {
        problems.push(problem(program.filePath, 'certificate.courses', `"${course}" does not list this programme in ${found.filePath} programs; add "${program.id}" there`));
      }
    }
  }

  for (const module of raw.modules) {
    const where = parseModuleId(module.id);
    if (!where) {
      problems.push(problem(module.filePath, 'file name', 'expected courses/<course>/<module>/<lang>.mdx with lang one of ka, en, az, hy'));
      continue;
    }
    const course = raw.courses.find((c) => c.id === where.course);
    if (!course) {
      problems.push(problem(module.filePath, 'course', `no courses/${where.course}/course.yaml; expected a course.yaml beside the module folders`));
    } else if (!course.data.modules.includes(where.module)) {
      problems.push(problem(module.filePath, 'module', `"${where.module}" is not listed in ${course.filePath} modules; add it there`));
    }
    if (module.data.lang !== where.lang) {
      problems.push(problem(module.filePath, 'lang', `is "${module.data.lang}"; expected "${where.lang}", the file name`));
    }
    if (module.data.quiz && !quizzes.has(module.data.quiz)) {
      problems.push(problem(module.filePath, 'quiz', `unknown quiz "${module.data.quiz}"; expected one of ${list(quizzes)}`));
    }
    const scan = scanModuleBody(module.body);
    for (const id of scan.quizIds) {
      if (!quizzes.has(id)) problems.push(problem(module.filePath, '<Quiz id>', `unknown quiz "${id}"; expected one of ${list(quizzes)}`));
    }
    for (const term of scan.glossaryTerms) {
      if (!terms.has(term)) problems.push(problem(module.filePath, '<Glossary term>', `unknown term "${term}"; expected a file content/glossary/${term || '<term>'}.yaml`));
    }
    if (scan.figuresWithoutAlt) problems.push(problem(module.filePath, '<Figure alt>', 'an image has no alt text; expected alt="what the image shows"'));
    if (scan.imagesWithoutAlt) problems.push(problem(module.filePath, '![alt](…)', 'an image has no alt text; expected ![what the image shows](path)'));
    if (scan.videosWithoutCaptions) problems.push(problem(module.filePath, '<Video captions>', 'a video has no captions; expected captions="path/to/captions.vtt"'));
  }

  return problems;
}
