// Answers to a quiz, derived from its definition (with keys, as build/server/quizzes.json holds
// it), for the demo seed and the grading bench: they must stay right when trainers edit a quiz.
import { rightAnswer, wrongAnswer } from '../../src/lib/quiz/answer-key.ts';

/** Answers with the first `rightCount` questions right and the rest wrong. */
function answersWithRight(definition, lang, rightCount) {
  const answers = {};
  definition.questions.forEach((question, index) => {
    const answer = index < rightCount ? rightAnswer(question, lang) : wrongAnswer(question);
    if (answer !== undefined) answers[question.id] = answer;
  });
  return answers;
}

/** How many right answers give `outcome`: a pass with one mistake if that still passes, a fail just under the pass mark. */
export function rightCountFor(definition, outcome) {
  const total = definition.questions.length;
  const score = (right) => Math.floor((right * 100) / total);
  if (outcome === 'pass') return score(total - 1) >= definition.passMark ? total - 1 : total;
  let right = total;
  while (right > 0 && score(right) >= definition.passMark) right -= 1;
  return right;
}

/** Answers that pass or fail `definition`, in `lang`. */
export function answersFor(definition, lang, outcome) {
  return answersWithRight(definition, lang, rightCountFor(definition, outcome));
}
