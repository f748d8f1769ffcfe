import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, superuser } from '../support/clients';
import { syncedCourse } from '../support/learning';
import { api, mentoringCast, signedSession, type Cast } from '../support/mentoring';

let cast: Cast;
let reflectionId: string;
beforeAll(async () => {
  cast = await mentoringCast();
  const { course } = await syncedCourse('mentoring-reflections');
  reflectionId = (
    await cast.fellowA.pb.collection('reflections').create({
      user: cast.fellowA.record.id,
      course: course.id,
      module: 'what-gesi-means',
      prompt_id: 'p1',
      text: 'What I learnt about consent',
    })
  ).id;
});

const canRead = (pb: Cast['mentor']['pb']) =>
  pb
    .collection('reflections')
    .getOne(reflectionId)
    .then(
      () => true,
      () => false,
    );

describe('pairing and re-pairing', () => {
  it("lets the fellow's current mentor read their reflections, and no other mentor", async () => {
    expect(await canRead(cast.mentor.pb)).toBe(true);
    expect(await canRead(cast.otherMentor.pb)).toBe(false);
    expect(await canRead(cast.fellowB.pb)).toBe(false);
  });

  it('refuses a second active mentor in the same cohort, and pairing by anyone but a coordinator', async () => {
    const again = await api(cast.coordinator.pb, 'POST', '/mentorships', {
      mentor: cast.otherMentor.record.id,
      fellow: cast.fellowA.record.id,
      cohort: cast.cohort.id,
    });
    expect(again.body.code).toBe('already_paired');
    const byMentor = await api(cast.mentor.pb, 'POST', '/mentorships', {
      mentor: cast.mentor.record.id,
      fellow: cast.fellowC.record.id,
      cohort: cast.cohort.id,
    });
    expect(byMentor.status).toBe(403);
    const wrongRole = await api(cast.coordinator.pb, 'POST', '/mentorships', {
      mentor: cast.trainer.record.id,
      fellow: cast.fellowC.record.id,
      cohort: cast.cohort.id,
    });
    expect(wrongRole.body.errors.map((e: { code: string }) => e.code)).toEqual(['mentor_invalid']);
  });

  it('keeps the history, keeps the hours, and moves reflection visibility to the new mentor', async () => {
    const session = await signedSession(cast, [cast.fellowA], { minutes: 50 });
    const before = (await api(cast.fellowA.pb, 'GET', '/me')).body.totalSignedMinutes;
    const reply = await api(cast.coordinator.pb, 'POST', `/mentorships/${cast.mentorships.A.id}/repair`, {
      mentor: cast.otherMentor.record.id,
      reason: 'The mentor moved to another region.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.ended).toMatchObject({ status: 'ended', endReason: 'The mentor moved to another region.' });
    expect(reply.body.mentorship).toMatchObject({ status: 'active', mentor: cast.otherMentor.record.id });

    const history = await superuser()
      .collection('mentorships')
      .getFullList({ filter: `fellow = "${cast.fellowA.record.id}"`, sort: 'created' });
    expect(history.map((m) => [m.mentor, m.status])).toEqual([
      [cast.mentor.record.id, 'ended'],
      [cast.otherMentor.record.id, 'active'],
    ]);
    expect(await canRead(cast.mentor.pb)).toBe(false);
    expect(await canRead(cast.otherMentor.pb)).toBe(true);
    expect((await api(cast.fellowA.pb, 'GET', '/me')).body.totalSignedMinutes).toBe(before);
    // The old mentor still sees the session they led; they may no longer log new ones with this fellow.
    expect((await api(cast.mentor.pb, 'GET', `/sessions/${session.id}`)).status).toBe(200);
    const refused = await api(cast.mentor.pb, 'POST', '/sessions', {
      clientKey: `repair-${Date.now()}`,
      date: new Date().toISOString().slice(0, 10),
      minutes: 30,
      mode: 'online',
      kind: 'mentoring',
      fellows: [cast.fellowA.record.id],
      topics: ['ethics'],
      functions: [],
    });
    expect(refused.body.errors.map((e: { code: string }) => e.code)).toEqual(['fellow_not_mentee']);
  });

  it('ends a mentorship with a reason, once', async () => {
    const fellow = await signedInAs('fellow');
    const paired = await api(cast.coordinator.pb, 'POST', '/mentorships', {
      mentor: cast.mentor.record.id,
      fellow: fellow.record.id,
      cohort: cast.cohort.id,
    });
    const id = paired.body.mentorship.id;
    expect((await api(cast.coordinator.pb, 'POST', `/mentorships/${id}/end`, {})).body.errors[0].code).toBe(
      'reason_required',
    );
    expect(
      (await api(cast.coordinator.pb, 'POST', `/mentorships/${id}/end`, { reason: 'Left the programme' })).status,
    ).toBe(200);
    expect((await api(cast.coordinator.pb, 'POST', `/mentorships/${id}/end`, { reason: 'again' })).body.code).toBe(
      'mentorship_ended',
    );
  });

  it('gives coordinators the cohort overview: history, hours against the requirement, disputes, mentors', async () => {
    const reply = await api(cast.coordinator.pb, 'GET', `/cohorts/${cast.cohort.id}/overview`);
    expect(reply.status).toBe(200);
    expect(reply.body.cohort).toMatchObject({ id: cast.cohort.id, program: { supervisionHours: 24 } });
    expect(reply.body.mentorships.length).toBeGreaterThanOrEqual(4);
    const a = reply.body.fellows.find((f: { fellow: { id: string } }) => f.fellow.id === cast.fellowA.record.id);
    expect(a).toMatchObject({ mentor: { id: cast.otherMentor.record.id }, belowHours: true });
    expect(reply.body.mentors.map((m: { id: string }) => m.id)).toContain(cast.mentor.record.id);
    expect((await api(cast.mentor.pb, 'GET', `/cohorts/${cast.cohort.id}/overview`)).status).toBe(403);
  });

  it('lists fellows enrolled in the cohort without a mentor yet, so the coordinator can pair them', async () => {
    const unpaired = await signedInAs('fellow');
    const { course } = await syncedCourse('mentoring-unpaired');
    await superuser()
      .collection('enrolments')
      .create({ user: unpaired.record.id, course: course.id, cohort: cast.cohort.id, status: 'active' });
    const reply = await api(cast.coordinator.pb, 'GET', `/cohorts/${cast.cohort.id}/overview`);
    const row = reply.body.fellows.find((f: { fellow: { id: string } }) => f.fellow.id === unpaired.record.id);
    expect(row).toMatchObject({ mentor: null, belowHours: true, overGap: false, hours: { signedMinutes: 0 } });
  });
});
