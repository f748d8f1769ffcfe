/// <reference path="../pb_data/types.d.ts" />
// Quizzes: the grading route, and the public copy derived from the hidden definition on every save.

routerAdd(
  'POST',
  '/api/ertad/quizzes/{slug}/attempts',
  (e) => {
    const { submitAttempt } = require(`${__hooks}/generated/ertad-lib.cjs`);
    const { learningStore } = require(`${__hooks}/lib/learning-store.js`);
    // A plain JS copy: the parsed body arrives as Go maps and slices.
    const body = JSON.parse(JSON.stringify(e.requestInfo().body));
    const input = {
      userId: e.auth.id,
      quizSlug: e.request.pathValue('slug'),
      body,
      fallbackLang: e.auth.getString('preferred_language') || 'ka',
      now: new DateTime().string(),
    };
    let reply;
    // One transaction (SQLite serialises them), so two submissions cannot both take the last attempt.
    $app.runInTransaction((txApp) => {
      reply = submitAttempt(learningStore(txApp), input);
    });
    return e.json(reply.status, reply.body);
  },
  $apis.requireAuth('users'),
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
