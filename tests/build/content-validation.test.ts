import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { moduleFile, validFixture, writeFixture } from '../support/fixture-curriculum';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds the valid fixture with one change and returns the build's output. */
async function buildWith(change: (files: Record<string, string | undefined>) => void) {
  const files: Record<string, string | undefined> = validFixture();
  change(files);
  const dir = writeFixture(files);
  made.push(dir);
  return buildFixture(dir);
}

const FIRST_KA = 'courses/tiny-course/first-module/ka.mdx';
const QUIZ = 'courses/tiny-course/quizzes/tiny-quiz.yaml';
const COURSE = 'courses/tiny-course/course.yaml';

// Real builds, one at a time (concurrent astro builds share .astro/): each case must fail `astro build` with the file, the field and what was expected.
describe('the build refuses broken course content', () => {
  it('builds the valid fixture', async () => {
    const { status, outDir, output } = await buildWith(() => {});
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'en/courses/tiny-course/first-module/index.html'))).toBe(true);
  });

  it('names a missing frontmatter field', async () => {
    const { status, output } = await buildWith((f) => (f[FIRST_KA] = f[FIRST_KA]!.replace('minutes: 5\n', '')));
    expect(status).not.toBe(0);
    expect(output).toContain(FIRST_KA);
    expect(output).toMatch(/minutes.*expected the estimated reading minutes/);
  });

  it('names a frontmatter field of the wrong kind', async () => {
    const { status, output } = await buildWith((f) => (f[FIRST_KA] = f[FIRST_KA]!.replace('completion: read', 'completion: skim')));
    expect(status).not.toBe(0);
    expect(output).toContain(FIRST_KA);
    expect(output).toMatch(/completion.*expected "read" or "quiz"/);
  });

  it('names an unknown programme', async () => {
    const { status, output } = await buildWith((f) => (f[COURSE] = f[COURSE]!.replace('programs: [ypp]', 'programs: [ypp, nursing]')));
    expect(status).not.toBe(0);
    expect(output).toContain(`${COURSE}: programs: unknown programme "nursing"; expected one of "ypp"`);
  });

  it('names a module folder that course.yaml does not list, which decides the order of modules', async () => {
    const { status, output } = await buildWith((f) => {
      f['courses/tiny-course/third-module/ka.mdx'] = moduleFile('ka', 'მესამე', 'ტექსტი.');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/third-module\/ka\.mdx: module: "third-module" is not listed in .*course\.yaml modules; add it there/);
  });

  it('names a <Quiz id> that does not exist', async () => {
    const { status, output } = await buildWith((f) => (f[FIRST_KA] = f[FIRST_KA]!.replace('ტექსტი', '<Quiz id="no-such-quiz" />\n\nტექსტი')));
    expect(status).not.toBe(0);
    expect(output).toContain(`${FIRST_KA}: <Quiz id>: unknown quiz "no-such-quiz"; expected one of "tiny-quiz"`);
  });

  it('names a quiz question with no correct option', async () => {
    const { status, output } = await buildWith((f) => (f[QUIZ] = f[QUIZ]!.replace('correct: true', 'correct: false')));
    expect(status).not.toBe(0);
    expect(output).toContain(QUIZ);
    expect(output).toContain('Question "q1" has no correct option; add "correct: true" to the right one.');
  });

  it('names a pass mark over 100', async () => {
    const { status, output } = await buildWith((f) => (f[QUIZ] = f[QUIZ]!.replace('passMark: 70', 'passMark: 120')));
    expect(status).not.toBe(0);
    expect(output).toContain(QUIZ);
    expect(output).toMatch(/passMark.*100/);
  });

  it('names an image without alt text', async () => {
    const { status, output } = await buildWith((f) => (f[FIRST_KA] = `${f[FIRST_KA]}\n<Figure src="/images/x.svg" />\n`));
    expect(status).not.toBe(0);
    expect(output).toContain(`${FIRST_KA}: <Figure alt>: an image has no alt text; expected alt="what the image shows"`);
  });

  it('names a video without captions', async () => {
    const { status, output } = await buildWith((f) => (f[FIRST_KA] = `${f[FIRST_KA]}\n<Video src="/v.mp4" title="Supervision" />\n`));
    expect(status).not.toBe(0);
    expect(output).toContain(`${FIRST_KA}: <Video captions>: a video has no captions; expected captions="path/to/captions.vtt"`);
  });

  it('names a module the course lists but nobody wrote', async () => {
    const { status, output } = await buildWith((f) => (f[COURSE] = f[COURSE]!.replace('second-module]', 'second-module, third-module]')));
    expect(status).not.toBe(0);
    expect(output).toContain(`${COURSE}: modules: lists "third-module" but`);
    expect(output).toContain('third-module/ka.mdx is missing; expected every module in ka and en');
  });
});
