/// <reference path="../pb_data/types.d.ts" />
// Defence in depth for session_notes (its rules are all null): no client request may even name
// the collection in a filter, sort, expand or fields parameter, nor subscribe to it, so no
// back-relation or @collection join can probe the notes' text.

onRecordsListRequest((e) => {
  const query = e.requestInfo().query;
  const asked = ['filter', 'sort', 'expand', 'fields'].map((name) => query[name] || '').join(' ');
  if (!e.hasSuperuserAuth() && /session_notes/i.test(asked))
    throw new ForbiddenError('Confidential notes cannot be queried through the records API.');
  e.next();
});

onRecordViewRequest((e) => {
  const query = e.requestInfo().query;
  const asked = ['expand', 'fields'].map((name) => query[name] || '').join(' ');
  if (!e.hasSuperuserAuth() && /session_notes/i.test(asked))
    throw new ForbiddenError('Confidential notes cannot be queried through the records API.');
  e.next();
});

onRealtimeSubscribeRequest((e) => {
  const asked = JSON.stringify(e.subscriptions || []);
  if (!e.hasSuperuserAuth() && /session_notes/i.test(asked))
    throw new ForbiddenError('Confidential notes cannot be subscribed to.');
  e.next();
});
