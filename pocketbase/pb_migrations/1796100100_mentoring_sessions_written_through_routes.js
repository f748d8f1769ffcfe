/// <reference path="../pb_data/types.d.ts" />
// Supervision and mentoring sessions. Only the routes of pb_hooks/mentoring.pb.js write them (they
// validate with src/lib/mentoring and move the signing states); a session signed by everyone is
// locked by pb_hooks/mentoring-lock.pb.js. Fellows read their sessions once the mentor has signed.
// Confidential notes are NOT here: they live in session_notes, which no client can read.

const COORDINATOR = '@request.auth.role = "coordinator"';
const READERS = ['mentor = @request.auth.id', '(fellows.id ?= @request.auth.id && state != "draft")', COORDINATOR].join(
  ' || ',
);

migrate(
  (app) => {
    const sessions = new Collection({
      type: 'base',
      name: 'mentoring_sessions',
      listRule: READERS,
      viewRule: READERS,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: [
        'CREATE INDEX idx_mentoring_sessions_mentor ON mentoring_sessions (mentor, date)',
        // The outbox key: a resent request finds the session it already made.
        "CREATE UNIQUE INDEX idx_mentoring_sessions_client_key ON mentoring_sessions (mentor, clientKey) WHERE clientKey != ''",
      ],
    });
    const users = app.findCollectionByNameOrId('users').id;
    const text = (name) => new TextField({ name, max: 10000 });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({ name: 'mentor', collectionId: users, maxSelect: 1, required: true }),
      new RelationField({ name: 'fellows', collectionId: users, maxSelect: 50, required: true }),
      new TextField({ name: 'date', required: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
      new NumberField({ name: 'minutes', onlyInt: true, min: 5, max: 480, required: true }),
      new SelectField({ name: 'mode', values: ['in_person', 'online', 'phone'], maxSelect: 1, required: true }),
      new SelectField({
        name: 'kind',
        values: ['mentoring', 'individual_supervision', 'group_supervision'],
        maxSelect: 1,
        required: true,
      }),
      new JSONField({ name: 'topics', maxSize: 20000 }),
      new SelectField({
        name: 'functions',
        values: ['management', 'support', 'development', 'mediation'],
        maxSelect: 4,
      }),
      text('summary'),
      new JSONField({ name: 'actions', maxSize: 100000 }),
      text('situation'),
      text('analysis'),
      text('risk'),
      text('decision'),
      text('rationale'),
      new SelectField({
        name: 'state',
        values: ['draft', 'awaiting_fellows', 'signed', 'disputed'],
        maxSelect: 1,
        required: true,
      }),
      new NumberField({ name: 'round', onlyInt: true, min: 1, required: true }),
      new DateField({ name: 'mentorSignedAt' }),
      new DateField({ name: 'signedAt' }),
      new TextField({ name: 'clientKey', max: 100 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => sessions.fields.add(field));
    app.save(sessions);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('mentoring_sessions'));
  },
);
