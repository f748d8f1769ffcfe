import { describe, expect, it } from 'vitest';
import type { CatalogueCourse } from './dashboard';
import { resumePoint } from './resume';

const course = (slug: string, modules: string[]): CatalogueCourse => ({
  slug,
  title: slug,
  url: `/en/courses/${slug}/`,
  modules: modules.map((id) => ({ id, title: id, url: `/en/courses/${slug}/${id}/` })),
});
const catalogue = [course('gesi', ['intro', 'tools', 'practice']), course('water', ['health', 'minorities'])];

describe('resumePoint', () => {
  it('returns the module opened last when it is not completed yet', () => {
    const point = resumePoint(
      catalogue,
      [
        { course: 'gesi', status: 'active' },
        { course: 'water', status: 'active' },
      ],
      [
        { course: 'gesi', module: 'intro', status: 'completed', last_visit: '2026-11-01 10:00:00.000Z' },
        { course: 'water', module: 'minorities', status: 'visited', last_visit: '2026-11-03 10:00:00.000Z' },
      ],
    );
    expect(point?.module.id).toBe('minorities');
    expect(point?.course.slug).toBe('water');
    expect(point?.percent).toBe(0);
  });

  it('moves on to the next unfinished module when the last one opened is completed', () => {
    const point = resumePoint(
      catalogue,
      [{ course: 'gesi', status: 'active' }],
      [
        { course: 'gesi', module: 'intro', status: 'completed', last_visit: '2026-11-01 10:00:00.000Z' },
        { course: 'gesi', module: 'tools', status: 'completed', last_visit: '2026-11-02 10:00:00.000Z' },
      ],
    );
    expect(point).toMatchObject({ module: { id: 'practice' }, percent: 66 });
  });

  it('starts an active course without visits at its first module', () => {
    expect(resumePoint(catalogue, [{ course: 'water', status: 'active' }], [])?.module.id).toBe('health');
  });

  it('has nothing to continue in withdrawn or finished courses', () => {
    const progress = ['health', 'minorities'].map((module) => ({
      course: 'water',
      module,
      status: 'completed',
      last_visit: '2026-11-01',
    }));
    expect(resumePoint(catalogue, [{ course: 'water', status: 'active' }], progress)).toBeNull();
    expect(resumePoint(catalogue, [{ course: 'gesi', status: 'withdrawn' }], [])).toBeNull();
  });
});
