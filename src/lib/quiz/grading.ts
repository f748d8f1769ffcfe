import type { Lang } from '../i18n/languages';
import { pickLocalized } from '../i18n/localized';
import { perObject } from '../cache/per-object';
import { correctOptionIds as rightOptions } from './answer-key';
import type { ChoiceQuestion, Question, QuizDefinition } from './schema';
import { matchesAccepted } from './short-answer';
import type { Answers } from './submission';

/** How one question went, with texts in the fellow's language. */
export type QuestionResult = {
  id: string;
  correct: boolean;
  /** The feedback of the options the fellow chose, one per line, in the order shown. */
  feedback?: string;
  explanation?: string;
  /** The right options of a choice question. */
  correctOptionIds?: string[];
};

export type QuizResult = {
  /** Percent of questions right, rounded down. */
  score: number;
  correctCount: number;
  questionCount: number;
  passed: boolean;
  questions: QuestionResult[];
};

// Each question's right options, found once: the server keeps parsed definitions between requests.
const rightOptionsOf = perObject<ChoiceQuestion, string[]>(rightOptions);

/** The feedback of the options in `chosen`, one per line, in the order the options are shown. */
function chosenFeedback(question: ChoiceQuestion, chosen: string[], lang: Lang): string {
  const lines: string[] = [];
  // Index loops on the grading path: PocketBase's JS engine allocates per for-of and flatMap step.
  for (let i = 0; i < question.options.length; i++) {
    const option = question.options[i];
    if (option.feedback && chosen.includes(option.id)) lines.push(pickLocalized(option.feedback, lang));
  }
  return lines.join('\n');
}

function gradeChoice(question: ChoiceQuestion, answer: Answers[string] | undefined, lang: Lang): QuestionResult {
  const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
  const correctOptionIds = rightOptionsOf(question);
  // All or nothing: partial credit would reward ticking every box.
  const correct = chosen.length === correctOptionIds.length && chosen.every((id) => correctOptionIds.includes(id));
  const feedback = chosenFeedback(question, chosen, lang);
  // A copy: the cached list must not leave with the reply.
  const right = correctOptionIds.slice();
  return feedback
    ? { id: question.id, correct, feedback, correctOptionIds: right }
    : { id: question.id, correct, correctOptionIds: right };
}

function gradeQuestion(question: Question, answer: Answers[string] | undefined, lang: Lang): QuestionResult {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return gradeChoice(question, answer, lang);
    case 'truefalse':
      return { id: question.id, correct: answer === question.answer };
    case 'short':
      return { id: question.id, correct: typeof answer === 'string' && matchesAccepted(question, answer, lang) };
  }
}

/** Grades answers that passed checkSubmission; every question weighs the same and unanswered ones score 0. */
export function gradeQuiz(def: QuizDefinition, answers: Answers, lang: Lang): QuizResult {
  const questions: QuestionResult[] = [];
  let correctCount = 0;
  for (let i = 0; i < def.questions.length; i++) {
    const question = def.questions[i];
    const result = gradeQuestion(question, answers[question.id], lang);
    if (question.explanation) result.explanation = pickLocalized(question.explanation, lang);
    if (result.correct) correctCount++;
    questions.push(result);
  }
  const questionCount = questions.length;
  const score = Math.floor((correctCount * 100) / questionCount);
  return { score, correctCount, questionCount, passed: score >= def.passMark, questions };
}

/** Whether a fellow who has submitted `previousAttempts` times may submit again. */
export function attemptAllowed(def: QuizDefinition, previousAttempts: number): boolean {
  return def.maxAttempts === undefined || previousAttempts < def.maxAttempts;
}
