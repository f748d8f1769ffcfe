/// <reference path="../pb_data/types.d.ts" />
// A fellow's journal: answers to <Reflection> prompts, one per prompt, course and module
// (module ids repeat across courses). The author writes and reads them; coordinators read.

const COORDINATOR = '@request.auth.role = "coordinator"';
const READERS = [
  'user = @request.auth.id',
  `|| ${COORDINATOR}`,
  // A rule comment, so whoever adds mentorships sees where the mentor's clause goes.
  "// || the fellow's mentor: added by the mentorships migration",
].join('\n');

migrate(
  (app) => {
    const reflections = new Collection({
      type: 'base',
      name: 'reflections',
      listRule: READERS,
      viewRule: READERS,
      createRule: '@request.auth.id != "" && @request.body.user = @request.auth.id',
      updateRule: [
        'user = @request.auth.id',
        '@request.body.user:changed = false',
        '@request.body.course:changed = false',
        '@request.body.module:changed = false',
        '@request.body.prompt_id:changed = false',
      ].join(' && '),
      deleteRule: 'user = @request.auth.id',
      indexes: ['CREATE UNIQUE INDEX idx_reflections_user_prompt ON reflections (user, course, module, prompt_id)'],
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
      new TextField({ name: 'module', required: true, max: 100 }),
      // The id of the <Reflection> in the module.
      new TextField({ name: 'prompt_id', required: true, max: 100 }),
      new TextField({ name: 'text', required: true, max: 20000 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => reflections.fields.add(field));
    app.save(reflections);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('reflections'));
  },
);
