/// <reference path="../pb_data/types.d.ts" />
// Verification is public, so codes must not be tried at speed: a visitor (by IP) gets 30 look-ups a
// minute, plenty for people typing codes and far too few to enumerate 137-bit codes.

const RULES = [
  { label: '/api/ertad/verify/', maxRequests: 30, duration: 60 },
  { label: '/verify/', maxRequests: 30, duration: 60 },
];

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
