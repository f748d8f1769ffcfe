/// <reference path="../pb_data/types.d.ts" />
// Certificates of completed courses and programmes. Only the server writes them (automatic
// issuance in the progress and grading hooks, coordinators' issue and revoke routes), so no API
// client can create, change or delete one; a holder reads their own, coordinators read all.
// docs/certificates.md describes every field and route.

const COORDINATOR = '@request.auth.role = "coordinator"';
const LANGS = ['ka', 'en', 'az', 'hy'];

migrate(
  (app) => {
    const certificates = new Collection({
      type: 'base',
      name: 'certificates',
      listRule: `holder = @request.auth.id || ${COORDINATOR}`,
      viewRule: `holder = @request.auth.id || ${COORDINATOR}`,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      indexes: [
        'CREATE UNIQUE INDEX idx_certificates_code ON certificates (code)',
        'CREATE UNIQUE INDEX idx_certificates_status_index ON certificates (statusIndex)',
        'CREATE INDEX idx_certificates_holder ON certificates (holder)',
      ],
    });
    const users = app.findCollectionByNameOrId('users').id;
    // Added one by one: field objects given to the Collection constructor are silently dropped.
    [
      new RelationField({ name: 'holder', collectionId: users, maxSelect: 1, required: true }),
      // The name exactly as on the profile when issued; a later profile edit does not change it.
      new TextField({ name: 'holderName', required: true, max: 200 }),
      new SelectField({ name: 'kind', values: ['course', 'program'], maxSelect: 1, required: true }),
      new RelationField({ name: 'course', collectionId: app.findCollectionByNameOrId('courses').id, maxSelect: 1 }),
      new RelationField({ name: 'program', collectionId: app.findCollectionByNameOrId('programs').id, maxSelect: 1 }),
      // { lang: text } for every language the achievement exists in.
      new JSONField({ name: 'achievementTitle', required: true, maxSize: 20000 }),
      new JSONField({ name: 'achievementDescription', maxSize: 50000 }),
      new JSONField({ name: 'criteria', maxSize: 50000 }),
      // The certificate's own language: the PDF's main text and the credential's default.
      new SelectField({ name: 'lang', values: LANGS, maxSelect: 1, required: true }),
      new TextField({ name: 'issuerName', required: true, max: 300 }),
      new DateField({ name: 'issuedAt', required: true }),
      new SelectField({ name: 'status', values: ['issued', 'revoked'], maxSelect: 1, required: true }),
      new DateField({ name: 'revokedAt' }),
      new TextField({ name: 'revocationReason', max: 2000 }),
      // Whether the public verify page shows the revocation reason.
      new BoolField({ name: 'reasonPublic' }),
      // The verification code as typed: seven groups of four, e.g. "K7MQ-…" (src/lib/certificates).
      new TextField({ name: 'code', required: true, max: 64 }),
      // This certificate's bit in the revocation status list, assigned once at issue (random, so
      // a bit's position says nothing about when or to whom it was issued).
      new NumberField({ name: 'statusIndex', onlyInt: true, min: 0, max: 131071 }),
      new BoolField({ name: 'manual' }),
      new TextField({ name: 'note', max: 2000 }),
      // The coordinator who issued manually; empty when the server issued automatically.
      new RelationField({ name: 'issuedBy', collectionId: users, maxSelect: 1 }),
      new AutodateField({ name: 'created', onCreate: true }),
      new AutodateField({ name: 'updated', onCreate: true, onUpdate: true }),
    ].forEach((field) => certificates.fields.add(field));
    app.save(certificates);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('certificates'));
  },
);
