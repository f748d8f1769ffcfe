/// <reference path="../pb_data/types.d.ts" />
// Rate limits past sign-in: the custom /api/ertad/ routes per IP address (generous, since a
// training room shares one) and per account (ertad_per_user, applied by pocketbase/limits.go),
// and the writes a self-registered account could flood: reflections and mentoring sessions.
// Sign-up (users:create) and sign-in (*:auth) keep the rules of 1764000000.

const RULES = [
  { label: '/api/ertad/', audience: '@auth', maxRequests: 300, duration: 10 },
  { label: '/api/ertad/', audience: '@guest', maxRequests: 60, duration: 10 },
  { label: 'ertad_per_user', audience: '', maxRequests: 60, duration: 10 },
  { label: 'reflections:create', audience: '', maxRequests: 20, duration: 60 },
  { label: 'mentoring_sessions:create', audience: '', maxRequests: 30, duration: 60 },
];

const sameRule = (a, b) => a.label === b.label && (a.audience || '') === (b.audience || '');

migrate(
  (app) => {
    const settings = app.settings();
    const kept = settings.rateLimits.rules.filter((rule) => !RULES.some((added) => sameRule(rule, added)));
    settings.rateLimits.rules = [...kept, ...RULES];
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.rateLimits.rules = settings.rateLimits.rules.filter(
      (rule) => !RULES.some((added) => sameRule(rule, added)),
    );
    app.save(settings);
  },
);
