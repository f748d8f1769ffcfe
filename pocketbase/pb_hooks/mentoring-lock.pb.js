/// <reference path="../pb_data/types.d.ts" />
// A session signed by its mentor and every fellow is locked: no save or delete of it, from any
// endpoint (records API, batch, routes, other hooks, superusers), gets through. Signatures and
// amendments are never changed once written. Corrections are new session_amendments records.

onRecordUpdate((e) => {
  if (e.record.original().getString('state') === 'signed')
    throw new BadRequestError('session_locked: this session is signed by everyone; add an amendment instead.');
  e.next();
}, 'mentoring_sessions');

onRecordDelete((e) => {
  if (e.record.getString('state') === 'signed')
    throw new BadRequestError('session_locked: a session signed by everyone cannot be deleted.');
  e.next();
}, 'mentoring_sessions');

onRecordUpdate(
  (e) => {
    throw new BadRequestError('A signature or amendment is never changed once written.');
  },
  'session_signatures',
  'session_amendments',
);

onRecordDelete(
  (e) => {
    const session = e.app.findRecordById('mentoring_sessions', e.record.getString('session'));
    if (e.record.collection().name === 'session_amendments' || session.getString('state') === 'signed')
      throw new BadRequestError('session_locked: the signatures and amendments of a signed session stay.');
    e.next();
  },
  'session_signatures',
  'session_amendments',
);
