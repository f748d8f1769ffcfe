/// <reference path="../pb_data/types.d.ts" />
// Who did what to learning records (attempts, enrolments). Hooks write it with superuser rights;
// no API client can add, change or remove an entry; coordinators read it.

const COORDINATOR = '@request.auth.role = "coordinator"';

migrate(
  (app) => {
    const audit = new Collection({
      type: 'base',
      name: 'audit_log',
      listRule: COORDINATOR,
      viewRule: COORDINATOR,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE INDEX idx_audit_log_created ON audit_log (created)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      // Empty when a superuser (the sync, an operator) acted.
      new RelationField({ name: 'actor', collectionId: app.findCollectionByNameOrId('users').id, maxSelect: 1 }),
      new TextField({ name: 'action', required: true, max: 100 }),
      new TextField({ name: 'collection', required: true, max: 100 }),
      new TextField({ name: 'record', max: 100 }),
      new JSONField({ name: 'details', maxSize: 100000 }),
      new AutodateField({ name: 'created', onCreate: true }),
    ].forEach((field) => audit.fields.add(field));
    app.save(audit);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('audit_log'));
  },
);
