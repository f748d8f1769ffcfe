// A generated curriculum of many plain MDX modules, written from the real starter modules' text
// so that page sizes and build work are realistic.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paragraphs of the real modules in `lang`, stripped of trainer components. */
function realParagraphs(coursesDir, lang) {
  const paragraphs = [];
  for (const course of readdirSync(coursesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const module of readdirSync(join(coursesDir, course.name), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && d.name !== 'quizzes',
    )) {
      let text;
      try {
        text = readFileSync(join(coursesDir, course.name, module.name, `${lang}.mdx`), 'utf8');
      } catch {
        continue;
      }
      const body = text.replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>/g, '');
      paragraphs.push(
        ...body
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter((p) => p.length > 80 && !p.startsWith('#')),
      );
    }
  }
  return paragraphs;
}

const moduleFile = (lang, title, paragraphs) => `---
lang: ${lang}
title: "${title}"
summary: "${title}."
minutes: 12
completion: read
gesi:
  audience: [fellows, cso-staff]
  accessibility: "Text only."
  review: reviewed
---

${paragraphs.map((p, i) => (i % 3 === 0 ? `## ${title} ${i / 3 + 1}\n\n${p}` : p)).join('\n\n')}
`;

/** Writes `courseCount` courses of `modulesPerCourse` modules in ka and en under root/courses, with root/content copied. */
export function writeCorpus(root, projectRoot, { courseCount, modulesPerCourse }) {
  const source = join(projectRoot, 'courses');
  const text = { ka: realParagraphs(source, 'ka'), en: realParagraphs(source, 'en') };
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  let cursor = 0;
  for (let c = 1; c <= courseCount; c++) {
    const course = `generated-course-${c}`;
    const modules = Array.from({ length: modulesPerCourse }, (_, m) => `module-${m + 1}`);
    mkdirSync(join(root, 'courses', course), { recursive: true });
    writeFileSync(
      join(root, 'courses', course, 'course.yaml'),
      `title: { ka: "გენერირებული კურსი ${c}", en: "Generated course ${c}" }
summary: { ka: "სატესტო კურსი.", en: "A generated course." }
programs: [ypp]
level: introductory
hours: 3
outcomes: { ka: ["შედეგი"], en: ["An outcome"] }
modules: [${modules.join(', ')}]
`,
    );
    modules.forEach((module, m) => {
      mkdirSync(join(root, 'courses', course, module), { recursive: true });
      for (const lang of ['ka', 'en']) {
        const paragraphs = Array.from({ length: 9 }, (_, i) => text[lang][(cursor + i) % text[lang].length]);
        const title = lang === 'ka' ? `მოდული ${c}.${m + 1}` : `Module ${c}.${m + 1}`;
        writeFileSync(join(root, 'courses', course, module, `${lang}.mdx`), moduleFile(lang, title, paragraphs));
      }
      cursor += 9;
    });
  }
}
