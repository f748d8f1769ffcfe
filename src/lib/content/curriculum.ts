import { firstAlongChain, LANGUAGES, type Lang } from '../i18n/languages';
import { parseModuleId } from './module-path';
import type { CourseView, ModuleEntry, ModuleView, RawCurriculum } from './curriculum-types';

/**
 * Courses with their modules in the order course.yaml lists them (the one place that says it) and
 * each module's translations; assumes a valid curriculum.
 */
export function assembleCourses(raw: RawCurriculum): CourseView[] {
  return raw.courses
    .map((course) => {
      const modules = new Map<string, ModuleView>();
      for (const entry of raw.modules) {
        const where = parseModuleId(entry.id);
        if (where?.course !== course.id) continue;
        const order = course.data.modules.indexOf(where.module) + 1;
        const view = modules.get(where.module) ?? { id: where.module, course: course.id, order, translations: {} };
        view.translations[where.lang] = entry;
        modules.set(where.module, view);
      }
      return { id: course.id, data: course.data, modules: [...modules.values()].sort((a, b) => a.order - b.order) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The text of a module for a reader of `lang`: its own translation, else the first along the fallback chain. */
export function pickTranslation(module: ModuleView, lang: Lang): { entry: ModuleEntry; lang: Lang; isFallback: boolean } {
  const found = firstAlongChain(lang, (candidate) => module.translations[candidate]);
  if (found) return { entry: found.value, lang: found.lang, isFallback: found.lang !== lang };
  throw new Error(`Module ${module.course}/${module.id} has no translation a ${lang} reader can fall back to`);
}

/** Languages in which a module is written, in the site's order. */
export function translatedLanguages(module: ModuleView): Lang[] {
  return LANGUAGES.filter((lang) => module.translations[lang]);
}

/** Languages in which every module of the course is written (no fallback needed). */
export function completeLanguages(course: CourseView): Lang[] {
  return LANGUAGES.filter((lang) => course.modules.every((module) => module.translations[lang]));
}

/** Total reading minutes of a course, from the Georgian (or English) texts. */
export function courseMinutes(course: CourseView): number {
  return course.modules.reduce((sum, module) => sum + pickTranslation(module, 'ka').entry.data.minutes, 0);
}
