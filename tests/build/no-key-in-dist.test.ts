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

// The right options and the true/false question are published (a fellow must see them) under
// ids and texts found nowhere else, so a mark of which answer is right can be looked for beside them.
// The questions are ordered so that no button or label text sits within reach of a marker.
const RIGHT = {
  singleId: 'zeta-single-d81c',
  singleText: 'ZETA-SINGLE-TEXT-4e2a',
  multipleId: 'zeta-multi-a37f',
  multipleText: 'ZETA-MULTI-TEXT-b90e',
  trueFalseQuestion: 'tf-question-6c15',
};

const quizWithMarkers = `id: tiny-quiz
title: { ka: "ტესტი", en: "Quiz" }
passMark: 70
questions:
  - id: q1
    type: single
    prompt: { ka: "რომელი?", en: "Which one?" }
    options:
      - id: wrong-single
        text: { ka: "ის", en: "That one" }
        feedback: { ka: "${MARKERS.feedback}", en: "${MARKERS.feedback}" }
      - id: ${RIGHT.singleId}
        text: { ka: "${RIGHT.singleText}", en: "${RIGHT.singleText}" }
        correct: true
    explanation: { ka: "${MARKERS.explanation}", en: "${MARKERS.explanation}" }
  - id: q4
    type: multiple
    prompt: { ka: "რომლები?", en: "Which ones?" }
    options:
      - id: wrong-multi
        text: { ka: "არცერთი", en: "None" }
      - id: ${RIGHT.multipleId}
        text: { ka: "${RIGHT.multipleText}", en: "${RIGHT.multipleText}" }
        correct: true
  - id: ${RIGHT.trueFalseQuestion}
    type: truefalse
    prompt: { ka: "მართალია?", en: "True?" }
    answer: true
    explanation: { ka: "${MARKERS.trueFalseExplanation}", en: "${MARKERS.trueFalseExplanation}" }
  - id: q2
    type: short
    prompt: { ka: "დაწერეთ", en: "Write it" }
    accepted: { ka: ["${MARKERS.accepted}"], en: ["${MARKERS.accepted}"] }
`;

/** Words that would say which answer is right, as an HTML attribute, a JSON key or minified JS. */
const KEY_WORDS = /correct|answer|accepted|checked|selected|\bright\b|solution|\bkey\b/i;

/** The text around each occurrence of `marker`, without the quiz's translated messages (which say "Correct"). */
function surroundings(text: string, marker: string, reach = 60) {
  const plain = text.replace(/data-msg-[a-z-]+="[^"]*"/g, '');
  const found: string[] = [];
  for (let at = plain.indexOf(marker); at !== -1; at = plain.indexOf(marker, at + 1)) {
    found.push(plain.slice(Math.max(0, at - reach), at + marker.length + reach));
  }
  return found;
}

/** The labels of one question's fieldset, with each option's value and text blanked. */
function optionLabels(page: string, questionId: string) {
  const fieldset = page.match(new RegExp(`<fieldset[^>]*data-question="${questionId}"[\\s\\S]*?</fieldset>`));
  if (!fieldset) throw new Error(`no fieldset for ${questionId}`);
  const labels = fieldset[0].match(/<label[\s\S]*?<\/label>/g) ?? [];
  // Values and texts differ by design; what must not differ is the markup around them.
  return labels.map((label) => label.replace(/value="[^"]*"/, 'value="…"').replace(/>[^<>]+</g, '>…<'));
}

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

  it('publishes the right options with nothing beside them that says they are right', () => {
    const seen: string[] = [];
    const leaks: string[] = [];
    for (const file of files(build.outDir)) {
      const text = readFileSync(file, 'utf8');
      for (const marker of Object.values(RIGHT)) {
        for (const around of surroundings(text, marker)) {
          seen.push(marker);
          if (KEY_WORDS.test(around)) leaks.push(`${marker} in ${file}: …${around}…`);
        }
      }
    }
    // Each marker is on the page in both languages: the scan looked where they are.
    expect(new Set(seen)).toEqual(new Set(Object.values(RIGHT)));
    expect(leaks).toEqual([]);
  });

  it('renders the right and the wrong options, and true and false, alike and none pre-checked', () => {
    for (const lang of ['ka', 'en']) {
      const page = readFileSync(join(build.outDir, `${lang}/courses/tiny-course/second-module/index.html`), 'utf8');
      for (const question of ['q1', RIGHT.trueFalseQuestion, 'q4']) {
        const [first, ...others] = optionLabels(page, question);
        expect(others.length, `${lang} ${question}`).toBeGreaterThan(0);
        for (const other of others) expect(other, `${lang} ${question}`).toBe(first);
      }
      expect(page).not.toMatch(/<input[^>]*\schecked/);
    }
  });

  it('hands the full definitions, keys included, to the server export outside dist/', () => {
    const exported = readFileSync(join(build.serverDir, 'quizzes.json'), 'utf8');
    for (const marker of [...Object.values(MARKERS), ...Object.values(RIGHT)]) expect(exported).toContain(marker);
  });
});
