/// <reference path="../pb_data/types.d.ts" />
// A credential is fetched by its verification code without signing in, so, like the verify
// route, a guest (by IP) gets 30 a minute: plenty for a holder or an employer, far too few to try
// codes. Signed-in holders and coordinators are not limited by this rule.

const RULES = [{ label: 'GET /api/ertad/certificates/', audience: '@guest', maxRequests: 30, duration: 60 }];

migrate(
  (app) => {
    const settings = app.settings();
    const labels = RULES.map((rule) => rule.label);
    // First: PocketBase applies the first rule whose path prefix matches, so /api/ertad/ must come after.
    settings.rateLimits.rules = [...RULES, ...settings.rateLimits.rules.filter((rule) => !labels.includes(rule.label))];
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    const labels = RULES.map((rule) => rule.label);
    settings.rateLimits.rules = settings.rateLimits.rules.filter((rule) => !labels.includes(rule.label));
    app.save(settings);
  },
);
