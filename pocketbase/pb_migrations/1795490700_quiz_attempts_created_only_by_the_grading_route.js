/// <reference path="../pb_data/types.d.ts" />
// Graded quiz attempts. Only POST /api/ertad/quizzes/{slug}/attempts creates them (as superuser,
// inside a transaction) so no browser can write a score; nobody edits or deletes one.

const COORDINATOR = '@request.auth.role = "coordinator"';

migrate(
  (app) => {
    const attempts = new Collection({
      type: 'base',
      name: 'quiz_attempts',
      listRule: `user = @request.auth.id || ${COORDINATOR}`,
      viewRule: `user = @request.auth.id || ${COORDINATOR}`,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: [
        'CREATE UNIQUE INDEX idx_quiz_attempts_user_key ON quiz_attempts (user, idempotency_key)',
        'CREATE INDEX idx_quiz_attempts_user_quiz ON quiz_attempts (user, quiz)',
      ],
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
        name: 'quiz',
        collectionId: app.findCollectionByNameOrId('quizzes').id,
        maxSelect: 1,
        required: true,
      }),
      // The quizzes.version answered: a later edit of the quiz does not rewrite old results.
      new TextField({ name: 'quiz_version', required: true, max: 64 }),
      new JSONField({ name: 'answers', maxSize: 200000 }),
      new NumberField({ name: 'score', onlyInt: true, min: 0, max: 100 }),
      new BoolField({ name: 'passed' }),
      new NumberField({ name: 'attempt_number', onlyInt: true, min: 1, required: true }),
      new TextField({ name: 'idempotency_key', required: true, max: 100 }),
      // The graded reply as the fellow received it, without keys they were not yet shown.
      new JSONField({ name: 'result', maxSize: 200000 }),
      new AutodateField({ name: 'submitted_at', onCreate: true }),
    ].forEach((field) => attempts.fields.add(field));
    app.save(attempts);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('quiz_attempts'));
  },
);
