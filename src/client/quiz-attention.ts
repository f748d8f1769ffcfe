// The quiz's two "look here" boxes: unanswered questions before submitting, and questions that
// need another look in the result summary. Both link to the questions by number.

/** The id of a question's fieldset, which links point to. */
export const questionAnchor = (quizId: string, number: number) => `${quizId}-q${number}`;

function questionLinks(quiz: HTMLElement, numbers: number[]): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'attention-links';
  for (const number of numbers) {
    const link = document.createElement('a');
    link.href = `#${questionAnchor(quiz.dataset.quiz!, number)}`;
    link.textContent = quiz.dataset.msgQuestion!.replace('{number}', String(number));
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  return list;
}

function paragraph(text: string) {
  const line = document.createElement('p');
  line.textContent = text;
  return line;
}

/** Names the unanswered questions and offers to submit anyway; focus moves to the warning. */
export function showUnanswered(quiz: HTMLElement, numbers: number[], submitAnyway: () => void) {
  const box = quiz.querySelector<HTMLElement>('[data-quiz-unanswered]')!;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button secondary';
  button.textContent = quiz.dataset.msgSubmitAnyway!;
  button.addEventListener('click', submitAnyway);
  box.replaceChildren(
    paragraph(quiz.dataset.msgUnanswered!),
    questionLinks(quiz, numbers),
    paragraph(quiz.dataset.msgUnansweredHint!),
    button,
  );
  box.hidden = false;
  box.focus();
}

export function hideUnanswered(quiz: HTMLElement) {
  quiz.querySelector<HTMLElement>('[data-quiz-unanswered]')!.hidden = true;
}

/** Completes the result summary with links to the questions that were not right, and moves focus to it. */
export function focusSummary(quiz: HTMLElement, numbers: number[]) {
  const review = quiz.querySelector<HTMLElement>('[data-quiz-review]')!;
  review.replaceChildren(...(numbers.length ? [paragraph(quiz.dataset.msgReview!), questionLinks(quiz, numbers)] : []));
  const summary = quiz.querySelector<HTMLElement>('[data-quiz-summary]')!;
  summary.classList.add('has-result');
  summary.focus();
}
