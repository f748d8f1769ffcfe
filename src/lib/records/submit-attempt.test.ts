import { describe, expect, it } from 'vitest';
import { memoryStore, READ_AND_QUIZ_COURSE } from '../../../tests/support/memory-store';
import { quizDefinitionSchema } from '../quiz/schema';
import type { AttemptReply } from './attempt-reply';
import { submitAttempt } from './submit-attempt';

const text = (en: string) => ({ ka: en, en });
const definition = quizDefinitionSchema.parse({
  id: 'gesi-quiz',
  title: text('GESI'),
  passMark: 100,
  maxAttempts: 2,
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: text('Which?'),
      options: [
        { id: 'a', text: text('A'), correct: true },
        { id: 'b', text: text('B'), feedback: text('Not quite.') },
      ],
      explanation: text('Because A.'),
    },
  ],
});
const course = READ_AND_QUIZ_COURSE;
const quiz = { id: 'quiz1', slug: 'gesi-quiz', courseId: 'course1', version: 'v1', definition };
const otherQuiz = { ...quiz, id: 'quiz2', slug: 'other-quiz' };
const now = '2025-03-03 09:00:00.000Z';

function setUp(quizDefinition = definition) {
  const memory = memoryStore({ courses: [course], quizzes: [{ ...quiz, definition: quizDefinition }, otherQuiz] });
  memory.store.saveEnrolment({ userId: 'nino', courseId: 'course1', cohortId: '', status: 'active' });
  let keys = 0;
  const submit = (body: Record<string, unknown>, userId = 'nino') =>
    submitAttempt(memory.store, {
      userId,
      quizSlug: 'gesi-quiz',
      fallbackLang: 'en',
      now,
      body: { idempotencyKey: `key-0000-0000-000${++keys}`, ...body },
    });
  return { ...memory, submit };
}

describe('submitAttempt', () => {
  it('grades, stores the attempt with the quiz version and answers 201', () => {
    const { submit, attempts } = setUp();
    const reply = submit({ answers: { q1: 'a' } });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ attemptNumber: 1, attemptsLeft: 1, score: 100, passed: true });
    expect(attempts).toMatchObject([{ quizVersion: 'v1', answers: { q1: 'a' }, score: 100, attemptNumber: 1 }]);
  });

  it('hides right options and explanations while a failed fellow has attempts left', () => {
    const { submit } = setUp();
    const { questions } = submit({ answers: { q1: 'b' } }).body as AttemptReply;
    expect(questions).toEqual([{ id: 'q1', correct: false }]);
  });

  it('keeps withholding them after the last attempt fails, under the default review policy', () => {
    const { submit } = setUp();
    submit({ answers: { q1: 'b' } });
    const reply = submit({ answers: { q1: 'b' } }).body as AttemptReply;
    expect(reply).toMatchObject({ attemptsLeft: 0, review: 'after-passing', answersShown: false });
    expect(reply.questions).toEqual([{ id: 'q1', correct: false }]);
  });

  it('shows right options and explanations after the last attempt fails when the quiz opts in', () => {
    const { submit } = setUp({ ...definition, review: 'after-last-attempt' });
    submit({ answers: { q1: 'b' } });
    const reply = submit({ answers: { q1: 'b' } }).body as AttemptReply;
    expect(reply).toMatchObject({ attemptsLeft: 0, answersShown: true });
    expect(reply.questions[0]).toMatchObject({
      correctOptionIds: ['a'],
      explanation: 'Because A.',
      feedback: 'Not quite.',
    });
  });

  it('completes the module that the passed quiz completes, and only that one', () => {
    const { submit, progress } = setUp();
    submit({ answers: { q1: 'a' } });
    expect([...progress.keys()]).toEqual(['nino/course1/check']);
    expect(progress.get('nino/course1/check')).toMatchObject({ status: 'completed', completed_at: now });
  });

  it('completes nothing when the quiz is failed', () => {
    const { submit, progress } = setUp();
    submit({ answers: { q1: 'b' } });
    expect(progress.size).toBe(0);
  });

  it('returns the stored attempt with 200 for a repeated idempotency key', () => {
    const { submit, attempts } = setUp();
    const first = submit({ answers: { q1: 'b' }, idempotencyKey: 'retry-key-0000-0001' });
    const again = submit({ answers: { q1: 'a' }, idempotencyKey: 'retry-key-0000-0001' });
    expect(again).toEqual({ status: 200, body: first.body });
    expect(attempts).toHaveLength(1);
  });

  it('returns the stored attempt for a repeated key even when the answers sent now do not fit', () => {
    const { submit, attempts } = setUp();
    const first = submit({ answers: { q1: 'b' }, idempotencyKey: 'retry-key-0000-0002' });
    const again = submit({ answers: { q1: 'z' }, idempotencyKey: 'retry-key-0000-0002' });
    expect(again).toEqual({ status: 200, body: first.body });
    expect(attempts).toHaveLength(1);
  });

  it('refuses with 409 a key that was already used for another quiz', () => {
    const { submit, store } = setUp();
    submit({ answers: { q1: 'b' }, idempotencyKey: 'shared-key-0000-0001' });
    const other = submitAttempt(store, {
      userId: 'nino',
      quizSlug: 'other-quiz',
      fallbackLang: 'en',
      now,
      body: { answers: {}, idempotencyKey: 'shared-key-0000-0001' },
    });
    expect(other.status).toBe(409);
  });

  it('refuses an unconfirmed email address with 403 only where the deployment asks for confirmed ones', () => {
    const { store, attempts } = setUp();
    const input = {
      userId: 'nino',
      quizSlug: 'gesi-quiz',
      fallbackLang: 'en' as const,
      now,
      body: { idempotencyKey: 'key-0000-0000-0009', answers: { q1: 'a' } },
    };
    const refused = submitAttempt(store, { ...input, verified: false, requireVerified: true });
    expect(refused).toMatchObject({ status: 403, body: { errors: [{ code: 'email_not_verified' }] } });
    expect(attempts).toEqual([]);
    expect(submitAttempt(store, { ...input, verified: true, requireVerified: true }).status).toBe(201);
    const elsewhere = { ...input, body: { ...input.body, idempotencyKey: 'key-0000-0000-0010' }, verified: false };
    expect(submitAttempt(store, elsewhere).status).toBe(201);
  });

  it('answers 429 once the attempts are used, and stores nothing more', () => {
    const { submit, attempts } = setUp();
    submit({ answers: { q1: 'b' } });
    submit({ answers: { q1: 'b' } });
    expect(submit({ answers: { q1: 'a' } }).status).toBe(429);
    expect(attempts).toHaveLength(2);
  });

  it('answers 403 to someone not enrolled, or withdrawn', () => {
    const { submit, store } = setUp();
    expect(submit({ answers: {} }, 'giorgi').status).toBe(403);
    store.saveEnrolment({
      id: store.findEnrolment('nino', 'course1')!.id,
      userId: 'nino',
      courseId: 'course1',
      cohortId: '',
      status: 'withdrawn',
    });
    expect(submit({ answers: {} }).status).toBe(403);
  });

  it('tells someone not enrolled to enrol before saying that their answers do not fit', () => {
    const { submit } = setUp();
    expect(submit({ answers: { q1: 'z' } }, 'giorgi').status).toBe(403);
  });

  it('answers 400 with the submission errors, and stores nothing', () => {
    const { submit, attempts } = setUp();
    const reply = submit({ answers: { q1: 'z', q9: true } });
    expect(reply.status).toBe(400);
    expect((reply.body as { errors: { code: string }[] }).errors.map((e) => e.code)).toEqual([
      'unknown_option',
      'unknown_question',
    ]);
    expect(attempts).toHaveLength(0);
  });

  it('audits each stored attempt under the fellow who submitted it', () => {
    const { submit, audits, attempts } = setUp();
    submit({ answers: { q1: 'a' } });
    expect(audits).toEqual([
      expect.objectContaining({ actorId: 'nino', action: 'quiz_attempt.submitted', record: attempts[0].id }),
    ]);
  });
});
