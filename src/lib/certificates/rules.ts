import type { Lang } from '../i18n/languages';

/** Per-language text, for the languages it exists in. */
export type Localized = Partial<Record<Lang, string>>;

/** A course's certificate rule, resolved by the build from course.yaml `certificate:`. */
export type CourseRule = {
  /** Module ids that must be completed. */
  modules: string[];
  /** Quiz ids that must be passed, by any attempt at any version of the quiz. */
  quizzes: string[];
  /** What the achievement is, per language (the course summary). */
  description: Localized;
  /** What the holder had to do, per language. */
  criteria: Localized;
};

/** A programme's certificate rule, resolved by the build from the programme's `certificate:`. */
export type ProgramRule = {
  /** Course slugs whose own rules must be met. */
  courses: string[];
  description: Localized;
  criteria: Localized;
};

/** A graded attempt as the rule sees it: which quiz, at which version, and whether it passed. */
export type AttemptOutcome = { quiz: string; version: string; passed: boolean };

/** One supervision session of the holder in the programme, from the mentoring records. */
export type SupervisionSession = { minutes: number; signedByBoth: boolean };

/**
 * Whether a course's rule is met. A module stays completed once it was, and a quiz counts as
 * passed once any attempt passed it: a later failed retry or a new version of the quiz (the
 * attempt keeps the version it answered) takes nothing away. A rule that asks for nothing is never met.
 */
export function courseComplete(
  rule: CourseRule,
  completedModules: readonly string[],
  attempts: readonly AttemptOutcome[],
): boolean {
  if (rule.modules.length === 0 && rule.quizzes.length === 0) return false;
  const passed = new Set(attempts.filter((a) => a.passed).map((a) => a.quiz));
  const completed = new Set(completedModules);
  return rule.modules.every((id) => completed.has(id)) && rule.quizzes.every((id) => passed.has(id));
}

/**
 * Minutes of supervision that count towards a programme: sessions signed by both the mentor and
 * the fellow, whether or not the mentorship they belong to has since ended.
 */
export function signedMinutes(sessions: readonly SupervisionSession[]): number {
  return sessions.filter((s) => s.signedByBoth).reduce((sum, s) => sum + Math.max(0, s.minutes), 0);
}

/** Whether a programme's rule is met: every required course complete and enough signed supervision. */
export function programComplete(
  rule: ProgramRule,
  completedCourses: readonly string[],
  supervisionHours: number,
  sessions: readonly SupervisionSession[],
): boolean {
  if (rule.courses.length === 0) return false;
  const completed = new Set(completedCourses);
  return rule.courses.every((slug) => completed.has(slug)) && signedMinutes(sessions) >= supervisionHours * 60;
}

/**
 * The server issues a certificate automatically only when the person never held one for the
 * achievement: a revoked certificate is a coordinator's decision that a completion event must not undo.
 */
export function mayIssueAutomatically(existing: readonly { status: string }[]): boolean {
  return existing.length === 0;
}
