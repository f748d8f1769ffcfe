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

interface GradedQuestion {
  id: string;
  correct: boolean;
  feedback?: string;
  explanation?: string;
}

interface GradedAttempt {
  score: number;
  passed: boolean;
  attemptsLeft: number | null;
  questions: GradedQuestion[];
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
    const verdict = question.correct ? msg.msgCorrect : msg.msgIncorrect;
    for (const text of [verdict, question.feedback, question.explanation]) {
      if (!text) continue;
      const line = document.createElement('p');
      line.textContent = text;
      // Feedback comes in the quiz's language, which may differ from the page's labels around it.
      if (text !== verdict && msg.lang) line.lang = msg.lang;
      note.append(line);
    }
    fieldset.append(note);
  }
  const summary = `${attempt.score}% — ${attempt.passed ? msg.msgPassed : msg.msgFailed}`;
  const left = attempt.attemptsLeft === null ? '' : ` ${msg.msgAttemptsLeft?.replace('{count}', String(attempt.attemptsLeft))}`;
  quiz.querySelector('[data-quiz-status]')!.textContent = `${summary}.${left}`;
}
