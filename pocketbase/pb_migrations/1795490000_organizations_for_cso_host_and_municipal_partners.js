/// <reference path="../pb_data/types.d.ts" />
// The CSOs, host organisations and municipalities that fellows come from and are placed with;
// reports disaggregate by them, so coordinators keep the list and signed-in people may read it.

const COORDINATOR = '@request.auth.role = "coordinator"';

migrate(
  (app) => {
    const organizations = new Collection({
      type: 'base',
      name: 'organizations',
      listRule: '@request.auth.id != ""',
      viewRule: '@request.auth.id != ""',
      createRule: COORDINATOR,
      updateRule: COORDINATOR,
      deleteRule: COORDINATOR,
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new TextField({ name: 'name', required: true, max: 200, presentable: true }),
      new SelectField({ name: 'kind', values: ['cso', 'host', 'municipality'], maxSelect: 1, required: true }),
      new TextField({ name: 'municipality', max: 100 }),
      new TextField({ name: 'region', max: 100 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => organizations.fields.add(field));
    app.save(organizations);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('organizations'));
  },
);
