/// <reference path="../pb_data/types.d.ts" />
// A mentor's confidential notes on a session. Every rule is null: no client can list, view,
// filter, sort, expand or subscribe to them. Their mentor and coordinators read them through
// GET /api/ertad/mentoring/sessions/{id}/notes, which writes every read to audit_log.

migrate(
  (app) => {
    const notes = new Collection({
      type: 'base',
      name: 'session_notes',
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_session_notes_session ON session_notes (session)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({
        name: 'session',
        collectionId: app.findCollectionByNameOrId('mentoring_sessions').id,
        maxSelect: 1,
        required: true,
        cascadeDelete: true,
      }),
      new RelationField({
        name: 'mentor',
        collectionId: app.findCollectionByNameOrId('users').id,
        maxSelect: 1,
        required: true,
      }),
      new TextField({ name: 'text', max: 20000 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => notes.fields.add(field));
    app.save(notes);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('session_notes'));
  },
);
