/// <reference path="../pb_data/types.d.ts" />
// The certificate rule of each course and programme, written by the content sync from the build
// (course.yaml / programme yaml `certificate:`), so the server decides completion from content data.

migrate(
  (app) => {
    for (const name of ['courses', 'programs']) {
      const collection = app.findCollectionByNameOrId(name);
      // courses: { modules, quizzes, description, criteria }; programs: { courses, description, criteria }.
      collection.fields.add(new JSONField({ name: 'certificate', maxSize: 100000 }));
      app.save(collection);
    }
  },
  (app) => {
    for (const name of ['courses', 'programs']) {
      const collection = app.findCollectionByNameOrId(name);
      collection.fields.removeByName('certificate');
      app.save(collection);
    }
  },
);
