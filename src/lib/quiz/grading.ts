import type { Lang } from '../i18n/languages';
import { pickLocalized } from '../i18n/localized';
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

function gradeChoice(question: ChoiceQuestion, answer: Answers[string] | undefined, lang: Lang): QuestionResult {
  const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
  const correctOptionIds = rightOptions(question);
  // All or nothing: partial credit would reward ticking every box.
  const correct = chosen.length === correctOptionIds.length && chosen.every((id) => correctOptionIds.includes(id));
  const feedback = question.options
    .flatMap((o) => (o.feedback && chosen.includes(o.id) ? [pickLocalized(o.feedback, lang)] : []))
    .join('\n');
  return feedback
    ? { id: question.id, correct, feedback, correctOptionIds }
    : { id: question.id, correct, correctOptionIds };
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
  const questions = def.questions.map((question) => {
    const result = gradeQuestion(question, answers[question.id], lang);
    return question.explanation ? { ...result, explanation: pickLocalized(question.explanation, lang) } : result;
  });
  const correctCount = questions.filter((q) => q.correct).length;
  const questionCount = questions.length;
  const score = Math.floor((correctCount * 100) / questionCount);
  return { score, correctCount, questionCount, passed: score >= def.passMark, questions };
}

/** Whether a fellow who has submitted `previousAttempts` times may submit again. */
export function attemptAllowed(def: QuizDefinition, previousAttempts: number): boolean {
  return def.maxAttempts === undefined || previousAttempts < def.maxAttempts;
}
