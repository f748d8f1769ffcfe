import type { QuestionResult } from '../quiz/grading';

/** What an attempt stores of its grading: exactly what the fellow was shown. */
export type AttemptResult = {
  /** Attempts left after this one; null when unlimited. */
  attemptsLeft: number | null;
  correctCount: number;
  questionCount: number;
  questions: QuestionResult[];
};

/** The body of the grading route's reply to a graded submission; the quiz form shows it. */
export type AttemptReply = AttemptResult & { attemptId: string; attemptNumber: number; score: number; passed: boolean };
