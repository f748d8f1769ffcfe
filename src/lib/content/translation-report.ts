import { LANGUAGES, type Lang } from '../i18n/languages';
import type { QuizDefinition } from '../quiz/schema';
import { quizLanguages } from '../quiz/quiz-languages';
import { translatedLanguages } from './curriculum';
import type { CourseView, Entry } from './curriculum-types';

/** One module or quiz and the languages it is written in. */
export interface TranslationStatus {
  kind: 'module' | 'quiz';
  course: string;
  id: string;
  /** The title in every language it has, for the trainers' page. */
  title: Partial<Record<Lang, string>>;
  written: Lang[];
  missing: Lang[];
}

/** The course folder of a quiz file: `…/<course>/quizzes/<quiz>.yaml`. */
function quizCourse(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  return parts[parts.lastIndexOf('quizzes') - 1] ?? '';
}

const missingFrom = (written: Lang[]) => LANGUAGES.filter((lang) => !written.includes(lang));

/** Every module and quiz, course by course (modules in order, then the course's quizzes), with their languages. */
export function translationStatus(
  courses: readonly CourseView[],
  quizzes: readonly Entry<QuizDefinition>[],
): TranslationStatus[] {
  return courses.flatMap((course) => {
    const modules = course.modules.map((module): TranslationStatus => {
      const written = translatedLanguages(module);
      const title = Object.fromEntries(written.map((lang) => [lang, module.translations[lang]!.data.title]));
      return { kind: 'module', course: course.id, id: module.id, title, written, missing: missingFrom(written) };
    });
    const courseQuizzes = quizzes
      .filter((quiz) => quizCourse(quiz.filePath) === course.id)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((quiz): TranslationStatus => {
        const written = quizLanguages(quiz.data);
        return {
          kind: 'quiz',
          course: course.id,
          id: quiz.id,
          title: { ...quiz.data.title },
          written,
          missing: missingFrom(written),
        };
      });
    return [...modules, ...courseQuizzes];
  });
}

/** The build's summary for `npm run build`: one line per module or quiz that lacks a language. */
export function formatTranslationReport(status: TranslationStatus[]): string {
  const incomplete = status.filter((item) => item.missing.length > 0);
  const modules = status.filter((item) => item.kind === 'module').length;
  const quizzes = status.length - modules;
  if (incomplete.length === 0) {
    return `ertad: translations: every module (${modules}) and quiz (${quizzes}) exists in ${LANGUAGES.join(', ')}`;
  }
  const lines = incomplete.map(
    (item) => `  - ${item.kind} ${item.course}/${item.id}: missing in ${item.missing.join(', ')}`,
  );
  return [
    `ertad: translations: ${incomplete.length} of ${status.length} modules and quizzes are missing in some language (readers see a fallback):`,
    ...lines,
  ].join('\n');
}
