/// <reference path="../pb_data/types.d.ts" />
// Courses as the server needs them to decide completion (modules, how each is completed, pass
// mark); synced from the build, public like the catalogue, written only by the sync.

migrate(
  (app) => {
    const courses = new Collection({
      type: 'base',
      name: 'courses',
      listRule: '',
      viewRule: '',
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_courses_slug ON courses (slug)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new TextField({ name: 'slug', required: true, max: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', presentable: true }),
      new JSONField({ name: 'title', required: true, maxSize: 10000 }),
      new RelationField({ name: 'programs', collectionId: app.findCollectionByNameOrId('programs').id, maxSelect: 50 }),
      new NumberField({ name: 'passMark', onlyInt: true, min: 1, max: 100, required: true }),
      // [{ id, order, completion: 'read' | 'quiz', quiz? }], the completion rules of src/lib/progress.
      new JSONField({ name: 'modules', maxSize: 100000 }),
      // Content hash of title, pass mark and modules, set by the sync; changes only when they do.
      new TextField({ name: 'version', required: true, max: 64 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => courses.fields.add(field));
    app.save(courses);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('courses'));
  },
);
