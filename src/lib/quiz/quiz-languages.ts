import { LANGUAGES, type Lang } from '../i18n/languages';
import type { QuizDefinition } from './schema';

type PerLanguage = Partial<Record<Lang, unknown>>;

/** Every per-language field of a quiz: what the fellow reads, the feedback graded answers bring back, and the accepted short answers. */
function perLanguageFields(quiz: QuizDefinition): PerLanguage[] {
  const fields: PerLanguage[] = [quiz.title];
  for (const question of quiz.questions) {
    fields.push(question.prompt);
    if (question.explanation) fields.push(question.explanation);
    if (question.type === 'single' || question.type === 'multiple') {
      for (const option of question.options) {
        fields.push(option.text);
        if (option.feedback) fields.push(option.feedback);
      }
    }
    // Without accepted answers in a language, a right answer typed in it would be marked wrong.
    if (question.type === 'short') fields.push(question.accepted);
  }
  return fields;
}

const present = (value: unknown) => value !== undefined && (!Array.isArray(value) || value.length > 0);

/** The languages in which the whole quiz is written, in the site's order. */
export function quizLanguages(quiz: QuizDefinition): Lang[] {
  const fields = perLanguageFields(quiz);
  return LANGUAGES.filter((lang) => fields.every((field) => present(field[lang])));
}

/**
 * The language a quiz is shown in: the page's whenever the whole quiz exists in it, even on a module
 * page that fell back to another language; otherwise the language of the text around it, as before.
 */
export function quizDisplayLang(quiz: QuizDefinition, pageLang: Lang, surroundingLang: Lang): Lang {
  return quizLanguages(quiz).includes(pageLang) ? pageLang : surroundingLang;
}
