import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { validFixture, writeFixture } from '../support/fixture-curriculum';

// Unique strings in every place an answer key can hide; none may reach a file a browser can fetch.
const MARKERS = {
  feedback: 'MARKER-FEEDBACK-7f3a',
  explanation: 'MARKER-EXPLANATION-91bd',
  accepted: 'MARKER-ACCEPTED-c402',
  trueFalseExplanation: 'MARKER-TF-EXPLANATION-5e11',
};

const quizWithMarkers = `id: tiny-quiz
title: { ka: "ტესტი", en: "Quiz" }
passMark: 70
questions:
  - id: q1
    type: single
    prompt: { ka: "რომელი?", en: "Which one?" }
    options:
      - id: a
        text: { ka: "ეს", en: "This one" }
        correct: true
      - id: b
        text: { ka: "ის", en: "That one" }
        feedback: { ka: "${MARKERS.feedback}", en: "${MARKERS.feedback}" }
    explanation: { ka: "${MARKERS.explanation}", en: "${MARKERS.explanation}" }
  - id: q2
    type: short
    prompt: { ka: "დაწერეთ", en: "Write it" }
    accepted: { ka: ["${MARKERS.accepted}"], en: ["${MARKERS.accepted}"] }
  - id: q3
    type: truefalse
    prompt: { ka: "მართალია?", en: "True?" }
    answer: false
    explanation: { ka: "${MARKERS.trueFalseExplanation}", en: "${MARKERS.trueFalseExplanation}" }
`;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('answer keys in the build', () => {
  let fixture: string;
  let build: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    fixture = writeFixture({ ...validFixture(), 'courses/tiny-course/quizzes/tiny-quiz.yaml': quizWithMarkers });
    build = await buildFixture(fixture);
  }, 120_000);
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('builds the fixture quiz', () => {
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(build.outDir, 'en/courses/tiny-course/second-module/index.html'), 'utf8');
    expect(page).toContain('Which one?');
    expect(page).toContain('Write it');
  });

  it('never puts a key, a feedback, an accepted answer or an explanation in dist/', () => {
    const leaks: string[] = [];
    for (const file of files(build.outDir)) {
      const text = readFileSync(file, 'latin1');
      for (const marker of Object.values(MARKERS)) if (text.includes(marker)) leaks.push(`${marker} in ${file}`);
      if (/"correct"\s*:|"accepted"\s*:|"answer"\s*:/.test(text)) leaks.push(`a key field in ${file}`);
    }
    expect(leaks).toEqual([]);
  });

  it('hands the full definitions, keys included, to the server export outside dist/', () => {
    const exported = readFileSync(join(build.serverDir, 'quizzes.json'), 'utf8');
    for (const marker of Object.values(MARKERS)) expect(exported).toContain(marker);
  });
});
