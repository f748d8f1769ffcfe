/// <reference path="../pb_data/types.d.ts" />
// Two programme settings the mentoring workspace needs, synced from content/programs/*.yaml: the
// longest allowed gap between sessions (days) and the list of supervision topics the form offers.

migrate(
  (app) => {
    const programs = app.findCollectionByNameOrId('programs');
    programs.fields.add(new NumberField({ name: 'maxSessionGapDays', onlyInt: true, min: 0 }));
    programs.fields.add(new JSONField({ name: 'supervisionTopics', maxSize: 50000 }));
    app.save(programs);
  },
  (app) => {
    const programs = app.findCollectionByNameOrId('programs');
    programs.fields.removeByName('maxSessionGapDays');
    programs.fields.removeByName('supervisionTopics');
    app.save(programs);
  },
);
