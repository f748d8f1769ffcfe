// Certificates and mentoring together: a programme that requires supervision hours is complete
// when its courses are complete and the hours signed by every side reach the requirement; the
// certificate is issued by whichever of those events comes last.
import { describe, expect, it } from 'vitest';
import { signedInAs, superuser } from '../support/clients';
import { certificatesOf, enrolledFellow, passQuiz, readModule } from '../support/certificates';
import { postJson, uniquePrefix } from '../support/learning';
import { api, loggedSession } from '../support/mentoring';

type Person = Awaited<ReturnType<typeof signedInAs>>;

/**
 * A fellow enrolled in the sample course through a cohort of its programme, which requires two
 * supervision hours, paired with a mentor by a coordinator.
 */
async function supervisedFellow(label: string) {
  const s = await enrolledFellow(label);
  const admin = superuser();
  await admin.collection('programs').update(s.program.id, { supervisionHours: 2 });
  const cohort = await admin.collection('cohorts').create({ program: s.program.id, name: uniquePrefix('cohort') });
  const enrolment = await admin
    .collection('enrolments')
    .getFirstListItem(admin.filter('user = {:u}', { u: s.fellow.record.id }));
  await admin.collection('enrolments').update(enrolment.id, { cohort: cohort.id });
  const [mentor, coordinator] = await Promise.all([signedInAs('mentor'), signedInAs('coordinator')]);
  const paired = await api(coordinator.pb, 'POST', '/mentorships', {
    mentor: mentor.record.id,
    fellow: s.fellow.record.id,
    cohort: cohort.id,
  });
  expect(paired.status).toBe(201);
  return { ...s, cohort, mentor, coordinator, mentorship: paired.body.mentorship };
}

type Supervised = Awaited<ReturnType<typeof supervisedFellow>>;

const completeCourse = async (s: Supervised) => {
  await readModule(s.fellow.pb, s);
  expect((await passQuiz(s.fellow.pb, s)).status).toBe(201);
};

const kinds = async (s: Supervised) => (await certificatesOf(s.fellow.record.id)).map((c) => c.kind).sort();

/** Logs a session of `minutes` as the mentor (signed by them) and has each fellow decide on it. */
async function session(mentor: Person, fellows: { person: Person; decision: 'signed' | 'disagreed' }[], minutes = 60) {
  const logged = await loggedSession(
    mentor.pb,
    fellows.map((f) => f.person.record.id),
    { minutes },
  );
  let state = logged.state;
  for (const { person, decision } of fellows) {
    const reply = await api(person.pb, 'POST', `/sessions/${logged.id}/signature`, { decision, comment: 'Noted.' });
    expect(reply.status).toBe(200);
    state = reply.body.session.state;
  }
  return { id: logged.id as string, state };
}

describe('programme certificates and supervision hours', () => {
  it('issues the programme certificate when the session that reaches the hours is signed, not before', async () => {
    const s = await supervisedFellow('hours-last');
    await completeCourse(s);
    expect(await kinds(s)).toEqual(['course']);

    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }]);
    expect(await kinds(s)).toEqual(['course']);

    // Logged and signed by the mentor, awaiting the fellow: the hours are not there yet.
    const last = await loggedSession(s.mentor.pb, [s.fellow.record.id], { minutes: 60 });
    expect(await kinds(s)).toEqual(['course']);
    const signed = await api(s.fellow.pb, 'POST', `/sessions/${last.id}/signature`, { decision: 'signed' });
    expect(signed.body.session.state).toBe('signed');

    const programme = (await certificatesOf(s.fellow.record.id)).filter((c) => c.kind === 'program');
    expect(programme).toHaveLength(1);
    expect(programme[0]).toMatchObject({ program: s.program.id, status: 'issued', holderName: 'ნინო ბერიძე' });
  });

  it('issues it to a fellow of a group session when the other fellow’s signature completes the session', async () => {
    const s = await supervisedFellow('hours-group');
    const other = await signedInAs('fellow');
    await api(s.coordinator.pb, 'POST', '/mentorships', {
      mentor: s.mentor.record.id,
      fellow: other.record.id,
      cohort: s.cohort.id,
    });
    await completeCourse(s);
    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }]);

    const group = await loggedSession(s.mentor.pb, [s.fellow.record.id, other.record.id], { minutes: 60 });
    await api(s.fellow.pb, 'POST', `/sessions/${group.id}/signature`, { decision: 'signed' });
    expect(await kinds(s)).toEqual(['course']);
    await api(other.pb, 'POST', `/sessions/${group.id}/signature`, { decision: 'signed' });
    expect(await kinds(s)).toEqual(['course', 'program']);
    expect(await certificatesOf(other.record.id)).toEqual([]);
  });

  it('issues it when the last course is completed after the hours were reached', async () => {
    const s = await supervisedFellow('courses-last');
    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }], 120);
    expect(await certificatesOf(s.fellow.record.id)).toEqual([]);
    await readModule(s.fellow.pb, s);
    expect(await certificatesOf(s.fellow.record.id)).toEqual([]);
    await passQuiz(s.fellow.pb, s);
    expect(await kinds(s)).toEqual(['course', 'program']);
  });

  it('does not count a disputed session towards the hours', async () => {
    const s = await supervisedFellow('hours-disputed');
    await completeCourse(s);
    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }]);
    const disputed = await session(s.mentor, [{ person: s.fellow, decision: 'disagreed' }]);
    expect(disputed.state).toBe('disputed');
    expect(await kinds(s)).toEqual(['course']);

    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }]);
    expect(await kinds(s)).toEqual(['course', 'program']);
  });

  it('counts the hours of a mentorship that has ended', async () => {
    const s = await supervisedFellow('hours-ended');
    await completeCourse(s);
    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }]);
    const nextMentor = await signedInAs('mentor');
    const repaired = await api(s.coordinator.pb, 'POST', `/mentorships/${s.mentorship.id}/repair`, {
      mentor: nextMentor.record.id,
      reason: 'The first mentor moved to another region.',
    });
    expect(repaired.body.ended.status).toBe('ended');
    expect(await kinds(s)).toEqual(['course']);

    await session(nextMentor, [{ person: s.fellow, decision: 'signed' }]);
    expect(await kinds(s)).toEqual(['course', 'program']);
  });

  it('issues it when an amendment of a signed session’s duration reaches the hours', async () => {
    const s = await supervisedFellow('hours-amended');
    await completeCourse(s);
    const signed = await session(s.mentor, [{ person: s.fellow, decision: 'signed' }], 90);
    expect(await kinds(s)).toEqual(['course']);
    const amended = await api(s.mentor.pb, 'POST', `/sessions/${signed.id}/amendments`, {
      changes: { minutes: 120 },
      reason: 'The session ran for two hours; I typed 90 by mistake.',
    });
    expect(amended.status).toBe(201);
    expect(await kinds(s)).toEqual(['course', 'program']);
  });

  it('does not re-issue a revoked programme certificate when more hours are signed', async () => {
    const s = await supervisedFellow('hours-revoked');
    await completeCourse(s);
    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }], 120);
    const programme = (await certificatesOf(s.fellow.record.id)).find((c) => c.kind === 'program')!;
    const revoked = await postJson(s.coordinator.pb, `/api/ertad/certificates/${programme.id}/revoke`, {
      reason: 'Supervision log under review',
    });
    expect(revoked.status).toBe(200);

    await session(s.mentor, [{ person: s.fellow, decision: 'signed' }]);
    const after = (await certificatesOf(s.fellow.record.id)).filter((c) => c.kind === 'program');
    expect(after.map((c) => [c.id, c.status])).toEqual([[programme.id, 'revoked']]);
  });
});
