/// <reference path="../pb_data/types.d.ts" />
// The database itself refuses a second automatic certificate for the same person and achievement,
// even if two completions raced past the check in src/lib/certificates/issue.ts. Manual issues
// (a coordinator re-issuing after a revocation) leave the key empty and are not constrained.

migrate(
  (app) => {
    const certificates = app.findCollectionByNameOrId('certificates');
    // "<holder>:course:<course id>" or "<holder>:program:<program id>"; '' for manual issues.
    certificates.fields.add(new TextField({ name: 'autoKey', max: 100, hidden: true }));
    certificates.addIndex('idx_certificates_auto_key', true, 'autoKey', "autoKey != ''");
    app.save(certificates);
  },
  (app) => {
    const certificates = app.findCollectionByNameOrId('certificates');
    certificates.removeIndex('idx_certificates_auto_key');
    certificates.fields.removeByName('autoKey');
    app.save(certificates);
  },
);
