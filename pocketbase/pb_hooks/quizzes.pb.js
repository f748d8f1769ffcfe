/// <reference path="../pb_data/types.d.ts" />
// Quizzes: the grading route, and the public copy derived from the hidden definition on every save.

routerAdd(
  'POST',
  '/api/ertad/quizzes/{slug}/attempts',
  (e) => {
    const {
      certificateStore,
      DEFAULT_LANG,
      issueEarnedCertificates,
      learningStore,
      prepareAttempt,
      sendJson,
      storeAttempt,
    } = require(`${__hooks}/generated/ertad-lib.cjs`);
    // A plain JS copy: the parsed body arrives as Go maps and slices.
    const body = JSON.parse(JSON.stringify(e.requestInfo().body));
    const input = {
      userId: e.auth.id,
      quizSlug: e.request.pathValue('slug'),
      body,
      fallbackLang: e.auth.getString('preferred_language') || DEFAULT_LANG,
      now: new DateTime().string(),
      verified: e.auth.verified(),
      requireVerified: $os.getenv('ERTAD_QUIZZES_NEED_VERIFIED_EMAIL') === '1',
    };
    // Checking and grading only read, so they run before the write transaction and do not hold it.
    const prepared = prepareAttempt(learningStore($app), input);
    if (!prepared.ok) return sendJson(e, prepared.reply.status, prepared.reply.body);
    let reply;
    // One transaction (SQLite serialises them), so two submissions cannot both take the last attempt.
    $app.runInTransaction((txApp) => {
      reply = storeAttempt(learningStore(txApp), input.userId, prepared.attempt, input.now);
      // In the same transaction: the pass and the certificate it earns commit together, once.
      if (reply.status === 201 && reply.body.passed) {
        issueEarnedCertificates(certificateStore(txApp), {
          userId: input.userId,
          courseId: prepared.attempt.quiz.courseId,
          now: input.now,
        });
      }
    });
    return sendJson(e, reply.status, reply.body);
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('quizAttempt'),
);

onRecordCreate((e) => {
  const { quizRecordFields } = require(`${__hooks}/generated/ertad-lib.cjs`);
  e.record.load(quizRecordFields(JSON.parse(e.record.getString('definition'))));
  e.next();
}, 'quizzes');

onRecordUpdate((e) => {
  const { quizRecordFields } = require(`${__hooks}/generated/ertad-lib.cjs`);
  e.record.load(quizRecordFields(JSON.parse(e.record.getString('definition'))));
  e.next();
}, 'quizzes');
