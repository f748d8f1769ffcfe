/**
 * Where each collection's rule table lives (tests/integration/<file>). A collection that a
 * migration adds without a table here fails tests/integration/collection-rules.test.ts: every
 * collection gets explicit rules for every role, and a table test that proves each cell.
 */
export const RULE_TABLES: Readonly<Record<string, string>> = {
  users: 'authorization-users.test.ts',
  organizations: 'authorization-matrix.test.ts',
  programs: 'authorization-matrix.test.ts',
  courses: 'authorization-matrix.test.ts',
  quizzes: 'authorization-matrix.test.ts',
  cohorts: 'authorization-matrix.test.ts',
  enrolments: 'authorization-matrix.test.ts',
  module_progress: 'authorization-matrix.test.ts',
  quiz_attempts: 'authorization-matrix.test.ts',
  reflections: 'authorization-matrix.test.ts',
  audit_log: 'authorization-matrix.test.ts',
  certificates: 'authorization-matrix.test.ts',
  mentorships: 'authorization-mentoring.test.ts',
  mentoring_sessions: 'authorization-mentoring.test.ts',
  session_signatures: 'authorization-mentoring.test.ts',
  session_amendments: 'authorization-mentoring.test.ts',
  session_action_ticks: 'authorization-mentoring.test.ts',
  session_notes: 'authorization-mentoring.test.ts',
  notifications: 'authorization-mentoring.test.ts',
};
