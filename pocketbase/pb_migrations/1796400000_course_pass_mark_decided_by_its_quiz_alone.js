/// <reference path="../pb_data/types.d.ts" />
// A course's pass mark lived both on the course and in its quiz; only the quiz's decides a pass
// (src/lib/quiz/grading.ts), so the course's copy goes.

migrate(
  (app) => {
    const courses = app.findCollectionByNameOrId('courses');
    courses.fields.removeByName('passMark');
    app.save(courses);
  },
  (app) => {
    const courses = app.findCollectionByNameOrId('courses');
    courses.fields.add(new NumberField({ name: 'passMark', onlyInt: true, min: 1, max: 100, required: true }));
    app.save(courses);
    // Refilled from each course's quiz (the first by slug), the value that decided; the next sync
    // of an older build sets it from course.yaml again.
    app
      .db()
      .newQuery(
        'UPDATE courses SET passMark = COALESCE((SELECT q.passMark FROM quizzes q WHERE q.course = courses.id ORDER BY q.slug LIMIT 1), 0)',
      )
      .execute();
  },
);
