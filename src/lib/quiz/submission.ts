import { perObject } from '../cache/per-object';
import type { ChoiceQuestion, Question, QuizDefinition } from './schema';

/** One answer per question id: an option id or a text, a list of option ids, or true/false. */
export type Answers = Record<string, string | string[] | boolean>;

/** A problem with a submission, with a stable code for programs and an English message for logs. */
export type SubmissionError =
  | { code: 'not_an_object'; message: string }
  | {
      code: 'unknown_question' | 'unknown_option' | 'duplicate_option' | 'wrong_type' | 'too_long';
      questionId: string;
      message: string;
    };

export type SubmissionCheck = { ok: true } | { ok: false; errors: SubmissionError[] };

/** Names the JSON kind of a value, for messages. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const odd = value.find((item) => typeof item !== 'string');
    return odd === undefined ? 'a list' : `a list containing ${kindOf(odd)}`;
  }
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** What each question type expects, in the words of the error message. */
const EXPECTED: Record<Question['type'], string> = {
  single: 'one option id',
  multiple: 'a list of option ids',
  truefalse: 'true or false',
  short: 'a text',
};

/** Whether `question` has an option `id`. */
function hasOption(question: ChoiceQuestion, id: string): boolean {
  for (let i = 0; i < question.options.length; i++) if (question.options[i].id === id) return true;
  return false;
}

/** The errors in a list of chosen option ids: ids the question lacks, and ids given twice. */
function checkOptionIds(question: ChoiceQuestion, chosen: string[]): SubmissionError[] {
  const questionId = question.id;
  const errors: SubmissionError[] = [];
  // Index loops on the grading path: PocketBase's JS engine allocates per for-of step.
  for (let index = 0; index < chosen.length; index++) {
    const id = chosen[index];
    if (!hasOption(question, id)) {
      errors.push({ code: 'unknown_option', questionId, message: `Question "${questionId}" has no option "${id}".` });
    } else if (chosen.indexOf(id) !== index) {
      errors.push({
        code: 'duplicate_option',
        questionId,
        message: `Question "${questionId}" lists option "${id}" more than once.`,
      });
    }
  }
  return errors;
}

/** The error of an answer of the wrong JSON kind. */
function wrongType(question: Question, value: unknown): SubmissionError[] {
  const questionId = question.id;
  return [
    {
      code: 'wrong_type',
      questionId,
      message: `Question "${questionId}" expects ${EXPECTED[question.type]}, got ${kindOf(value)}.`,
    },
  ];
}

/** The errors in the answer to one question. */
function checkAnswer(question: Question, value: unknown): SubmissionError[] {
  const questionId = question.id;
  switch (question.type) {
    case 'single':
      return typeof value === 'string' ? checkOptionIds(question, [value]) : wrongType(question, value);
    case 'multiple':
      return Array.isArray(value) && value.every((id) => typeof id === 'string')
        ? checkOptionIds(question, value)
        : wrongType(question, value);
    case 'truefalse':
      return typeof value === 'boolean' ? [] : wrongType(question, value);
    case 'short':
      if (typeof value !== 'string') return wrongType(question, value);
      // Counted as the browser's maxlength attribute counts, so a form that obeys it never fails here.
      return value.length > question.maxLength
        ? [
            {
              code: 'too_long',
              questionId,
              message: `Question "${questionId}" accepts at most ${question.maxLength} characters, got ${value.length}.`,
            },
          ]
        : [];
  }
}

// Each definition's questions by id, made once: the server keeps parsed definitions between requests.
const questionsById = perObject(
  (def: QuizDefinition) => new Map<string, Question>(def.questions.map((q) => [q.id, q])),
);

/** Checks that answers fit the quiz before grading; unanswered questions are allowed and score 0. */
export function checkSubmission(def: QuizDefinition, answers: unknown): SubmissionCheck {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    const message = `Answers must be an object from question ids to answers, got ${kindOf(answers)}.`;
    return { ok: false, errors: [{ code: 'not_an_object', message }] };
  }
  const questions = questionsById(def);
  const given = answers as Record<string, unknown>;
  const ids = Object.keys(given);
  let errors: SubmissionError[] = [];
  // Index loops on the grading path: PocketBase's JS engine allocates per for-of step.
  for (let i = 0; i < ids.length; i++) {
    const questionId = ids[i];
    const question = questions.get(questionId);
    if (!question) {
      errors.push({
        code: 'unknown_question',
        questionId,
        message: `Quiz "${def.id}" has no question "${questionId}".`,
      });
    } else {
      errors = errors.concat(checkAnswer(question, given[questionId]));
    }
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
