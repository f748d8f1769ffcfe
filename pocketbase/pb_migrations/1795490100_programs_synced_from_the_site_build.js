/// <reference path="../pb_data/types.d.ts" />
// Programmes come from content/programs/*.yaml through scripts/sync-content.mjs: the catalogue is
// public, and only the sync (a superuser) writes it.

migrate(
  (app) => {
    const programs = new Collection({
      type: 'base',
      name: 'programs',
      listRule: '',
      viewRule: '',
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_programs_slug ON programs (slug)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new TextField({ name: 'slug', required: true, max: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', presentable: true }),
      new JSONField({ name: 'title', required: true, maxSize: 10000 }),
      // Needed later for certificates: supervision hours a fellow must log (0 = none).
      new NumberField({ name: 'supervisionHours', onlyInt: true, min: 0 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => programs.fields.add(field));
    app.save(programs);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('programs'));
  },
);
