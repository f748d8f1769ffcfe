/// <reference path="../pb_data/types.d.ts" />
// Who mentors whom in which cohort. Coordinators pair and re-pair through
// /api/ertad/mentoring/mentorships (pb_hooks/mentoring.pb.js): a re-pairing ends one mentorship
// and starts another, so the history is never overwritten. The pair and coordinators read them.

const COORDINATOR = '@request.auth.role = "coordinator"';
const READERS = `mentor = @request.auth.id || fellow = @request.auth.id || ${COORDINATOR}`;

migrate(
  (app) => {
    const mentorships = new Collection({
      type: 'base',
      name: 'mentorships',
      listRule: READERS,
      viewRule: READERS,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: [
        'CREATE INDEX idx_mentorships_mentor ON mentorships (mentor, status)',
        'CREATE INDEX idx_mentorships_fellow ON mentorships (fellow, status)',
        'CREATE INDEX idx_mentorships_cohort ON mentorships (cohort)',
        // One active mentor per fellow and cohort; ended ones stay as history.
        "CREATE UNIQUE INDEX idx_mentorships_active ON mentorships (fellow, cohort) WHERE status = 'active'",
      ],
    });
    const users = app.findCollectionByNameOrId('users').id;
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({ name: 'mentor', collectionId: users, maxSelect: 1, required: true }),
      new RelationField({ name: 'fellow', collectionId: users, maxSelect: 1, required: true }),
      new RelationField({
        name: 'cohort',
        collectionId: app.findCollectionByNameOrId('cohorts').id,
        maxSelect: 1,
        required: true,
      }),
      new SelectField({ name: 'status', values: ['active', 'ended'], maxSelect: 1, required: true }),
      new DateField({ name: 'startedAt', required: true }),
      new DateField({ name: 'endedAt' }),
      new TextField({ name: 'endReason', max: 1000 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => mentorships.fields.add(field));
    app.save(mentorships);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('mentorships'));
  },
);
