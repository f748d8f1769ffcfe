import type { Lang } from '../i18n/languages';
import { applyProgressEvent, modulesCompletedByQuiz } from '../progress/rules';
import { attemptAllowed, gradeQuiz, type QuizResult } from '../quiz/grading';
import { reviewAttempt } from '../quiz/review';
import { checkSubmission, type Answers } from '../quiz/submission';
import type { AttemptReply, AttemptResult } from './attempt-reply';
import { parseAttemptRequest } from './attempt-request';
import { completeCourseIfDone, isLearning } from './course-completion';
import { errorReply, type AttemptRow, type LearningStore, type QuizRow, type Reply } from './store';

export type AttemptInput = {
  userId: string;
  quizSlug: string;
  body: unknown;
  fallbackLang: Lang;
  now: string;
  /** Whether the person confirmed their email address. */
  verified?: boolean;
  /** The deployment lets only confirmed addresses take graded attempts (ERTAD_QUIZZES_NEED_VERIFIED_EMAIL=1). */
  requireVerified?: boolean;
};

function replyOf(attempt: AttemptRow): AttemptReply {
  return {
    attemptId: attempt.id,
    attemptNumber: attempt.attemptNumber,
    score: attempt.score,
    passed: attempt.passed,
    ...attempt.result,
  };
}

function completeQuizModules(store: LearningStore, userId: string, quiz: QuizRow, now: string) {
  const course = store.findCourseById(quiz.courseId);
  if (!course) return;
  for (const module of modulesCompletedByQuiz(course.modules, quiz.slug)) {
    const change = applyProgressEvent(store.findProgress(userId, quiz.courseId, module.id), module, 'quiz-passed', now);
    if (change.ok) store.saveProgress(userId, quiz.courseId, module.id, change.progress);
  }
  completeCourseIfDone(store, userId, course);
}

/** A checked and graded submission, ready to be numbered and stored. */
export type PreparedAttempt = {
  quiz: QuizRow;
  answers: unknown;
  idempotencyKey: string;
  graded: QuizResult;
};

/** A retry of a submission that was already graded gets the same attempt back, whatever it sends now. */
function earlierReply(earlier: AttemptRow | null, quiz: QuizRow): Reply | null {
  if (!earlier) return null;
  return earlier.quizId === quiz.id
    ? { status: 200, body: replyOf(earlier) }
    : errorReply(409, 'This idempotencyKey was used for another quiz; send a new key with each submission.');
}

const notEnrolled = () => errorReply(403, 'Enrol in the course of this quiz before taking it.');

const unverified = () =>
  errorReply(403, 'Confirm your email address before taking a graded quiz: open the link in the email we sent you.', [
    { code: 'email_not_verified', message: 'This server grades attempts of confirmed email addresses only.' },
  ]);

/**
 * The reply to answers that do not fit the quiz: as for answers that fit, a retry gets its earlier
 * attempt back and someone not enrolled is told to enrol.
 */
function misfitReply(
  store: LearningStore,
  userId: string,
  quiz: QuizRow,
  idempotencyKey: string,
  misfit: Reply,
): Reply {
  const earlier = earlierReply(store.findAttemptByKey(userId, idempotencyKey), quiz);
  if (earlier) return earlier;
  return isLearning(store.findEnrolment(userId, quiz.courseId)) ? misfit : notEnrolled();
}

/**
 * First half of POST /api/ertad/quizzes/{slug}/attempts: checks and grades, reading only. It runs
 * outside the write transaction, so grading never holds SQLite's single writer. The idempotency
 * key and the enrolment are checked once, by storeAttempt: reading them here too would double the
 * cost of the reads that every submission makes.
 */
export function prepareAttempt(
  store: LearningStore,
  input: AttemptInput,
): { ok: false; reply: Reply } | { ok: true; attempt: PreparedAttempt } {
  if (input.requireVerified && !input.verified) return { ok: false, reply: unverified() };
  const parsed = parseAttemptRequest(input.body, input.fallbackLang);
  if (!parsed.ok) return { ok: false, reply: errorReply(400, 'The submission is malformed.', parsed.errors) };
  const { answers, idempotencyKey, lang } = parsed.request;

  const quiz = store.findQuiz(input.quizSlug);
  if (!quiz) return { ok: false, reply: errorReply(404, `There is no quiz "${input.quizSlug}".`) };
  const check = checkSubmission(quiz.definition, answers);
  if (!check.ok) {
    const misfit = errorReply(400, 'Some answers do not fit the quiz.', check.errors);
    return { ok: false, reply: misfitReply(store, input.userId, quiz, idempotencyKey, misfit) };
  }
  return {
    ok: true,
    attempt: { quiz, answers, idempotencyKey, graded: gradeQuiz(quiz.definition, answers as Answers, lang) },
  };
}

/**
 * Second half: numbers and stores a prepared attempt. Run it inside a transaction, so that checking
 * the key and the enrolment, counting attempts and storing the new one cannot interleave.
 */
export function storeAttempt(store: LearningStore, userId: string, prepared: PreparedAttempt, now: string): Reply {
  const { quiz, answers, idempotencyKey, graded } = prepared;
  const context = store.attemptContext(userId, quiz, idempotencyKey);
  const earlier = earlierReply(context.earlier, quiz);
  if (earlier) return earlier;
  if (!isLearning(context.enrolment)) return notEnrolled();
  const previous = context.attempts;
  if (!attemptAllowed(quiz.definition, previous)) {
    const message = `All ${quiz.definition.maxAttempts} attempts at this quiz are used.`;
    return errorReply(429, message, [{ code: 'attempts_used', message }]);
  }
  const attemptNumber = previous + 1;
  const max = quiz.definition.maxAttempts;
  const attemptsLeft = max === undefined ? null : max - attemptNumber;
  const result: AttemptResult = {
    attemptsLeft,
    correctCount: graded.correctCount,
    questionCount: graded.questionCount,
    ...reviewAttempt(quiz.definition, graded, attemptsLeft),
  };
  const attempt = { quizId: quiz.id, attemptNumber, score: graded.score, passed: graded.passed, result };
  const id = store.createAttempt({ ...attempt, userId, quizVersion: quiz.version, answers, idempotencyKey });

  if (graded.passed) completeQuizModules(store, userId, quiz, now);
  store.audit({
    actorId: userId,
    action: 'quiz_attempt.submitted',
    collection: 'quiz_attempts',
    record: id,
    details: { quiz: quiz.slug, version: quiz.version, attemptNumber, score: graded.score, passed: graded.passed },
  });
  return { status: 201, body: replyOf({ id, ...attempt }) };
}

/** Both halves on one store, for callers that hold a transaction already (and the unit tests). */
export function submitAttempt(store: LearningStore, input: AttemptInput): Reply {
  const prepared = prepareAttempt(store, input);
  return prepared.ok ? storeAttempt(store, input.userId, prepared.attempt, input.now) : prepared.reply;
}
