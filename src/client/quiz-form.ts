// Reads a quiz form into the answers the grading route expects, and shows the graded result or,
// in the reader's language, why the submission was refused.
import { fillPlaceholders } from '../lib/i18n/placeholders';
import type { Answers } from '../lib/quiz/submission';
import type { AttemptReply } from '../lib/records/attempt-reply';
import type { ErrorBody } from '../lib/records/store';

/**
 * A fresh idempotency key (32 hex characters). crypto.randomUUID exists only on secure origins,
 * and a CSO may serve Ertad over plain http on its own network; getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `{ questionId: answer }` from the form's fieldsets; unanswered questions are left out. */
export function collectAnswers(form: HTMLFormElement): Answers {
  const answers: Answers = {};
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
export function renderResult(quiz: HTMLElement, attempt: AttemptReply) {
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
    markRightOptions(fieldset, question.correctOptionIds, msg.msgRightOption);
  }
  const summary = `${attempt.score}% — ${attempt.passed ? msg.msgPassed : msg.msgFailed}`;
  const left =
    attempt.attemptsLeft === null
      ? ''
      : ` ${fillPlaceholders(msg.msgAttemptsLeft ?? '', { count: attempt.attemptsLeft })}`;
  const withheld =
    attempt.answersShown === false
      ? ` ${attempt.review === 'after-last-attempt' ? msg.msgAnswersAfterLastAttempt : msg.msgAnswersAfterPassing}`
      : '';
  quiz.querySelector('[data-quiz-status]')!.textContent = `${summary}.${left}${withheld}`;
}

/** The translated messages of a quiz (its data-msg-* attributes) that say why a submission was refused. */
export type Refusal =
  | 'msgOffline'
  | 'msgSignIn'
  | 'msgNotEnrolled'
  | 'msgUnverified'
  | 'msgLimit'
  | 'msgTooFast'
  | 'msgTooLarge'
  | 'msgTooLong'
  | 'msgOutdated'
  | 'msgInvalid';

// Problems a current page cannot cause: the quiz changed after the page was built.
const OUTDATED = new Set(['unknown_question', 'unknown_option', 'wrong_type', 'duplicate_option']);

/** Which message answers a refused submission, from the status and the route's problem codes (never its English text). */
export function refusalOf(status: number, body: ErrorBody | null): Refusal {
  const codes = body?.errors?.map((problem) => problem.code) ?? [];
  if (status === 0) return 'msgOffline';
  if (status === 401) return 'msgSignIn';
  if (codes.includes('email_not_verified')) return 'msgUnverified';
  if (status === 403) return 'msgNotEnrolled';
  // 429 is either the quiz's attempt limit or the server's rate limit.
  if (codes.includes('attempts_used')) return 'msgLimit';
  if (status === 429) return 'msgTooFast';
  if (status === 413) return 'msgTooLarge';
  if (codes.includes('too_long')) return 'msgTooLong';
  if (status === 404 || codes.some((code) => OUTDATED.has(code))) return 'msgOutdated';
  return 'msgInvalid';
}
