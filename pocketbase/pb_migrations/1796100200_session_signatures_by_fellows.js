/// <reference path="../pb_data/types.d.ts" />
// Each fellow's deliberate decision on a session (signed, or disagreed with a comment), per round:
// editing a session after signing starts a new round. Written only by POST
// /api/ertad/mentoring/sessions/{id}/signature; never changed afterwards (pb_hooks/mentoring-lock.pb.js).

const COORDINATOR = '@request.auth.role = "coordinator"';
const READERS = `fellow = @request.auth.id || session.mentor = @request.auth.id || ${COORDINATOR}`;

migrate(
  (app) => {
    const signatures = new Collection({
      type: 'base',
      name: 'session_signatures',
      listRule: READERS,
      viewRule: READERS,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_session_signatures_round ON session_signatures (session, fellow, round)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({
        name: 'session',
        collectionId: app.findCollectionByNameOrId('mentoring_sessions').id,
        maxSelect: 1,
        required: true,
      }),
      new RelationField({
        name: 'fellow',
        collectionId: app.findCollectionByNameOrId('users').id,
        maxSelect: 1,
        required: true,
      }),
      new NumberField({ name: 'round', onlyInt: true, min: 1, required: true }),
      new SelectField({ name: 'decision', values: ['signed', 'disagreed'], maxSelect: 1, required: true }),
      new TextField({ name: 'comment', max: 5000 }),
      new DateField({ name: 'signedAt', required: true }),
      new AutodateField({ name: 'created', onCreate: true }),
    ].forEach((field) => signatures.fields.add(field));
    app.save(signatures);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('session_signatures'));
  },
);
