// Which questions a fellow should look at: before submitting (unanswered) and after (not right).

/** 1-based numbers of the questions, in page order, that have no answer. */
export function unansweredNumbers(questionIds: string[], answers: Record<string, unknown>): number[] {
  return questionIds.flatMap((id, index) => (id in answers ? [] : [index + 1]));
}

/** 1-based numbers of the questions, in page order, that the graded reply marks as not right. */
export function numbersToReview(questionIds: string[], graded: { id: string; correct: boolean }[]): number[] {
  const wrong = new Set(graded.filter((question) => !question.correct).map((question) => question.id));
  return questionIds.flatMap((id, index) => (wrong.has(id) ? [index + 1] : []));
}
