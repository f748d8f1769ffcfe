/// <reference path="../pb_data/types.d.ts" />
// POST /api/ertad/progress: module visits and read-to-end completions (src/lib/records/record-progress.ts).

routerAdd(
  'POST',
  '/api/ertad/progress',
  (e) => {
    const { recordProgress } = require(`${__hooks}/generated/ertad-lib.cjs`);
    const { learningStore } = require(`${__hooks}/lib/learning-store.js`);
    // A plain JS copy: the parsed body arrives as Go maps and slices.
    const body = JSON.parse(JSON.stringify(e.requestInfo().body));
    const input = { userId: e.auth.id, body, now: new DateTime().string() };
    let reply;
    $app.runInTransaction((txApp) => {
      reply = recordProgress(learningStore(txApp), input);
    });
    return e.json(reply.status, reply.body);
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
