// What an active fellow does, for the capacity bench: reads a module page (with its scripts), records
// the visit, and now and then submits a quiz, with reading time in between. Timings are per action.
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/root.mjs';
import { answersFor } from '../../scripts/lib/quiz-answers.mjs';

/** The module pages of the built site, as paths. */
export function modulePages() {
  const pages = [];
  for (const lang of ['ka', 'en', 'az', 'hy']) {
    const courses = join(root, 'dist', lang, 'courses');
    for (const course of readdirSync(courses, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const module of readdirSync(join(courses, course.name), { withFileTypes: true }).filter((d) =>
        d.isDirectory(),
      )) {
        pages.push(`/${lang}/courses/${course.name}/${module.name}/`);
      }
    }
  }
  return pages;
}

async function timed(kind, send, record) {
  const started = performance.now();
  let status;
  try {
    status = await send();
  } catch {
    status = 'no reply';
  }
  record(kind, status, performance.now() - started);
}

/**
 * One fellow's loop until stop(): a page read (60 %), a progress event (30 %) or a quiz attempt
 * (10 %), then `thinkMs()` of reading. Every answer goes to record(kind, status, ms).
 */
export async function actAsFellow({ url, fellow, quiz, pages, stop, thinkMs, record }) {
  const json = (body) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: fellow.token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs()));
  while (!stop()) {
    const roll = Math.random();
    if (roll < 0.6) {
      const page = pages[Math.floor(Math.random() * pages.length)];
      await timed(
        'read a module page',
        async () => {
          const response = await fetch(`${url}${page}`, { signal: AbortSignal.timeout(10_000) });
          await response.arrayBuffer();
          return response.status;
        },
        record,
      );
    } else if (roll < 0.9) {
      await timed(
        'record progress',
        async () => {
          const response = await fetch(
            `${url}/api/ertad/progress`,
            json({ course: quiz.courseSlug, module: quiz.moduleId, event: 'visit' }),
          );
          await response.arrayBuffer();
          return response.status;
        },
        record,
      );
    } else {
      const answers = answersFor(quiz.definition, fellow.lang, Math.random() < 0.5 ? 'pass' : 'fail');
      await timed(
        'submit a quiz',
        async () => {
          const response = await fetch(
            `${url}/api/ertad/quizzes/${quiz.slug}/attempts`,
            json({ answers, idempotencyKey: randomUUID(), lang: fellow.lang }),
          );
          await response.arrayBuffer();
          return response.status;
        },
        record,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, thinkMs()));
  }
}
