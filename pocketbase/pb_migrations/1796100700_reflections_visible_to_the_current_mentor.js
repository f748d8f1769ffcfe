/// <reference path="../pb_data/types.d.ts" />
// A fellow's reflections become readable by the mentor of an ACTIVE mentorship with them; when a
// coordinator re-pairs the fellow, the ended mentorship no longer grants it and the new one does.

const COORDINATOR = '@request.auth.role = "coordinator"';
const BEFORE = [
  'user = @request.auth.id',
  `|| ${COORDINATOR}`,
  "// || the fellow's mentor: added by the mentorships migration",
].join('\n');
// One alias, so all three conditions hold on the same mentorship row.
const READERS = [
  'user = @request.auth.id',
  `|| ${COORDINATOR}`,
  '|| (@collection.mentorships:current.fellow ?= user',
  '    && @collection.mentorships:current.mentor ?= @request.auth.id',
  '    && @collection.mentorships:current.status ?= "active")',
].join('\n');

migrate(
  (app) => {
    const reflections = app.findCollectionByNameOrId('reflections');
    reflections.listRule = READERS;
    reflections.viewRule = READERS;
    app.save(reflections);
  },
  (app) => {
    const reflections = app.findCollectionByNameOrId('reflections');
    reflections.listRule = BEFORE;
    reflections.viewRule = BEFORE;
    app.save(reflections);
  },
);
