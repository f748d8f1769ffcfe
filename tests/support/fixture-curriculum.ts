import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A minimal valid curriculum: one course with two modules and a quiz, one programme, one term. */
export const validFixture = (): Record<string, string> => ({
  'courses/tiny-course/course.yaml': `title: { ka: "პატარა კურსი", en: "Tiny course" }
summary: { ka: "მოკლე აღწერა.", en: "A short summary." }
programs: [ypp]
level: introductory
hours: 1
outcomes: { ka: ["შედეგი"], en: ["An outcome"] }
modules: [first-module, second-module]
`,
  'courses/tiny-course/first-module/ka.mdx': moduleFile(
    'ka',
    'პირველი მოდული',
    'ტექსტი <Glossary term="gesi">GESI</Glossary>.',
  ),
  'courses/tiny-course/first-module/en.mdx': moduleFile(
    'en',
    'First module',
    'Text about <Glossary term="gesi">GESI</Glossary>.',
  ),
  'courses/tiny-course/second-module/ka.mdx': moduleFile('ka', 'მეორე მოდული', '<Quiz id="tiny-quiz" />', 'quiz'),
  'courses/tiny-course/second-module/en.mdx': moduleFile('en', 'Second module', '<Quiz id="tiny-quiz" />', 'quiz'),
  'courses/tiny-course/quizzes/tiny-quiz.yaml': `id: tiny-quiz
title: { ka: "ტესტი", en: "Quiz" }
passMark: 70
maxAttempts: 3
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
        feedback: { ka: "არა.", en: "No." }
    explanation: { ka: "იმიტომ.", en: "Because." }
`,
  'content/programs/ypp.yaml': `title: { ka: "ახალგაზრდა პროფესიონალები", en: "Young Professionals" }
summary: { ka: "პროგრამა.", en: "A programme." }
description: { ka: "აღწერა.", en: "Description." }
audience: { ka: "ახალგაზრდები", en: "Young people" }
durationMonths: 9
supervisionHours: 12
`,
  'content/glossary/gesi.yaml': `term: { ka: "GESI", en: "GESI" }
definition: { ka: "გენდერული თანასწორობა და სოციალური ინკლუზია.", en: "Gender equality and social inclusion." }
`,
});

export function moduleFile(lang: string, title: string, body: string, completion: 'read' | 'quiz' = 'read') {
  return `---
lang: ${lang}
title: "${title}"
summary: "${title}."
minutes: 5
completion: ${completion}
${completion === 'quiz' ? 'quiz: tiny-quiz\n' : ''}gesi:
  audience: [fellows]
  accessibility: "Plain text."
  review: reviewed
---

## ${title}

${body}
`;
}

/** Writes the files (path → text; undefined removes a file from the set) into a new temporary folder. */
export function writeFixture(files: Record<string, string | undefined>): string {
  const root = mkdtempSync(join(tmpdir(), 'ertad-content-'));
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
