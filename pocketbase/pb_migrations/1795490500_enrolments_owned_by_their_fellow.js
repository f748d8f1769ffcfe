/// <reference path="../pb_data/types.d.ts" />
// One enrolment per person and course. People enrol themselves (every course is open for now),
// withdraw and re-enrol by changing the status; nobody deletes one, so the history stays.
// Coordinators enrol anyone, also into a cohort (POST /api/ertad/cohorts/{id}/enrol).

const COORDINATOR = '@request.auth.role = "coordinator"';
const OWN_CREATE = [
  '@request.auth.id != ""',
  '@request.body.user = @request.auth.id',
  '@request.body.status = "active"',
  // Cohort places are given by coordinators, not taken.
  '@request.body.cohort = ""',
].join(' && ');
const OWN_UPDATE = [
  'user = @request.auth.id',
  // A completed course stays completed: completion is decided by the server.
  'status != "completed"',
  '(@request.body.status = "active" || @request.body.status = "withdrawn")',
  '@request.body.course:changed = false',
  '@request.body.cohort:changed = false',
].join(' && ');

migrate(
  (app) => {
    const enrolments = new Collection({
      type: 'base',
      name: 'enrolments',
      listRule: `user = @request.auth.id || ${COORDINATOR}`,
      viewRule: `user = @request.auth.id || ${COORDINATOR}`,
      createRule: `(${OWN_CREATE}) || ${COORDINATOR}`,
      // An enrolment never moves to another person, whoever edits it.
      updateRule: `@request.body.user:changed = false && ((${OWN_UPDATE}) || ${COORDINATOR})`,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_enrolments_user_course ON enrolments (user, course)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({
        name: 'user',
        collectionId: app.findCollectionByNameOrId('users').id,
        maxSelect: 1,
        required: true,
      }),
      new RelationField({
        name: 'course',
        collectionId: app.findCollectionByNameOrId('courses').id,
        maxSelect: 1,
        required: true,
      }),
      new RelationField({ name: 'cohort', collectionId: app.findCollectionByNameOrId('cohorts').id, maxSelect: 1 }),
      new SelectField({ name: 'status', values: ['active', 'completed', 'withdrawn'], maxSelect: 1, required: true }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => enrolments.fields.add(field));
    app.save(enrolments);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('enrolments'));
  },
);
