/// <reference path="../pb_data/types.d.ts" />
// A sign-in lasts one day, not PocketBase's five: on a shared CSO computer a forgotten session
// stays open for at most a day (signing out also clears what the browser kept, see signout.astro).

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    users.authToken.duration = 86400;
    app.save(users);
  },
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    users.authToken.duration = 432000;
    app.save(users);
  },
);
