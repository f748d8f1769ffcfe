/// <reference path="../pb_data/types.d.ts" />
// In-app notifications ("session awaiting your signature", "fellow signed / disagreed", "action
// due"). The mentoring routes and the daily cron create them; the recipient reads them (also over
// realtime) and may only mark them read.

const RECIPIENT = 'user = @request.auth.id';
const ONLY_READ_CHANGES = [
  RECIPIENT,
  '@request.body.user:changed = false',
  '@request.body.kind:changed = false',
  '@request.body.session:changed = false',
  '@request.body.actor:changed = false',
  '@request.body.data:changed = false',
].join(' && ');

migrate(
  (app) => {
    const notifications = new Collection({
      type: 'base',
      name: 'notifications',
      listRule: RECIPIENT,
      viewRule: RECIPIENT,
      createRule: null,
      updateRule: ONLY_READ_CHANGES,
      deleteRule: null,
      indexes: ['CREATE INDEX idx_notifications_user ON notifications (user, read)'],
    });
    const users = app.findCollectionByNameOrId('users').id;
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({ name: 'user', collectionId: users, maxSelect: 1, required: true }),
      new SelectField({
        name: 'kind',
        values: [
          'session_awaiting_signature',
          'fellow_signed',
          'fellow_disagreed',
          'session_signed',
          'session_amended',
          'action_due',
        ],
        maxSelect: 1,
        required: true,
      }),
      new RelationField({
        name: 'session',
        collectionId: app.findCollectionByNameOrId('mentoring_sessions').id,
        maxSelect: 1,
        cascadeDelete: true,
      }),
      new RelationField({ name: 'actor', collectionId: users, maxSelect: 1 }),
      new JSONField({ name: 'data', maxSize: 5000 }),
      new BoolField({ name: 'read' }),
      new AutodateField({ name: 'created', onCreate: true }),
    ].forEach((field) => notifications.fields.add(field));
    app.save(notifications);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('notifications'));
  },
);
