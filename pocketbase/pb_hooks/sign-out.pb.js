/// <reference path="../pb_data/types.d.ts" />
// POST /api/ertad/sign-out: ends every session of the signed-in account. PocketBase sessions are
// signed tokens that stay valid until they expire; a new token key makes all of them invalid, so
// a copy left on a shared computer (or taken from it) stops working. The person signs in again
// on their other devices.

routerAdd(
  'POST',
  '/api/ertad/sign-out',
  (e) => {
    const account = $app.findRecordById('users', e.auth.id);
    account.refreshTokenKey();
    $app.save(account);
    return e.noContent(204);
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
