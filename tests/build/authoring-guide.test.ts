import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/root.mjs';
import { buildFixture } from '../support/build-fixture';
import { writeFixture } from '../support/fixture-curriculum';

/** The code blocks of a guide marked with `file=<path>`, as the files a trainer would create. */
function exampleFiles(guide: string): Record<string, string> {
  const text = readFileSync(join(root, 'courses', guide), 'utf8');
  return Object.fromEntries([...text.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)].map(([, path, body]) => [path, body]));
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the authoring guides', () => {
  for (const guide of ['README.md', 'README.ka.md']) {
    it(`builds every copy-paste example of courses/${guide}`, async () => {
      const files = exampleFiles(guide);
      expect(Object.keys(files).length).toBeGreaterThanOrEqual(7);
      const dir = writeFixture(files);
      made.push(dir);
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      const { status, output, outDir } = await buildFixture(dir);
      expect(status, output).toBe(0);
      const quizPage = readFileSync(join(outDir, 'en/courses/my-course/check-yourself/index.html'), 'utf8');
      expect(quizPage).toContain('Whom does inclusion concern?');
      const azPage = readFileSync(join(outDir, 'az/courses/my-course/first-steps/index.html'), 'utf8');
      expect(azPage).toContain('İlk addımlar');
    });
  }

  it('gives the Georgian guide the same examples as the English one', () => {
    expect(exampleFiles('README.ka.md')).toEqual(exampleFiles('README.md'));
  });
});
