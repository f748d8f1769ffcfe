/// <reference path="../pb_data/types.d.ts" />
// Accounts start as fellows speaking Georgian unless a coordinator or the sign-up form says otherwise.

onRecordCreate((e) => {
  const { DEFAULT_LANG } = require(`${__hooks}/generated/ertad-lib.cjs`);
  if (!e.record.get('role')) e.record.set('role', 'fellow');
  if (!e.record.get('preferred_language')) e.record.set('preferred_language', DEFAULT_LANG);
  e.next();
}, 'users');
