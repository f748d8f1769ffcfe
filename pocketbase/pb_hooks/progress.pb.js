/// <reference path="../pb_data/types.d.ts" />
// POST /api/ertad/progress: module visits and read-to-end completions (src/lib/records/record-progress.ts),
// and the certificates a completion earns (src/lib/certificates/issue.ts).

routerAdd(
  'POST',
  '/api/ertad/progress',
  (e) => {
    const { certificateStore, issueEarnedCertificates, learningStore, recordProgress, sendJson } = require(
      `${__hooks}/generated/ertad-lib.cjs`,
    );
    // A plain JS copy: the parsed body arrives as Go maps and slices.
    const body = JSON.parse(JSON.stringify(e.requestInfo().body));
    const input = { userId: e.auth.id, body, now: new DateTime().string() };
    let reply;
    $app.runInTransaction((txApp) => {
      reply = recordProgress(learningStore(txApp), input);
      // In the same transaction: a completion and the certificate it earns commit together, once.
      if (reply.status === 200 && reply.body.status === 'completed') {
        issueEarnedCertificates(certificateStore(txApp), {
          userId: input.userId,
          courseId: reply.body.course,
          now: input.now,
        });
      }
    });
    return sendJson(e, reply.status, reply.body);
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
