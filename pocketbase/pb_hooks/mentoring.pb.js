/// <reference path="../pb_data/types.d.ts" />
// The mentoring routes under /api/ertad/mentoring (docs/mentoring-api.md). Each one hands a plain
// JS copy of the request to src/lib/mentoring/routes.ts; writes run in one transaction, and the
// notification emails go out after it commits.

const BASE = '/api/ertad/mentoring';

routerAdd(
  'POST',
  `${BASE}/sessions`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'createSession', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'GET',
  `${BASE}/sessions/{id}`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'getSession', false),
  $apis.requireAuth('users'),
);
routerAdd(
  'PATCH',
  `${BASE}/sessions/{id}`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'updateSession', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'DELETE',
  `${BASE}/sessions/{id}`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'deleteSession', true),
  $apis.requireAuth('users'),
);
routerAdd(
  'POST',
  `${BASE}/sessions/{id}/sign`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'signSession', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'POST',
  `${BASE}/sessions/{id}/signature`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'fellowDecision', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'POST',
  `${BASE}/sessions/{id}/actions/{actionId}`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'tickAction', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'POST',
  `${BASE}/sessions/{id}/amendments`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'amendSession', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'GET',
  `${BASE}/sessions/{id}/notes`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'readNotes', true),
  $apis.requireAuth('users'),
);
routerAdd(
  'PUT',
  `${BASE}/sessions/{id}/notes`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'writeNotes', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);

routerAdd(
  'GET',
  `${BASE}/workspace`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'mentorWorkspace', false),
  $apis.requireAuth('users'),
);
routerAdd(
  'GET',
  `${BASE}/me`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'fellowSummary', false),
  $apis.requireAuth('users'),
);
routerAdd(
  'GET',
  `${BASE}/cohorts`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'listCohorts', false),
  $apis.requireAuth('users'),
);
routerAdd(
  'GET',
  `${BASE}/cohorts/{id}/overview`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'cohortOverview', false),
  $apis.requireAuth('users'),
);

routerAdd(
  'POST',
  `${BASE}/mentorships`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'pair', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'POST',
  `${BASE}/mentorships/{id}/end`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'endMentorship', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
routerAdd(
  'POST',
  `${BASE}/mentorships/{id}/repair`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'repair', true),
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);

routerAdd(
  'GET',
  `${BASE}/export/mentor.csv`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'exportMentorLog', false),
  $apis.requireAuth('users'),
);
routerAdd(
  'GET',
  `${BASE}/export/cohorts/{id}/log.csv`,
  (e) => require(`${__hooks}/lib/mentoring-route.js`).mentoringRoute(e, 'exportCohortLog', false),
  $apis.requireAuth('users'),
);

routerAdd(
  'POST',
  `${BASE}/notifications/read-all`,
  (e) => {
    const records = $app.findRecordsByFilter('notifications', 'user = {:u} && read = false', '', 0, 0, {
      u: e.auth.id,
    });
    $app.runInTransaction((txApp) => {
      for (const record of records) {
        record.set('read', true);
        txApp.save(record);
      }
    });
    return e.json(200, { updated: records.length });
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);

routerAdd(
  'POST',
  `${BASE}/notifications/due-actions`,
  (e) => {
    const { notifyDue } = require(`${__hooks}/lib/mentoring-route.js`);
    return e.json(200, { created: notifyDue($app) });
  },
  $apis.requireSuperuserAuth(),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);

cronAdd('mentoring-actions-due', '0 6 * * *', () => {
  const { notifyDue } = require(`${__hooks}/lib/mentoring-route.js`);
  notifyDue($app);
});
