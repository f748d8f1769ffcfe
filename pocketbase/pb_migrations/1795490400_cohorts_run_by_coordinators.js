/// <reference path="../pb_data/types.d.ts" />
// A cohort is a programme's intake with dates and a coordinator; coordinators run them and
// enrol fellows through POST /api/ertad/cohorts/{id}/enrol (pb_hooks/cohorts.pb.js).

const COORDINATOR = '@request.auth.role = "coordinator"';

migrate(
  (app) => {
    const cohorts = new Collection({
      type: 'base',
      name: 'cohorts',
      listRule: COORDINATOR,
      viewRule: COORDINATOR,
      createRule: COORDINATOR,
      updateRule: COORDINATOR,
      deleteRule: COORDINATOR,
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({
        name: 'program',
        collectionId: app.findCollectionByNameOrId('programs').id,
        maxSelect: 1,
        required: true,
      }),
      new TextField({ name: 'name', required: true, max: 200, presentable: true }),
      new DateField({ name: 'starts' }),
      new DateField({ name: 'ends' }),
      new RelationField({ name: 'coordinator', collectionId: app.findCollectionByNameOrId('users').id, maxSelect: 1 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => cohorts.fields.add(field));
    app.save(cohorts);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('cohorts'));
  },
);
