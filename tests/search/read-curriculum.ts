import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { assembleCourses } from '../../src/lib/content/curriculum';
import type { ModuleEntry, RawCurriculum } from '../../src/lib/content/curriculum-types';
import type { SearchableCurriculum } from '../../src/lib/search/documents';

// The curriculum as the site build loads it, read straight from disk for tests and the bench (no Astro, no zod:
// the build has already checked the content). Files starting with `_` are drafts and skipped, as the build does.

const published = (names: string[]) => names.filter((name) => !name.startsWith('_')).sort();
const folders = (dir: string) =>
  published(
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );
const yamlFiles = (dir: string) => published(readdirSync(dir).filter((name) => name.endsWith('.yaml')));

function readModule(coursesDir: string, course: string, module: string, file: string): ModuleEntry {
  const source = readFileSync(join(coursesDir, course, module, file), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source) ?? [];
  const filePath = join(course, module, file);
  return { id: `${course}/${module}/${basename(file, '.mdx')}`, filePath, data: parse(frontmatter), body };
}

/** Reads `<root>/courses` and `<root>/content` into what the search indexes. */
export function readCurriculum(root: string): SearchableCurriculum {
  const coursesDir = join(root, 'courses');
  const entries = (dir: string) =>
    yamlFiles(dir).map((name) => ({
      id: basename(name, '.yaml'),
      filePath: join(dir, name),
      data: parse(readFileSync(join(dir, name), 'utf8')),
    }));
  const courseIds = folders(coursesDir).filter((course) => existsSync(join(coursesDir, course, 'course.yaml')));
  const raw = {
    courses: courseIds.map((id) => ({
      id,
      filePath: join(id, 'course.yaml'),
      data: parse(readFileSync(join(coursesDir, id, 'course.yaml'), 'utf8')),
    })),
    modules: courseIds.flatMap((course) =>
      folders(join(coursesDir, course))
        .filter((module) => module !== 'quizzes')
        .flatMap((module) =>
          published(readdirSync(join(coursesDir, course, module)).filter((name) => name.endsWith('.mdx'))).map((file) =>
            readModule(coursesDir, course, module, file),
          ),
        ),
    ),
    quizzes: [],
    programs: entries(join(root, 'content/programs')),
    glossary: entries(join(root, 'content/glossary')),
  } as RawCurriculum;
  return { courses: assembleCourses(raw), programs: raw.programs, glossary: raw.glossary };
}
