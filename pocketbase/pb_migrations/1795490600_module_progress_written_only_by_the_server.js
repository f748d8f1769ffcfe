/// <reference path="../pb_data/types.d.ts" />
// Which modules a person visited and completed. Only POST /api/ertad/progress and the grading
// route write it, because they check the module against the synced course and its completion
// rule; the owner and coordinators read it.

const COORDINATOR = '@request.auth.role = "coordinator"';

migrate(
  (app) => {
    const progress = new Collection({
      type: 'base',
      name: 'module_progress',
      listRule: `user = @request.auth.id || ${COORDINATOR}`,
      viewRule: `user = @request.auth.id || ${COORDINATOR}`,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_module_progress_user_course_module ON module_progress (user, course, module)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({
        name: 'user',
        collectionId: app.findCollectionByNameOrId('users').id,
        maxSelect: 1,
        required: true,
      }),
      new RelationField({
        name: 'course',
        collectionId: app.findCollectionByNameOrId('courses').id,
        maxSelect: 1,
        required: true,
      }),
      // A module id from courses.modules (module ids are unique only within their course).
      new TextField({ name: 'module', required: true, max: 100 }),
      new SelectField({ name: 'status', values: ['visited', 'completed'], maxSelect: 1, required: true }),
      new DateField({ name: 'first_visit' }),
      new DateField({ name: 'last_visit' }),
      new DateField({ name: 'completed_at' }),
    ].forEach((field) => progress.fields.add(field));
    app.save(progress);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('module_progress'));
  },
);
