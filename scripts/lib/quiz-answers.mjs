// Answers to a quiz, derived from its definition (with keys, as build/server/quizzes.json holds
// it), for the demo seed and the grading bench: they must stay right when trainers edit a quiz.

function rightAnswer(question, lang) {
  switch (question.type) {
    case 'single':
      return question.options.find((o) => o.correct).id;
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => o.id);
    case 'truefalse':
      return question.answer;
    case 'short':
      return (question.accepted[lang] ?? question.accepted.ka)[0];
  }
}

/** A wrong answer, or undefined for a short question (left unanswered, as people do). */
function wrongAnswer(question) {
  switch (question.type) {
    case 'single':
      return question.options.find((o) => !o.correct).id;
    case 'multiple':
      return [question.options.find((o) => !o.correct).id];
    case 'truefalse':
      return !question.answer;
  }
}

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
