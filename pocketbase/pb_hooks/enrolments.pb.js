/// <reference path="../pb_data/types.d.ts" />
// Enrolments made or changed through the records API (enrol, withdraw, re-enrol) go to the audit log.

onRecordCreateRequest((e) => {
  e.next();
  const { actorId, learningStore } = require(`${__hooks}/generated/ertad-lib.cjs`);
  learningStore($app).audit({
    actorId: actorId(e.auth),
    action: 'enrolment.created',
    collection: 'enrolments',
    record: e.record.id,
    details: {
      user: e.record.getString('user'),
      course: e.record.getString('course'),
      status: e.record.getString('status'),
    },
  });
}, 'enrolments');

onRecordUpdateRequest((e) => {
  const before = e.record.original().getString('status');
  e.next();
  const { actorId, learningStore } = require(`${__hooks}/generated/ertad-lib.cjs`);
  learningStore($app).audit({
    actorId: actorId(e.auth),
    action: 'enrolment.updated',
    collection: 'enrolments',
    record: e.record.id,
    details: {
      user: e.record.getString('user'),
      course: e.record.getString('course'),
      from: before,
      to: e.record.getString('status'),
    },
  });
}, 'enrolments');
