import { courseCertificateRule, programCertificateRule } from '../lib/certificates/content-rules';
import type { CourseView, RawCurriculum } from '../lib/content/curriculum-types';
import { quizCourse } from '../lib/content/quiz-course';

/** The files of the server export, as `src/pages/server-export/[file].ts` writes them. */
export const SERVER_EXPORT_FILES = ['courses.json', 'quizzes.json', 'programs.json'] as const;
export type ServerExportFile = (typeof SERVER_EXPORT_FILES)[number];

/** What the server needs from the build: courses, programmes, and quizzes with their keys. */
export function serverExport(
  curriculum: Omit<RawCurriculum, 'courses'> & { courses: CourseView[] },
): Record<ServerExportFile, unknown> {
  const entry = (course: CourseView) => ({ id: course.id, filePath: '', data: course.data });
  return {
    'courses.json': curriculum.courses.map((course) => {
      const modules = course.modules.map((module) => {
        const { completion, quiz } = (module.translations.ka ?? module.translations.en)!.data;
        return { id: module.id, order: module.order, completion, ...(quiz ? { quiz } : {}) };
      });
      return {
        slug: course.id,
        title: course.data.title,
        programs: course.data.programs,
        modules,
        certificate: courseCertificateRule(entry(course), modules),
      };
    }),
    'quizzes.json': curriculum.quizzes.map((quiz) => ({
      slug: quiz.id,
      course: quizCourse(quiz.filePath),
      definition: quiz.data,
    })),
    'programs.json': curriculum.programs.map((program) => ({
      slug: program.id,
      title: program.data.title,
      supervisionHours: program.data.supervisionHours,
      maxSessionGapDays: program.data.maxSessionGapDays,
      supervisionTopics: program.data.supervisionTopics,
      certificate: programCertificateRule(program, curriculum.courses.map(entry)),
    })),
  };
}
