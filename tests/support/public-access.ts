/**
 * Every API rule that is `""` (open to anyone, guests included), on purpose: the catalogue, and
 * signing in. Any other rule must say who may act; tests/integration/collection-rules.test.ts
 * fails on an open rule missing here, and the authorization matrix checks the guests' cells.
 * Entries are `<collection>.<list|view|create|update|delete|auth|manage>`.
 */
export const PUBLIC_RULES: readonly string[] = [
  'programs.list',
  'programs.view',
  'courses.list',
  'courses.view',
  // The quiz questions without keys: the definition field is hidden.
  'quizzes.list',
  'quizzes.view',
  // Password sign-in itself; the auth rate limiter guards it.
  'users.auth',
  '_superusers.auth',
];
