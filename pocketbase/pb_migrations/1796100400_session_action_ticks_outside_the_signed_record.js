/// <reference path="../pb_data/types.d.ts" />
// Whether an agreed action is done. Kept apart from mentoring_sessions so that ticking an action
// of a signed (locked) session changes nothing that was signed. Written only by
// POST /api/ertad/mentoring/sessions/{id}/actions/{actionId}.

const COORDINATOR = '@request.auth.role = "coordinator"';
const READERS = `session.mentor = @request.auth.id || session.fellows.id ?= @request.auth.id || ${COORDINATOR}`;

migrate(
  (app) => {
    const ticks = new Collection({
      type: 'base',
      name: 'session_action_ticks',
      listRule: READERS,
      viewRule: READERS,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_session_action_ticks ON session_action_ticks (session, action)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({
        name: 'session',
        collectionId: app.findCollectionByNameOrId('mentoring_sessions').id,
        maxSelect: 1,
        required: true,
      }),
      new TextField({ name: 'action', required: true, max: 40 }),
      new BoolField({ name: 'done' }),
      new RelationField({ name: 'by', collectionId: app.findCollectionByNameOrId('users').id, maxSelect: 1 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => ticks.fields.add(field));
    app.save(ticks);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('session_action_ticks'));
  },
);
