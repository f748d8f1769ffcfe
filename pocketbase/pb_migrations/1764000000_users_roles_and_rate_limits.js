/// <reference path="../pb_data/types.d.ts" />
// Gives every account a role and a language, keeps roles in coordinators' hands, and turns on
// PocketBase's rate limiter so that passwords cannot be guessed at speed.

const ROLES = ['fellow', 'mentor', 'trainer', 'coordinator'];
const LANGS = ['ka', 'en', 'az', 'hy'];
const COORDINATOR = '@request.auth.role = "coordinator"';

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    users.fields.add(new SelectField({ name: 'role', values: ROLES, maxSelect: 1 }));
    users.fields.add(new SelectField({ name: 'preferred_language', values: LANGS, maxSelect: 1 }));
    users.fields.getByName('name').required = true;
    users.fields.getByName('password').min = 10;

    users.listRule = `id = @request.auth.id || ${COORDINATOR}`;
    users.viewRule = `id = @request.auth.id || ${COORDINATOR}`;
    // Guests may sign up, as fellows only; a coordinator may create any role.
    users.createRule = `@request.body.role:isset = false || @request.body.role = "fellow" || ${COORDINATOR}`;
    // Nobody changes their own role; coordinators change anyone's.
    users.updateRule = `(id = @request.auth.id && @request.body.role:isset = false) || ${COORDINATOR}`;
    // Accounts hold learning records and certificates: removing one is a superuser's decision.
    users.deleteRule = null;
    app.save(users);

    const settings = app.settings();
    settings.meta.appName = 'Ertad';
    settings.rateLimits.enabled = true;
    settings.rateLimits.rules = [
      { label: '*:auth', maxRequests: 5, duration: 10 },
      { label: 'users:create', maxRequests: 10, duration: 60 },
      { label: '/api/batch', maxRequests: 3, duration: 1 },
    ];
    app.save(settings);
  },
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    users.fields.removeByName('role');
    users.fields.removeByName('preferred_language');
    users.fields.getByName('name').required = false;
    users.fields.getByName('password').min = 8;
    users.listRule = 'id = @request.auth.id';
    users.viewRule = 'id = @request.auth.id';
    users.createRule = '';
    users.updateRule = 'id = @request.auth.id';
    users.deleteRule = 'id = @request.auth.id';
    app.save(users);

    const settings = app.settings();
    settings.rateLimits.enabled = false;
    app.save(settings);
  },
);
