// What a quiz's key says is right and wrong, for grading and for the seeds, benches and browser
// tests that answer quizzes. Only type imports, so that Node scripts can load this file as it is.
import type { Lang } from '../i18n/languages';
import type { ChoiceQuestion, Question } from './schema';
import type { Answers } from './submission';

export type Answer = Answers[string];

/** The ids of a choice question's right options. */
export function correctOptionIds(question: ChoiceQuestion): string[] {
  return question.options.filter((option) => option.correct).map((option) => option.id);
}

/** An answer that gets `question` right; a short one in `lang` when the key has one (any accepted answer counts). */
export function rightAnswer(question: Question, lang: Lang): Answer {
  switch (question.type) {
    case 'single':
      return correctOptionIds(question)[0];
    case 'multiple':
      return correctOptionIds(question);
    case 'truefalse':
      return question.answer;
    case 'short':
      return (question.accepted[lang] ?? question.accepted.ka)[0];
  }
}

/** An answer that gets `question` wrong; undefined for a short question, left unanswered as people do. */
export function wrongAnswer(question: Question): Answer | undefined {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const wrong = question.options.find((option) => !option.correct)?.id;
      if (wrong === undefined) return question.type === 'multiple' ? [] : undefined;
      return question.type === 'single' ? wrong : [wrong];
    }
    case 'truefalse':
      return !question.answer;
    case 'short':
      return undefined;
  }
}
