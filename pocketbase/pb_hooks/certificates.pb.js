/// <reference path="../pb_data/types.d.ts" />
// Certificates: public verification by code, the QR link, coordinators' manual issue and revoke,
// and the PDF's data for holders and coordinators (src/lib/certificates, docs/certificates.md).
// Automatic issuance runs in progress.pb.js and quizzes.pb.js, in the transaction of the completion.

routerAdd('GET', '/api/ertad/verify/{code}', (e) => {
  const { certificateStore, verifyCode } = require(`${__hooks}/generated/ertad-lib.cjs`);
  e.response.header().set('Cache-Control', 'no-store');
  return e.json(200, verifyCode(certificateStore($app), e.request.pathValue('code')));
});

// The address in the QR code: the verify page in the visitor's language, with the code filled in.
routerAdd('GET', '/verify/{code}', (e) => {
  const { negotiateLanguage } = require(`${__hooks}/generated/ertad-lib.cjs`);
  const lang = negotiateLanguage(e.request.header.get('Accept-Language'));
  e.response.header().set('Vary', 'Accept-Language');
  return e.redirect(302, `/${lang}/verify/?code=${encodeURIComponent(e.request.pathValue('code'))}`);
});

routerAdd(
  'POST',
  '/api/ertad/certificates',
  (e) => {
    const { certificateStore, issueManually } = require(`${__hooks}/generated/ertad-lib.cjs`);
    if (e.auth.getString('role') !== 'coordinator')
      return e.json(403, { status: 403, message: 'Only coordinators issue certificates by hand.', data: {} });
    const body = JSON.parse(JSON.stringify(e.requestInfo().body));
    let reply;
    $app.runInTransaction((txApp) => {
      reply = issueManually(certificateStore(txApp), { actorId: e.auth.id, body, now: new DateTime().string() });
    });
    return e.json(reply.status, reply.body);
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);

routerAdd(
  'POST',
  '/api/ertad/certificates/{id}/revoke',
  (e) => {
    const { certificateStore, revokeCertificate } = require(`${__hooks}/generated/ertad-lib.cjs`);
    if (e.auth.getString('role') !== 'coordinator')
      return e.json(403, { status: 403, message: 'Only coordinators revoke certificates.', data: {} });
    const body = JSON.parse(JSON.stringify(e.requestInfo().body));
    const input = { actorId: e.auth.id, id: e.request.pathValue('id'), body, now: new DateTime().string() };
    let reply;
    $app.runInTransaction((txApp) => {
      reply = revokeCertificate(certificateStore(txApp), input);
    });
    return e.json(reply.status, reply.body);
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);

routerAdd(
  'GET',
  '/api/ertad/certificates/{id}/document',
  (e) => {
    const { certificateDocument, certificateStore } = require(`${__hooks}/generated/ertad-lib.cjs`);
    const reply = certificateDocument(certificateStore($app), {
      id: e.request.pathValue('id'),
      userId: e.auth.id,
      isCoordinator: e.auth.getString('role') === 'coordinator',
      appUrl: $app.settings().meta.appURL,
    });
    return e.json(reply.status, reply.body);
  },
  $apis.requireAuth('users'),
);
