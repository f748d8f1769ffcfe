/// <reference path="../pb_data/types.d.ts" />
// POST /api/ertad/cohorts/{id}/enrol: a coordinator enrols a person into a cohort's courses (src/lib/records/enrol-cohort.ts).

routerAdd(
  'POST',
  '/api/ertad/cohorts/{id}/enrol',
  (e) => {
    const { enrolInCohort, learningStore } = require(`${__hooks}/generated/ertad-lib.cjs`);
    const input = {
      actorId: e.auth.id,
      actorRole: e.auth.getString('role'),
      cohortId: e.request.pathValue('id'),
      body: JSON.parse(JSON.stringify(e.requestInfo().body)),
    };
    let reply;
    // All of the programme's enrolments or none.
    $app.runInTransaction((txApp) => {
      reply = enrolInCohort(learningStore(txApp), input);
    });
    return e.json(reply.status, reply.body);
  },
  $apis.requireAuth('users'),
  require(`${__hooks}/lib/request-limits.js`).capBody('json'),
);
