// Reads a quiz form into the answers the grading route expects, and shows the graded result.

type Answer = string | string[] | boolean;

/**
 * A fresh idempotency key (32 hex characters). crypto.randomUUID exists only on secure origins,
 * and a CSO may serve Ertad over plain http on its own network; getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `{ questionId: answer }` from the form's fieldsets; unanswered questions are left out. */
export function collectAnswers(form: HTMLFormElement): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
    const id = fieldset.dataset.question!;
    const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    const text = fieldset.querySelector<HTMLInputElement>('input[type=text]')?.value.trim();
    if (fieldset.dataset.type === 'multiple' && checked.length > 0) answers[id] = checked;
    else if (fieldset.dataset.type === 'truefalse' && checked.length > 0) answers[id] = checked[0] === 'true';
    else if (fieldset.dataset.type === 'single' && checked.length > 0) answers[id] = checked[0];
    else if (fieldset.dataset.type === 'short' && text) answers[id] = text;
  }
  return answers;
}

/** One question of the reply: what the quiz's review policy lets this attempt show. */
interface GradedQuestion {
  id: string;
  correct: boolean;
  feedback?: string;
  explanation?: string;
  correctOptionIds?: string[];
}

interface GradedAttempt {
  score: number;
  passed: boolean;
  attemptsLeft: number | null;
  review?: 'after-passing' | 'after-last-attempt';
  /** False while the policy withholds right answers and explanations. */
  answersShown?: boolean;
  questions: GradedQuestion[];
}

/** Marks the options the reply names as right, so a fellow who may see the key sees it beside them. */
function markRightOptions(fieldset: HTMLFieldSetElement, rightIds: string[] | undefined, label: string | undefined) {
  fieldset.querySelectorAll('.quiz-right-option').forEach((mark) => mark.remove());
  for (const id of rightIds ?? []) {
    const input = fieldset.querySelector<HTMLInputElement>(`input[value="${CSS.escape(id)}"]`);
    const mark = document.createElement('strong');
    mark.className = 'quiz-right-option';
    mark.textContent = ` (${label ?? ''})`;
    input?.parentElement?.append(mark);
  }
}

/** Marks each question right or wrong with its feedback, and announces the score. */
export function renderResult(quiz: HTMLElement, attempt: GradedAttempt) {
  const msg = quiz.dataset;
  for (const question of attempt.questions) {
    const fieldset = quiz.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${CSS.escape(question.id)}"]`);
    if (!fieldset) continue;
    fieldset.querySelector('.quiz-feedback')?.remove();
    const note = document.createElement('div');
    note.className = `quiz-feedback ${question.correct ? 'is-correct' : 'is-incorrect'}`;
    for (const text of [
      question.correct ? msg.msgCorrect : msg.msgIncorrect,
      question.feedback,
      question.explanation,
    ]) {
      if (!text) continue;
      const line = document.createElement('p');
      line.textContent = text;
      note.append(line);
    }
    fieldset.append(note);
    markRightOptions(fieldset, question.correctOptionIds, msg.msgRightOption);
  }
  const summary = `${attempt.score}% — ${attempt.passed ? msg.msgPassed : msg.msgFailed}`;
  const left =
    attempt.attemptsLeft === null ? '' : ` ${msg.msgAttemptsLeft?.replace('{count}', String(attempt.attemptsLeft))}`;
  const withheld =
    attempt.answersShown === false
      ? ` ${attempt.review === 'after-last-attempt' ? msg.msgAnswersAfterLastAttempt : msg.msgAnswersAfterPassing}`
      : '';
  quiz.querySelector('[data-quiz-status]')!.textContent = `${summary}.${left}${withheld}`;
}
