import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseView, RawCurriculum } from '../lib/content/curriculum-types';

// Outside dist/: the full quiz definitions carry answer keys and go only to PocketBase (scripts/sync-content.mjs).
const outDir = process.env.ERTAD_SERVER_OUT ?? join(process.cwd(), 'build/server');

/** The course folder of a quiz file: `courses/<course>/quizzes/<id>.yaml` → `<course>`. */
const quizCourse = (filePath: string) => filePath.replace(/\\/g, '/').split('/quizzes/')[0].split('/').at(-1)!;

/** Writes what the server needs from the build: courses, programmes, and quizzes with their keys. */
export function writeServerExport(raw: RawCurriculum, courses: CourseView[]) {
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(outDir, name), `${JSON.stringify(data, null, 2)}\n`);
  write(
    'courses.json',
    courses.map((course) => ({
      slug: course.id,
      title: course.data.title,
      programs: course.data.programs,
      passMark: course.data.passMark,
      modules: course.modules.map((module) => {
        const { order, completion, quiz } = (module.translations.ka ?? module.translations.en)!.data;
        return { id: module.id, order, completion, ...(quiz ? { quiz } : {}) };
      }),
    })),
  );
  write('quizzes.json', raw.quizzes.map((quiz) => ({ slug: quiz.id, course: quizCourse(quiz.filePath), definition: quiz.data })));
  write(
    'programs.json',
    raw.programs.map((program) => ({
      slug: program.id,
      title: program.data.title,
      supervisionHours: program.data.supervisionHours,
      maxSessionGapDays: program.data.maxSessionGapDays,
      supervisionTopics: program.data.supervisionTopics,
    })),
  );
}
