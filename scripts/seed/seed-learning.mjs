// The demo fellows' reading, quiz attempts and journals, played as each fellow through the
// progress and grading routes and the records API, so that rules, hooks and the audit log apply.
import { randomUUID } from 'node:crypto';
import { answersFor } from '../lib/quiz-answers.mjs';
import { DEMO_LEARNING } from './demo-learning.mjs';
import { DEMO_REFLECTIONS } from './demo-reflections.mjs';

const progress = (pb, course, module, event) =>
  pb.send('/api/ertad/progress', { method: 'POST', body: { course, module: module.id, event } });

async function read(pb, course, modules) {
  for (const module of modules) {
    await progress(pb, course, module, 'visit');
    if (module.completion === 'read') await progress(pb, course, module, 'read-to-end');
  }
}

/** Takes the course quiz once per outcome ('pass' or 'fail'), with answers derived from the quiz's keys. */
async function takeQuiz({ pb, record }, quiz, outcomes, note) {
  const lang = record.preferred_language;
  for (const outcome of outcomes) {
    const body = { answers: answersFor(quiz.definition, lang, outcome), idempotencyKey: randomUUID(), lang };
    const reply = await pb.send(`/api/ertad/quizzes/${quiz.slug}/attempts`, { method: 'POST', body });
    if (reply.passed !== (outcome === 'pass'))
      note(`${record.email} was to ${outcome} "${quiz.slug}" but scored ${reply.score}.`);
  }
}

/** The fellow's enrolment in the course, made by themselves when `selfEnrol`; null when they have none. */
async function enrolmentOf({ pb, record }, course, selfEnrol) {
  const enrolments = pb.collection('enrolments');
  if (selfEnrol) return enrolments.create({ user: record.id, course, status: 'active' });
  const filter = pb.filter('user = {:user} && course = {:course}', { user: record.id, course });
  const found = await enrolments.getList(1, 1, { filter });
  return found.items[0] ?? null;
}

async function playPlan({ people, build, ids, note }, plan) {
  const course = build.courses.find((c) => c.slug === plan.course);
  if (!course) return note(`course "${plan.course}" is not in the build; skipped ${plan.fellow}'s progress in it.`);
  const fellow = people.get(plan.fellow);
  const enrolment = await enrolmentOf(fellow, ids.courses.get(course.slug), plan.selfEnrol);
  if (!enrolment) return note(`${plan.fellow} is not enrolled in "${course.slug}" (no cohort gave a place); skipped.`);
  const modules = [...course.modules].sort((a, b) => a.order - b.order);
  const readCount = plan.read ?? 0;
  await read(fellow.pb, course.slug, modules.slice(0, readCount));
  for (const module of modules.slice(readCount, readCount + (plan.visit ?? 0))) {
    await progress(fellow.pb, course.slug, module, 'visit');
  }
  if (plan.attempts?.length) {
    const quizModule = modules.find((m) => m.completion === 'quiz');
    const quiz = build.quizzes.find((q) => q.slug === quizModule?.quiz);
    if (!quiz) return note(`course "${course.slug}" has no quiz in the build; skipped ${plan.fellow}'s attempts.`);
    await progress(fellow.pb, course.slug, quizModule, 'visit');
    await takeQuiz(fellow, quiz, plan.attempts, note);
  }
  if (plan.withdraw) await fellow.pb.collection('enrolments').update(enrolment.id, { status: 'withdrawn' });
}

export async function seedLearning(site) {
  for (const plan of DEMO_LEARNING) await playPlan(site, plan);
}

/** The journal entries, each for a module the build still has. */
export async function seedReflections({ people, build, ids, note }) {
  for (const entry of DEMO_REFLECTIONS) {
    const course = build.courses.find((c) => c.slug === entry.course);
    if (!course?.modules.some((m) => m.id === entry.module)) {
      note(`module "${entry.course}/${entry.module}" is not in the build; skipped ${entry.fellow}'s reflection on it.`);
      continue;
    }
    const { record, pb } = people.get(entry.fellow);
    await pb.collection('reflections').create({
      user: record.id,
      course: ids.courses.get(course.slug),
      module: entry.module,
      prompt_id: entry.prompt,
      text: entry.text,
    });
  }
}
