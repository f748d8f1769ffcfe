import type { QuestionResult, QuizResult } from './grading';
import { REVIEW_POLICIES, type ReviewPolicy } from './review-policies';
import type { QuizDefinition } from './schema';

/** What one attempt's reply may show of the grading, under the quiz's review policy. */
export type AttemptReview = {
  /** The quiz's policy, so the page can say when the right answers will show. */
  review: ReviewPolicy;
  /** Whether right options, explanations and every chosen option's feedback are shown. */
  answersShown: boolean;
  questions: QuestionResult[];
};

/**
 * The one place that decides what a graded attempt reveals. Until the policy allows the key, each
 * question says only right or not yet right, and option feedback comes only on a question answered
 * right: on a wrong one, feedback per chosen option would tell the fellow which of the options they
 * ticked are right (tick every option and read the feedback), so none is given there.
 */
export function reviewAttempt(def: QuizDefinition, graded: QuizResult, attemptsLeft: number | null): AttemptReview {
  // Definitions synced before the policy existed have none: they get the default.
  const review = def.review ?? REVIEW_POLICIES[0];
  const answersShown = graded.passed || (review === 'after-last-attempt' && attemptsLeft === 0);
  if (answersShown) return { review, answersShown, questions: graded.questions };
  const questions = graded.questions.map(({ id, correct, feedback }) =>
    correct && feedback ? { id, correct, feedback } : { id, correct },
  );
  return { review, answersShown, questions };
}
