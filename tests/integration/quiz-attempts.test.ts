import { beforeAll, describe, expect, it } from 'vitest';
import { RIGHT_ANSWERS, WRONG_ANSWERS } from '../fixtures/build-server';
import { guest, signedInAs, superuser } from '../support/clients';
import { enrolSelf, newKey, postJson, syncedCourse } from '../support/learning';

type Setup = Awaited<ReturnType<typeof setUp>>;

/** A synced quiz and a fellow enrolled in its course; `submit` posts an attempt as that fellow. */
async function setUp(quiz: { maxAttempts?: number; review?: 'after-passing' | 'after-last-attempt' } = {}) {
  const synced = await syncedCourse('grading', quiz);
  const fellow = await signedInAs('fellow');
  await enrolSelf(fellow.pb, fellow.record.id, synced.course.id);
  const path = `/api/ertad/quizzes/${synced.quiz.slug}/attempts`;
  const submit = (body: Record<string, unknown>) =>
    postJson(fellow.pb, path, { idempotencyKey: newKey(), lang: 'en', ...body });
  const storedAttempts = () =>
    superuser()
      .collection('quiz_attempts')
      .getFullList({ filter: `user = "${fellow.record.id}"`, sort: 'attempt_number' });
  return { ...synced, fellow, path, submit, storedAttempts };
}

describe('POST /api/ertad/quizzes/{slug}/attempts', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp();
  });

  it('grades on the server and answers 201 with the attempt, the score and attempts left', async () => {
    const { fellow, submit } = await setUp();
    const reply = await submit({ answers: RIGHT_ANSWERS });
    expect(reply).toMatchObject({
      status: 201,
      body: { attemptNumber: 1, attemptsLeft: 2, score: 100, passed: true, correctCount: 4, questionCount: 4 },
    });
    const stored = await fellow.pb.collection('quiz_attempts').getOne(reply.body.attemptId);
    expect(stored).toMatchObject({ score: 100, passed: true, attempt_number: 1, answers: RIGHT_ANSWERS });
  });

  it('records the quiz version the attempt answered', async () => {
    const reply = await s.submit({ answers: WRONG_ANSWERS });
    expect((await superuser().collection('quiz_attempts').getOne(reply.body.attemptId)).quiz_version).toBe(
      s.quiz.version,
    );
  });

  it('ignores a score, a pass or another user forged into the body', async () => {
    const { fellow, submit, storedAttempts } = await setUp();
    const other = await signedInAs('fellow');
    const reply = await submit({
      answers: WRONG_ANSWERS,
      score: 100,
      passed: true,
      user: other.record.id,
      attempt_number: 9,
    });
    expect(reply.body).toMatchObject({ score: 0, passed: false, attemptNumber: 1 });
    expect(await storedAttempts()).toMatchObject([
      { user: fellow.record.id, score: 0, passed: false, attempt_number: 1 },
    ]);
  });

  it('gives feedback in the language asked for', async () => {
    const { submit } = await setUp({ maxAttempts: 1, review: 'after-last-attempt' });
    const reply = await submit({ answers: { q1: 'b' }, lang: 'ka' });
    expect(reply.body.questions[0]).toMatchObject({ id: 'q1', correct: false, feedback: 'არა.' });
  });

  describe('answer keys', () => {
    it('are withheld after a failed attempt while attempts are left', async () => {
      const { submit } = await setUp();
      const reply = await submit({ answers: WRONG_ANSWERS });
      expect(reply.body.attemptsLeft).toBe(2);
      for (const question of reply.body.questions) {
        expect(Object.keys(question).sort()).toEqual(['correct', 'id']);
      }
      expect(JSON.stringify(reply.body)).not.toContain('Gender equality and social inclusion');
    });

    it('are not given away to a fellow who ticks every option and spends every attempt', async () => {
      const { submit } = await setUp();
      const everything = { q1: 'b', q2: ['a', 'b', 'c'], q3: false, q4: 'all of them' };
      const replies = [
        await submit({ answers: everything }),
        await submit({ answers: { q1: 'b' } }),
        await submit({ answers: everything }),
      ];
      expect(replies.map((reply) => reply.body.attemptsLeft)).toEqual([2, 1, 0]);
      for (const reply of replies) {
        expect(reply.body).toMatchObject({ passed: false, answersShown: false, review: 'after-passing' });
        expect(JSON.stringify(reply.body)).not.toMatch(/correctOptionIds|explanation|feedback|Not quite/);
      }
    });

    it('are also withheld from the stored attempt that the fellow can read back', async () => {
      const { fellow, submit } = await setUp();
      const reply = await submit({ answers: WRONG_ANSWERS });
      const stored = await fellow.pb.collection('quiz_attempts').getOne(reply.body.attemptId);
      expect(JSON.stringify(stored)).not.toMatch(/correctOptionIds|explanation/);
    });

    it('are shown once the quiz is passed', async () => {
      const { submit } = await setUp();
      const reply = await submit({ answers: { ...RIGHT_ANSWERS, q4: 'wrong' } });
      expect(reply.body).toMatchObject({ passed: true, score: 75 });
      expect(reply.body.questions[0]).toMatchObject({
        correctOptionIds: ['a'],
        explanation: 'GESI joins equality and inclusion.',
      });
    });

    it('are shown when the last attempt fails if the quiz opts in with review: after-last-attempt', async () => {
      const { submit } = await setUp({ maxAttempts: 1, review: 'after-last-attempt' });
      const reply = await submit({ answers: WRONG_ANSWERS });
      expect(reply.body).toMatchObject({ attemptsLeft: 0, passed: false });
      expect(reply.body.questions[1]).toMatchObject({
        correctOptionIds: ['a', 'b'],
        explanation: 'Both groups named.',
      });
    });
  });

  describe('refuses', () => {
    it.each([
      ['an unknown question', { answers: { q9: 'a' } }, ['unknown_question']],
      ['an unknown option', { answers: { q1: 'z' } }, ['unknown_option']],
      ['an answer of the wrong type', { answers: { q3: 'yes', q2: 'a' } }, ['wrong_type', 'wrong_type']],
      ['an over-long text', { answers: { q4: 'x'.repeat(21) } }, ['too_long']],
      ['answers that are not an object', { answers: ['a'] }, ['not_an_object']],
      ['a missing idempotency key', { answers: RIGHT_ANSWERS, idempotencyKey: undefined }, ['invalid_idempotency_key']],
      ['a malformed idempotency key', { answers: RIGHT_ANSWERS, idempotencyKey: 'short' }, ['invalid_idempotency_key']],
      ['a language the site does not have', { answers: RIGHT_ANSWERS, lang: 'ru' }, ['invalid_lang']],
    ])('%s with 400 and the list of problems, storing nothing', async (_, body, codes) => {
      const { submit, storedAttempts } = await setUp();
      const reply = await submit(body);
      expect(reply.status).toBe(400);
      expect(reply.body.message).toEqual(expect.any(String));
      expect(reply.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(codes);
      expect(await storedAttempts()).toEqual([]);
    });

    it('an unknown quiz with 404', async () => {
      const reply = await postJson(s.fellow.pb, '/api/ertad/quizzes/no-such-quiz/attempts', {
        answers: {},
        idempotencyKey: newKey(),
      });
      expect(reply).toMatchObject({ status: 404, body: { message: 'There is no quiz "no-such-quiz".' } });
    });

    it('a guest with 401', async () => {
      expect((await postJson(guest(), s.path, { answers: RIGHT_ANSWERS, idempotencyKey: newKey() })).status).toBe(401);
    });

    it('a fellow not enrolled in the course with 403', async () => {
      const stranger = await signedInAs('fellow');
      const reply = await postJson(stranger.pb, s.path, { answers: RIGHT_ANSWERS, idempotencyKey: newKey() });
      expect(reply.status).toBe(403);
      expect(
        await superuser()
          .collection('quiz_attempts')
          .getFullList({ filter: `user = "${stranger.record.id}"` }),
      ).toEqual([]);
    });

    it('a fellow who withdrew from the course with 403, storing no attempt and no progress', async () => {
      const { fellow, course, submit, storedAttempts } = await setUp();
      const enrolment = await fellow.pb.collection('enrolments').getFirstListItem(`course = "${course.id}"`);
      await fellow.pb.collection('enrolments').update(enrolment.id, { status: 'withdrawn' });
      expect((await submit({ answers: RIGHT_ANSWERS })).status).toBe(403);
      expect(await storedAttempts()).toEqual([]);
      const admin = superuser();
      expect(await admin.collection('module_progress').getFullList({ filter: `user = "${fellow.record.id}"` })).toEqual(
        [],
      );
      expect(await admin.collection('enrolments').getOne(enrolment.id)).toMatchObject({ status: 'withdrawn' });
    });
  });

  describe('idempotency', () => {
    it('returns the same attempt with 200 when the same key is sent again', async () => {
      const { submit, storedAttempts } = await setUp();
      const idempotencyKey = newKey();
      const first = await submit({ answers: WRONG_ANSWERS, idempotencyKey });
      const again = await submit({ answers: RIGHT_ANSWERS, idempotencyKey });
      expect(first.status).toBe(201);
      expect(again).toEqual({ status: 200, body: first.body });
      expect(await storedAttempts()).toHaveLength(1);
    });

    it('refuses with 409 a key the fellow already used at another quiz, storing nothing', async () => {
      const { submit, fellow, storedAttempts } = await setUp();
      const other = await syncedCourse('grading-other');
      await enrolSelf(fellow.pb, fellow.record.id, other.course.id);
      const idempotencyKey = newKey();
      expect((await submit({ answers: WRONG_ANSWERS, idempotencyKey })).status).toBe(201);
      const reused = await postJson(fellow.pb, `/api/ertad/quizzes/${other.quiz.slug}/attempts`, {
        answers: RIGHT_ANSWERS,
        idempotencyKey,
        lang: 'en',
      });
      expect(reused).toMatchObject({ status: 409, body: { message: expect.stringContaining('another quiz') } });
      expect(await storedAttempts()).toHaveLength(1);
    });
  });

  describe('attempt limit', () => {
    it('answers 429 once maxAttempts attempts are stored', async () => {
      const { submit, storedAttempts } = await setUp({ maxAttempts: 2 });
      expect((await submit({ answers: WRONG_ANSWERS })).status).toBe(201);
      expect((await submit({ answers: WRONG_ANSWERS })).status).toBe(201);
      const refused = await submit({ answers: RIGHT_ANSWERS });
      expect(refused).toMatchObject({ status: 429, body: { message: 'All 2 attempts at this quiz are used.' } });
      expect(await storedAttempts()).toHaveLength(2);
    });

    it('lets exactly maxAttempts of five concurrent submissions through', async () => {
      const { submit, storedAttempts } = await setUp({ maxAttempts: 3 });
      const replies = await Promise.all(Array.from({ length: 5 }, () => submit({ answers: WRONG_ANSWERS })));
      expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429]);
      expect((await storedAttempts()).map((a) => a.attempt_number)).toEqual([1, 2, 3]);
    });
  });

  describe('after grading', () => {
    it("completes the quiz's module when the quiz is passed", async () => {
      const { fellow, course, submit } = await setUp();
      await submit({ answers: RIGHT_ANSWERS });
      const progress = await fellow.pb.collection('module_progress').getFullList({ filter: `course = "${course.id}"` });
      expect(progress).toMatchObject([
        { module: 'gesi-check', status: 'completed', completed_at: expect.stringMatching(/^\d{4}-/) },
      ]);
    });

    it('completes nothing when the quiz is failed', async () => {
      const { fellow, submit } = await setUp();
      await submit({ answers: WRONG_ANSWERS });
      expect(await fellow.pb.collection('module_progress').getFullList()).toEqual([]);
    });

    it('writes an audit entry that coordinators can read', async () => {
      const reply = await s.submit({ answers: WRONG_ANSWERS });
      const { pb } = await signedInAs('coordinator');
      const entry = await pb.collection('audit_log').getFirstListItem(`record = "${reply.body.attemptId}"`);
      expect(entry).toMatchObject({
        actor: s.fellow.record.id,
        action: 'quiz_attempt.submitted',
        collection: 'quiz_attempts',
        details: { quiz: s.quiz.slug, score: 0, passed: false },
      });
    });
  });
});
