import { pickTranslation } from '../content/curriculum';
import type { CourseView, Entry } from '../content/curriculum-types';
import type { GlossaryTerm, Program } from '../content/program-schema';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { pickLocalized, pickLocalizedWithLang, type Localized } from '../i18n/localized';
import type { SearchDoc } from './index';
import { markdownToText, mdxToText } from './plain-text';

/** What the search indexes: the published curriculum, as `getCurriculum()` returns it. */
export interface SearchableCurriculum {
  courses: readonly CourseView[];
  programs: readonly Entry<Program>[];
  glossary: readonly Entry<GlossaryTerm>[];
}

type Texts = Partial<Record<Lang, unknown>>;

/** The site languages whose pages show the `lang` text of a per-language map. */
function readersOf(texts: Localized<string>, lang: Lang): Lang[] {
  return LANGUAGES.filter((reader) => pickLocalizedWithLang(texts, reader).lang === lang);
}

const writtenIn = (texts: Texts) => LANGUAGES.filter((lang) => texts[lang] !== undefined);

/**
 * Every searchable text, once per language it is written in: modules, glossary terms and programmes. A module
 * that a reader sees through fallback stays in the language of its text, and `shownIn` names the readers.
 */
export function searchDocuments({ courses, programs, glossary }: SearchableCurriculum): SearchDoc[] {
  const modules = courses.flatMap((course) =>
    course.modules.flatMap((module) =>
      writtenIn(module.translations).map((lang): SearchDoc => {
        const { data, body } = module.translations[lang]!;
        return {
          id: `courses/${course.id}/${module.id}/`,
          title: data.title,
          body: `${data.summary}\n\n${mdxToText(body)}`,
          course: course.id,
          kind: 'module',
          lang,
          shownIn: LANGUAGES.filter((reader) => pickTranslation(module, reader).lang === lang),
        };
      }),
    ),
  );
  const terms = glossary.flatMap(({ id, data }) =>
    writtenIn(data.definition).map((lang): SearchDoc => ({
      id: `glossary/#${id}`,
      title: pickLocalized(data.term, lang),
      body: data.definition[lang]!,
      kind: 'glossary',
      lang,
      shownIn: readersOf(data.definition, lang),
    })),
  );
  const programmes = programs.flatMap(({ id, data }) =>
    writtenIn(data.description).map((lang): SearchDoc => ({
      id: `programs/${id}/`,
      title: pickLocalized(data.title, lang),
      body: [
        pickLocalized(data.summary, lang),
        pickLocalized(data.audience, lang),
        markdownToText(data.description[lang]!),
      ].join('\n\n'),
      kind: 'program',
      lang,
      shownIn: readersOf(data.description, lang),
    })),
  );
  return [...modules, ...terms, ...programmes];
}
