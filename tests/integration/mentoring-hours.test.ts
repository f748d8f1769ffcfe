import { beforeAll, describe, expect, it } from 'vitest';
import { superuser } from '../support/clients';
import { api, loggedSession, mentoringCast, signedSession, type Cast } from '../support/mentoring';

let cast: Cast;
beforeAll(async () => {
  cast = await mentoringCast();
});

const fellowMinutes = async (pb: Cast['fellowA']['pb']) =>
  (await api(pb, 'GET', '/me')).body.totalSignedMinutes as number;

async function workspaceRow(fellowId: string) {
  const reply = await api(cast.mentor.pb, 'GET', '/workspace');
  return reply.body.fellows.find((f: { fellow: { id: string } }) => f.fellow.id === fellowId);
}

describe('supervision hours', () => {
  it('count a group session in full for each fellow, once everyone has signed', async () => {
    const [a0, b0] = [await fellowMinutes(cast.fellowA.pb), await fellowMinutes(cast.fellowB.pb)];
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id, cast.fellowB.record.id], {
      minutes: 90,
    });
    await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
    // Signed by the mentor and one fellow only: not yet.
    expect(await fellowMinutes(cast.fellowA.pb)).toBe(a0);
    await api(cast.fellowB.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
    expect([await fellowMinutes(cast.fellowA.pb), await fellowMinutes(cast.fellowB.pb)]).toEqual([a0 + 90, b0 + 90]);
    expect((await workspaceRow(cast.fellowB.record.id)).hours).toEqual({
      signedMinutes: b0 + 90,
      requiredMinutes: 24 * 60,
    });
  });

  it('do not count a disputed session for anybody, not even the fellow who signed', async () => {
    const [a0, b0] = [await fellowMinutes(cast.fellowA.pb), await fellowMinutes(cast.fellowB.pb)];
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id, cast.fellowB.record.id], {
      minutes: 45,
    });
    await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
    const reply = await api(cast.fellowB.pb, 'POST', `/sessions/${session.id}/signature`, {
      decision: 'disagreed',
      comment: 'I left after 20 minutes.',
    });
    expect(reply.body.session.state).toBe('disputed');
    expect([await fellowMinutes(cast.fellowA.pb), await fellowMinutes(cast.fellowB.pb)]).toEqual([a0, b0]);
  });

  it('do not count a session only the mentor signed', async () => {
    const a0 = await fellowMinutes(cast.fellowA.pb);
    await loggedSession(cast.mentor.pb, [cast.fellowA.record.id], { minutes: 120 });
    expect(await fellowMinutes(cast.fellowA.pb)).toBe(a0);
  });

  it('follow an amendment of the duration', async () => {
    const a0 = await fellowMinutes(cast.fellowA.pb);
    const session = await signedSession(cast, [cast.fellowA], { minutes: 60 });
    expect(await fellowMinutes(cast.fellowA.pb)).toBe(a0 + 60);
    await api(cast.mentor.pb, 'POST', `/sessions/${session.id}/amendments`, {
      changes: { minutes: 75 },
      reason: 'ran over',
    });
    expect(await fellowMinutes(cast.fellowA.pb)).toBe(a0 + 75);
  });
});

describe('the fellow summary', () => {
  it('lists sessions awaiting my signature first, and not once I have signed', async () => {
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id, cast.fellowB.record.id]);
    const before = (await api(cast.fellowA.pb, 'GET', '/me')).body;
    expect(before.awaiting.map((s: { id: string }) => s.id)).toContain(session.id);
    await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
    const after = (await api(cast.fellowA.pb, 'GET', '/me')).body;
    expect(after.awaiting.map((s: { id: string }) => s.id)).not.toContain(session.id);
    expect(after.sessions.map((s: { id: string }) => s.id)).toContain(session.id);
    expect(after.mentors).toEqual([
      expect.objectContaining({ mentor: { id: cast.mentor.record.id, name: cast.mentor.record.name } }),
    ]);
    expect(after.hours[0]).toMatchObject({ requiredMinutes: 24 * 60, cohort: { id: cast.cohort.id } });
  });

  it('lets a fellow tick an agreed action done, which leaves the signed session untouched', async () => {
    const session = await signedSession(cast, [cast.fellowA]);
    const action = session.actions[0];
    const reply = await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/actions/${action.id}`, { done: true });
    expect(reply.status).toBe(200);
    expect(reply.body.session.actions[0].done).toBe(true);
    expect((await superuser().collection('mentoring_sessions').getOne(session.id)).updated.replace(' ', 'T')).toBe(
      session.updated,
    );
    const stranger = await api(cast.fellowB.pb, 'POST', `/sessions/${session.id}/actions/${action.id}`, {
      done: false,
    });
    expect(stranger.status).toBe(404);
  });
});

describe('the mentor workspace', () => {
  it("shows the mentor's fellows with their programme, flags, topics and the last mode used", async () => {
    await loggedSession(cast.mentor.pb, [cast.fellowA.record.id], { mode: 'phone' });
    const reply = await api(cast.mentor.pb, 'GET', '/workspace');
    expect(reply.status).toBe(200);
    expect(reply.body.fellows.map((f: { fellow: { id: string } }) => f.fellow.id).sort()).toEqual(
      [cast.fellowA.record.id, cast.fellowB.record.id].sort(),
    );
    const a = reply.body.fellows.find((f: { fellow: { id: string } }) => f.fellow.id === cast.fellowA.record.id);
    expect(a.program).toMatchObject({ id: cast.program.id, supervisionHours: 24, maxSessionGapDays: 30 });
    expect(a.flags.unsignedSessions).toBeGreaterThan(0);
    expect(a.flags.overdue).toBe(false);
    expect(reply.body.topics.map((t: { id: string }) => t.id)).toEqual(['ethics', 'self-care']);
    expect(reply.body.lastMode).toBe('phone');
  });

  it('is for mentors only', async () => {
    for (const pb of [cast.fellowA.pb, cast.coordinator.pb, cast.trainer.pb])
      expect((await api(pb, 'GET', '/workspace')).status).toBe(403);
  });
});
