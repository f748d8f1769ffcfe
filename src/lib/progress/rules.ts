/** One module of a synced course, as `courses.modules` stores it (from the module's frontmatter). */
export type CourseModule = {
  /** The module id, its folder name; unique within the course. */
  id: string;
  /** Position in the course, from 1. */
  order: number;
  /** read: done when read to the end; quiz: done when its quiz is passed. */
  completion: 'read' | 'quiz';
  /** The quiz id that completes the module; only with completion quiz. */
  quiz?: string;
};

/** What a browser may report about a module. */
export const PROGRESS_EVENTS = ['visit', 'read-to-end'] as const;
export type ProgressEvent = (typeof PROGRESS_EVENTS)[number];

/** A person's progress in one module, as `module_progress` stores it; dates as PocketBase writes them, '' when unset. */
export type ModuleProgress = {
  status: 'visited' | 'completed';
  first_visit: string;
  last_visit: string;
  completed_at: string;
};

export type ProgressChange =
  | { ok: true; progress: ModuleProgress }
  | { ok: false; code: 'completed_by_quiz' | 'completed_by_reading'; message: string };

export function findModule(modules: CourseModule[], id: string): CourseModule | undefined {
  return modules.find((m) => m.id === id);
}

/** The modules that passing `quizSlug` completes. */
export function modulesCompletedByQuiz(modules: CourseModule[], quizSlug: string): CourseModule[] {
  return modules.filter((m) => m.completion === 'quiz' && m.quiz === quizSlug);
}

/**
 * The progress after `event` at `now`. A visit never undoes a completion; reading to the end
 * completes only a `read` module and passing a quiz only a `quiz` module, so a browser cannot
 * complete a quiz module by claiming to have read it.
 */
export function applyProgressEvent(
  current: ModuleProgress | null,
  module: CourseModule,
  event: ProgressEvent | 'quiz-passed',
  now: string,
): ProgressChange {
  const visited: ModuleProgress = {
    status: current?.status ?? 'visited',
    first_visit: current?.first_visit || now,
    last_visit: now,
    completed_at: current?.completed_at ?? '',
  };
  if (event === 'visit') return { ok: true, progress: visited };
  const needed = event === 'read-to-end' ? 'read' : 'quiz';
  if (module.completion !== needed) {
    return module.completion === 'quiz'
      ? { ok: false, code: 'completed_by_quiz', message: `Module "${module.id}" is completed by passing its quiz.` }
      : {
          ok: false,
          code: 'completed_by_reading',
          message: `Module "${module.id}" is completed by reading it to the end.`,
        };
  }
  return { ok: true, progress: { ...visited, status: 'completed', completed_at: visited.completed_at || now } };
}

/** Percent of the course's modules completed, rounded down; progress in modules no longer in the course does not count. */
export function coursePercent(modules: { id: string }[], progress: { module: string; status: string }[]): number {
  if (modules.length === 0) return 0;
  const completed = new Set(progress.filter((p) => p.status === 'completed').map((p) => p.module));
  const done = modules.filter((m) => completed.has(m.id)).length;
  return Math.floor((done * 100) / modules.length);
}
