import { pickTranslation } from '../lib/content/curriculum';
import type { Lang } from '../lib/i18n/languages';
import type { CatalogueCourse } from '../lib/progress/dashboard';
import { pickLocalized } from '../lib/i18n/localized';
import { getCurriculum } from './curriculum';

/** Every course with its modules' titles and addresses in one language, for islands that show progress. */
export async function courseCatalogue(lang: Lang): Promise<CatalogueCourse[]> {
  const { courses } = await getCurriculum();
  return courses.map((course) => ({
    slug: course.id,
    title: pickLocalized(course.data.title, lang),
    url: `/${lang}/courses/${course.id}/`,
    modules: course.modules.map((module) => ({
      id: module.id,
      title: pickTranslation(module, lang).entry.data.title,
      url: `/${lang}/courses/${course.id}/${module.id}/`,
    })),
  }));
}
