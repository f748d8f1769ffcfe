import type { Lang } from '../i18n/languages';
import type { QuizDefinition } from '../quiz/schema';
import type { Course } from './course-schema';
import type { ModuleFrontmatter } from './module-schema';
import type { GlossaryTerm, Program } from './program-schema';

/** One loaded file: its collection id, where it came from, and its checked data. */
export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
}

/** A module file also carries its MDX source, which validation scans for components. */
export interface ModuleEntry extends Entry<ModuleFrontmatter> {
  body: string;
}

/** Everything the content collections loaded, before cross-file checks. */
export interface RawCurriculum {
  courses: Entry<Course>[];
  modules: ModuleEntry[];
  quizzes: Entry<QuizDefinition>[];
  programs: Entry<Program>[];
  glossary: Entry<GlossaryTerm>[];
}

/** A module with its translations, keyed by language. */
export interface ModuleView {
  id: string;
  course: string;
  order: number;
  translations: Partial<Record<Lang, ModuleEntry>>;
}

export interface CourseView {
  id: string;
  data: Course;
  /** The course's modules, in order. */
  modules: ModuleView[];
}
