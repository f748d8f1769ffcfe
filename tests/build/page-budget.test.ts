import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/root.mjs';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { buildSite } from '../../scripts/lib/site-build.mjs';

// Bytes are deterministic for a given build, so this is a budget, not a timing.
const BUDGET = { total: 30_000, js: 15_000 };
const dist = join(root, 'dist');

/** Every module page of the starter curriculum, in every language. */
function modulePages(): string[] {
  const pages: string[] = [];
  for (const lang of ['ka', 'en', 'az', 'hy']) {
    for (const course of readdirSync(join(dist, lang, 'courses'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const module of readdirSync(join(dist, lang, 'courses', course.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
        pages.push(`/${lang}/courses/${course.name}/${module.name}/`);
      }
    }
  }
  return pages;
}

describe('module page byte budget', () => {
  beforeAll(() => buildSite(), 120_000);

  it('covers every starter module in every language', () => {
    expect(modulePages().length).toBeGreaterThanOrEqual(15 * 4);
  });

  it(`keeps every starter module page under ${BUDGET.total} bytes gzip of HTML+CSS+JS, JS under ${BUDGET.js}`, () => {
    const over = modulePages().flatMap((page) => {
      const { html, css, js } = pageWeight(dist, page);
      const total = html.gzip + css.gzip + js.gzip;
      return total >= BUDGET.total || js.gzip >= BUDGET.js ? [`${page}: total ${total}, js ${js.gzip}`] : [];
    });
    expect(over).toEqual([]);
  });
});
