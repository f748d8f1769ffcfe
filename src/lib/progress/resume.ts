import { summariseCourses, type CatalogueCourse } from './dashboard';

export interface ResumePoint {
  course: CatalogueCourse;
  module: { id: string; title: string; url: string };
  percent: number;
}

interface ProgressRow {
  course: string;
  module: string;
  status: string;
  /** When the fellow last opened the module (PocketBase date text, sortable as it is). */
  last_visit?: string;
}

/**
 * Where a fellow left off: the module they opened last if it is not completed yet, otherwise the
 * next unfinished module of that course; without any visit, the first unfinished module of their
 * first active course. Null when there is nothing left to continue.
 */
export function resumePoint(
  catalogue: CatalogueCourse[],
  enrolments: { course: string; status: string }[],
  progress: ProgressRow[],
): ResumePoint | null {
  const open = summariseCourses(
    catalogue,
    enrolments.filter((e) => e.status === 'active'),
    progress,
  ).filter((summary) => summary.next);
  if (open.length === 0) return null;
  const recent = [...progress].sort((a, b) => (b.last_visit ?? '').localeCompare(a.last_visit ?? ''));
  for (const row of recent) {
    const summary = open.find((s) => s.course.slug === row.course);
    if (!summary) continue;
    const module = row.status === 'completed' ? summary.next! : summary.course.modules.find((m) => m.id === row.module);
    if (module) return { course: summary.course, module, percent: summary.percent };
  }
  return { course: open[0].course, module: open[0].next!, percent: open[0].percent };
}
