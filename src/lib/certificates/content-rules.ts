import type { CourseRule, ProgramRule } from './rules';
import { perLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import { pickLocalized } from '../i18n/localized';
import type { Course } from '../content/course-schema';
import type { Entry } from '../content/curriculum-types';
import type { Program } from '../content/program-schema';

/** A module as the rule needs it: its id and the quiz whose pass completes it, if any. */
type RuleModule = { id: string; quiz?: string };

/**
 * The resolved certificate rule of a course: the listed (or all) modules, and every quiz that
 * completes one of them plus the extra quizzes listed, with description and criteria in every language.
 */
export function courseCertificateRule(course: Entry<Course>, modules: RuleModule[]): CourseRule {
  const required = course.data.certificate.modules ?? modules.map((m) => m.id);
  const moduleQuizzes = modules.filter((m) => required.includes(m.id) && m.quiz).map((m) => m.quiz!);
  const quizzes = [...new Set([...moduleQuizzes, ...course.data.certificate.quizzes])];
  return {
    modules: required,
    quizzes,
    description: { ...course.data.summary },
    criteria: perLanguage((lang) => {
      const title = pickLocalized(course.data.title, lang);
      const done = translate(lang, 'certificate.criteria.modules', { count: required.length, title });
      return quizzes.length === 0
        ? done
        : `${done} ${translate(lang, 'certificate.criteria.quizzes', { count: quizzes.length })}`;
    }),
  };
}

/** The resolved certificate rule of a programme: the listed courses, or every course that lists it. */
export function programCertificateRule(program: Entry<Program>, courses: Entry<Course>[]): ProgramRule {
  const required =
    program.data.certificate.courses ?? courses.filter((c) => c.data.programs.includes(program.id)).map((c) => c.id);
  return {
    courses: required,
    description: { ...program.data.summary },
    criteria: perLanguage((lang) => {
      const titles = required.map((id) => courses.find((c) => c.id === id)).filter((c) => c !== undefined);
      const list = titles.map((c) => `“${pickLocalized(c.data.title, lang)}”`).join(', ');
      const done = translate(lang, 'certificate.criteria.courses', { courses: list });
      const hours = program.data.supervisionHours;
      return hours === 0 ? done : `${done} ${translate(lang, 'certificate.criteria.supervision', { hours })}`;
    }),
  };
}
