import type { QuestionResult } from '../quiz/grading';
import type { ReviewPolicy } from '../quiz/review-policies';

/** What an attempt stores of its grading: exactly what the fellow was shown. */
export type AttemptResult = {
  /** Attempts left after this one; null when unlimited. */
  attemptsLeft: number | null;
  correctCount: number;
  questionCount: number;
  /** The quiz's review policy, so the page can say when the right answers will show. */
  review: ReviewPolicy;
  /** Whether this reply shows the right answers and explanations. */
  answersShown: boolean;
  questions: QuestionResult[];
};

/** The body of the grading route's reply to a graded submission; the quiz form shows it. */
export type AttemptReply = AttemptResult & { attemptId: string; attemptNumber: number; score: number; passed: boolean };
