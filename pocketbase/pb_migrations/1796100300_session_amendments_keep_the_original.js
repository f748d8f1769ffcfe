/// <reference path="../pb_data/types.d.ts" />
// Corrections of a locked (signed) session: who, when, what changed (from → to) and why. The
// session itself never changes; readers see the original with its amendments. Written only by
// POST /api/ertad/mentoring/sessions/{id}/amendments; never changed afterwards.

const COORDINATOR = '@request.auth.role = "coordinator"';
const READERS = `session.mentor = @request.auth.id || session.fellows.id ?= @request.auth.id || ${COORDINATOR}`;

migrate(
  (app) => {
    const amendments = new Collection({
      type: 'base',
      name: 'session_amendments',
      listRule: READERS,
      viewRule: READERS,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE INDEX idx_session_amendments_session ON session_amendments (session)'],
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
        name: 'author',
        collectionId: app.findCollectionByNameOrId('users').id,
        maxSelect: 1,
        required: true,
      }),
      new JSONField({ name: 'changes', required: true, maxSize: 200000 }),
      new TextField({ name: 'reason', required: true, max: 2000 }),
      new AutodateField({ name: 'created', onCreate: true }),
    ].forEach((field) => amendments.fields.add(field));
    app.save(amendments);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('session_amendments'));
  },
);
