import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { validFixture, writeFixture } from '../support/fixture-curriculum';

// A fixture whose modules exist only in Georgian and English while its quiz is also written in Azerbaijani:
// the case the starter curriculum no longer has, built for real.
const QUIZ = 'courses/tiny-course/quizzes/tiny-quiz.yaml';
let dir: string;
let built: Awaited<ReturnType<typeof buildFixture>>;
const page = (path: string) => readFileSync(join(built.outDir, path, 'index.html'), 'utf8');

beforeAll(async () => {
  const files: Record<string, string | undefined> = validFixture();
  files[QUIZ] = files[QUIZ]!.replace(
    'title: { ka: "ტესტი", en: "Quiz" }',
    'title: { ka: "ტესტი", en: "Quiz", az: "Test" }',
  )
    .replace('prompt: { ka: "რომელი?", en: "Which one?" }', 'prompt: { ka: "რომელი?", en: "Which one?", az: "Hansı?" }')
    .replace('text: { ka: "ეს", en: "This one" }', 'text: { ka: "ეს", en: "This one", az: "Bu" }')
    .replace('text: { ka: "ის", en: "That one" }', 'text: { ka: "ის", en: "That one", az: "O" }')
    .replace('feedback: { ka: "არა.", en: "No." }', 'feedback: { ka: "არა.", en: "No.", az: "Xeyr." }')
    .replace(
      'explanation: { ka: "იმიტომ.", en: "Because." }',
      'explanation: { ka: "იმიტომ.", en: "Because.", az: "Çünki." }',
    );
  dir = writeFixture(files);
  built = await buildFixture(dir);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a module that falls back and a quiz that does not', () => {
  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('shows the quiz in Azerbaijani on the Azerbaijani page, inside a module shown in Georgian', () => {
    const html = page('az/courses/tiny-course/second-module');
    expect(html).toMatch(/<article class="module" lang="ka"/);
    expect(html).toMatch(/<legend>[\s\S]*?<span lang="az"[^>]*>Hansı\?<\/span>\s*<\/legend>/);
    expect(html).toMatch(/data-lang="az"/);
    expect(html).not.toContain('რომელი?');
  });

  it('keeps the quiz in the module’s language where the quiz lacks the page language', () => {
    const html = page('hy/courses/tiny-course/second-module');
    expect(html).toMatch(/<legend>[\s\S]*?<span lang="ka"[^>]*>რომელი\?<\/span>\s*<\/legend>/);
    expect(html).toMatch(/data-lang="ka"/);
  });

  it('links the fallback notice to the module in every language it is written in', () => {
    const html = page('az/courses/tiny-course/first-module');
    const notice = /<div class="notice fallback-notice"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    const links = [...notice.matchAll(/<a href="([^"]+)" hreflang="(\w+)" lang="\w+"[^>]*>\s*([^<]+?)\s*<\/a>/g)].map(
      (m) => [m[1], m[3]],
    );
    expect(links).toEqual([
      ['/ka/courses/tiny-course/first-module/', 'ქართული'],
      ['/en/courses/tiny-course/first-module/', 'English'],
    ]);
  });

  it('shows no notice on a page in a language the module is written in', () => {
    expect(page('en/courses/tiny-course/first-module')).not.toContain('class="notice fallback-notice"');
  });

  it('prints which module and quiz lacks which language during the build', () => {
    expect(built.output).toContain('ertad: translations: 3 of 3 modules and quizzes are missing in some language');
    expect(built.output).toContain('  - module tiny-course/first-module: missing in az, hy');
    expect(built.output).toContain('  - quiz tiny-course/tiny-quiz: missing in hy');
  });

  it('lists the same on the trainers’ page, one row per module and quiz', () => {
    const html = page('en/trainer/translations');
    expect(html).toContain('Modules or quizzes missing in at least one language: 3.');
    const rows = [...html.matchAll(/<tr data-kind="(\w+)" data-id="([\w-]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    const missing = rows.map((row) => [row[2], (row[3]!.match(/class="is-missing"/g) ?? []).length]);
    expect(missing).toEqual([
      ['first-module', 2],
      ['second-module', 2],
      ['tiny-quiz', 1],
    ]);
  });
});
