import { toPublicQuiz, type PublicQuiz } from '../quiz/public-quiz';
import type { QuizDefinition } from '../quiz/schema';

/**
 * The fields of a `quizzes` record that are derived from its hidden definition. The server derives
 * them on every save, so the public copy can never carry a key the sync forgot to strip.
 */
export function quizRecordFields(definition: QuizDefinition): {
  public: PublicQuiz;
  passMark: number;
  maxAttempts: number;
} {
  return { public: toPublicQuiz(definition), passMark: definition.passMark, maxAttempts: definition.maxAttempts ?? 0 };
}
