import { describe, expect, it } from 'vitest';
import { summariseCourses, type CatalogueCourse } from './dashboard';

const course = (slug: string, modules: string[]): CatalogueCourse => ({
  slug,
  title: slug,
  url: `/en/courses/${slug}/`,
  modules: modules.map((id) => ({ id, title: id, url: `/en/courses/${slug}/${id}/` })),
});
const catalogue = [course('gesi', ['a', 'b', 'c', 'd']), course('hrba', ['x', 'y'])];

describe('summariseCourses', () => {
  it('shows only the courses the fellow is enrolled in', () => {
    expect(summariseCourses(catalogue, [{ course: 'hrba', status: 'active' }], []).map((s) => s.course.slug)).toEqual([
      'hrba',
    ]);
  });
  it('counts completed modules, not visited ones, and points to the next module', () => {
    const [summary] = summariseCourses(
      catalogue,
      [{ course: 'gesi', status: 'active' }],
      [
        { course: 'gesi', module: 'a', status: 'completed' },
        { course: 'gesi', module: 'b', status: 'visited' },
      ],
    );
    expect(summary.percent).toBe(25);
    expect(summary.next?.id).toBe('b');
  });
  it('reaches 100% with no next module when every module is completed', () => {
    const progress = ['x', 'y'].map((module) => ({ course: 'hrba', module, status: 'completed' }));
    const [summary] = summariseCourses(catalogue, [{ course: 'hrba', status: 'active' }], progress);
    expect(summary).toMatchObject({ percent: 100, next: undefined });
  });
  it('ignores progress in modules that are no longer part of the course', () => {
    const [summary] = summariseCourses(
      catalogue,
      [{ course: 'hrba', status: 'active' }],
      [{ course: 'hrba', module: 'gone', status: 'completed' }],
    );
    expect(summary.percent).toBe(0);
  });
});
