// Plays DEMO_CERTIFICATES through the progress, grading, cohort and certificate routes, so that
// the certificates are issued, revoked and audited exactly as in use.
import { randomUUID } from 'node:crypto';
import { answersFor } from '../lib/quiz-answers.mjs';
import { DEMO_CERTIFICATES } from './demo-certificates.mjs';

/** Reads every read module of the course to the end and passes its quizzes, as the fellow. */
async function completeCourse({ pb, record }, build, slug) {
  const course = build.courses.find((c) => c.slug === slug);
  for (const module of course.modules) {
    await pb.send('/api/ertad/progress', { method: 'POST', body: { course: slug, module: module.id, event: 'visit' } });
    if (module.completion === 'read') {
      await pb.send('/api/ertad/progress', {
        method: 'POST',
        body: { course: slug, module: module.id, event: 'read-to-end' },
      });
    } else {
      const quiz = build.quizzes.find((q) => q.slug === module.quiz);
      const lang = record.preferred_language;
      const body = { answers: answersFor(quiz.definition, lang, 'pass'), idempotencyKey: randomUUID(), lang };
      await pb.send(`/api/ertad/quizzes/${quiz.slug}/attempts`, { method: 'POST', body });
    }
  }
}

const has = (build, slug) => build.courses.some((c) => c.slug === slug);

export async function seedCertificates({ people, build, ids, note }) {
  const { completed, revoked, programme } = DEMO_CERTIFICATES;
  for (const plan of completed) {
    if (!has(build, plan.course))
      note(`course "${plan.course}" is not in the build; no certificate for ${plan.fellow}.`);
    else await completeCourse(people.get(plan.fellow), build, plan.course);
  }

  const coordinator = people.get(programme.coordinator);
  if (has(build, revoked.course)) {
    const body = {
      holder: people.get(revoked.fellow).record.id,
      kind: 'course',
      achievement: revoked.course,
      note: revoked.note,
    };
    const issued = await coordinator.pb.send('/api/ertad/certificates', { method: 'POST', body });
    await coordinator.pb.send(`/api/ertad/certificates/${issued.id}/revoke`, {
      method: 'POST',
      body: { reason: revoked.reason },
    });
  }

  const program = ids.programs.get(programme.program);
  const rule = build.programs.find((p) => p.slug === programme.program)?.certificate;
  if (!program || !rule) return note(`programme "${programme.program}" is not in the build; no programme certificate.`);
  const cohort = await coordinator.pb
    .collection('cohorts')
    .create({ program, name: programme.cohort, coordinator: coordinator.record.id });
  const fellow = people.get(programme.fellow);
  await coordinator.pb.send(`/api/ertad/cohorts/${cohort.id}/enrol`, {
    method: 'POST',
    body: { user: fellow.record.id },
  });
  for (const slug of rule.courses) await completeCourse(fellow, build, slug);
}
