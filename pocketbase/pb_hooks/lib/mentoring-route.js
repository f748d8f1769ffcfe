/// <reference path="../../pb_data/types.d.ts" />
// What every mentoring route does around src/lib/mentoring/routes.ts (hook handlers run in
// isolated contexts, so pb_hooks/mentoring.pb.js requires this inside each handler).

/** Runs `name` of the bundled mentoring routes; `write` wraps it in a transaction. */
module.exports.mentoringRoute = function mentoringRoute(e, name, write) {
  const { mentoring } = require(`${__hooks}/generated/ertad-lib.cjs`);
  const { mentoringStore, sendMails } = require(`${__hooks}/lib/mentoring-store.js`);
  const input = {
    actor: { id: e.auth.id, role: e.auth.getString('role') },
    // A plain JS copy: the parsed body arrives as Go maps and slices.
    body: JSON.parse(JSON.stringify(e.requestInfo().body || {})),
    params: {
      id: e.request.pathValue('id'),
      actionId: e.request.pathValue('actionId'),
    },
    query: JSON.parse(JSON.stringify(e.requestInfo().query || {})),
    now: new Date().toISOString(),
    newId: () => $security.randomString(12),
  };
  const mails = [];
  let reply;
  const transaction = () =>
    $app.runInTransaction((txApp) => {
      mails.length = 0;
      reply = mentoring[name](mentoringStore(txApp, mails), input);
      issueForSignedSession(txApp, reply, input.now);
    });
  if (write) {
    try {
      transaction();
    } catch (error) {
      // Two copies of one outbox request raced: the unique (mentor, clientKey) index stopped the
      // second session; run it again and it finds the first one and answers as a replay.
      if (name !== 'createSession') throw error;
      transaction();
    }
  } else {
    reply = mentoring[name](mentoringStore($app, mails), input);
  }
  sendMails($app, mails);
  if (reply.status === 204) return e.noContent(204);
  if (reply.body && typeof reply.body.csv === 'string') {
    e.response.header().set('Content-Disposition', `attachment; filename="${reply.body.filename}"`);
    return e.blob(200, 'text/csv; charset=utf-8', reply.body.csv);
  }
  return e.json(reply.status, reply.body);
};

/**
 * A session that every side has just signed, or a signed one whose minutes were just amended, may
 * complete a programme's supervision hours: issue what its fellows have earned in the same
 * transaction, so the certificate and the signature (or amendment) commit together, once.
 */
function issueForSignedSession(txApp, reply, now) {
  const session = (reply.status === 200 || reply.status === 201) && reply.body && reply.body.session;
  if (!session || session.state !== 'signed') return;
  const { issueEarnedProgramCertificates } = require(`${__hooks}/generated/ertad-lib.cjs`);
  const { certificateStore } = require(`${__hooks}/lib/certificate-store.js`);
  for (const fellow of session.fellows) {
    issueEarnedProgramCertificates(certificateStore(txApp), { userId: fellow.id || fellow, now });
  }
}

/** Creates the "action due" notifications (and emails) that are owed today. */
module.exports.notifyDue = function notifyDue(app) {
  const { mentoring } = require(`${__hooks}/generated/ertad-lib.cjs`);
  const { mentoringStore, sendMails } = require(`${__hooks}/lib/mentoring-store.js`);
  const mails = [];
  let created = 0;
  app.runInTransaction((txApp) => {
    const store = mentoringStore(txApp, mails);
    created = mentoring.notifyDueActions(
      store,
      new Date().toISOString(),
      store.usersByRole('mentor').map((m) => m.id),
    );
  });
  sendMails(app, mails);
  return created;
};
