import { coursePercent } from './rules';

/** A course as the dashboard shows it: titles already in the reader's language. */
export interface CatalogueCourse {
  slug: string;
  title: string;
  url: string;
  modules: { id: string; title: string; url: string }[];
}

export interface CourseSummary {
  course: CatalogueCourse;
  status: string;
  percent: number;
  /** The first module not completed yet; undefined when all are. */
  next?: { id: string; title: string; url: string };
}

/** Progress per enrolled course, in catalogue order; enrolments in courses no longer built are left out. */
export function summariseCourses(
  catalogue: CatalogueCourse[],
  enrolments: { course: string; status: string }[],
  progress: { course: string; module: string; status: string }[],
): CourseSummary[] {
  return catalogue.flatMap((course) => {
    const enrolment = enrolments.find((e) => e.course === course.slug);
    if (!enrolment) return [];
    const mine = progress.filter((p) => p.course === course.slug);
    const done = new Set(mine.filter((p) => p.status === 'completed').map((p) => p.module));
    return [
      {
        course,
        status: enrolment.status,
        percent: coursePercent(course.modules, mine),
        next: course.modules.find((m) => !done.has(m.id)),
      },
    ];
  });
}
