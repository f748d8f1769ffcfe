/// <reference path="../pb_data/types.d.ts" />
// Quizzes synced from the build. `definition` holds the answer keys and explanations and is a
// hidden field: no API response, expand, filter or sort exposes it to anyone but superusers.
// `public`, `passMark` and `maxAttempts` are derived from it by pb_hooks/quizzes.pb.js.

migrate(
  (app) => {
    const quizzes = new Collection({
      type: 'base',
      name: 'quizzes',
      listRule: '',
      viewRule: '',
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: ['CREATE UNIQUE INDEX idx_quizzes_slug ON quizzes (slug)'],
    });
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new TextField({ name: 'slug', required: true, max: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', presentable: true }),
      new RelationField({
        name: 'course',
        collectionId: app.findCollectionByNameOrId('courses').id,
        maxSelect: 1,
        required: true,
      }),
      // Content hash of the definition, set by the sync; attempts record the one they answered.
      new TextField({ name: 'version', required: true, max: 64 }),
      new NumberField({ name: 'passMark', onlyInt: true, min: 1, max: 100 }),
      // 0 means unlimited, as an omitted maxAttempts in the quiz file.
      new NumberField({ name: 'maxAttempts', onlyInt: true, min: 0 }),
      new JSONField({ name: 'public', maxSize: 1000000 }),
      new JSONField({ name: 'definition', required: true, maxSize: 1000000, hidden: true }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => quizzes.fields.add(field));
    app.save(quizzes);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('quizzes'));
  },
);
