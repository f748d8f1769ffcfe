import { beforeAll, describe, expect, it } from 'vitest';
import { pocketbaseUrl, superuser } from '../support/clients';
import { api, daysAgo, loggedSession, mentoringCast, signedSession, type Cast } from '../support/mentoring';

let cast: Cast;
let locked: { id: string; summary: string; minutes: number };
beforeAll(async () => {
  cast = await mentoringCast();
  locked = await signedSession(cast, [cast.fellowA]);
});

/** The stored session, read as the superuser: what every refusal must have left untouched. */
const stored = () => superuser().collection('mentoring_sessions').getOne(locked.id);

async function batch(token: string, requests: unknown[]) {
  const response = await fetch(`${pocketbaseUrl()}/api/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: token },
    body: JSON.stringify({ requests }),
  });
  return response.status;
}

describe('a session signed by its mentor and every fellow', () => {
  it('refuses an edit through the mentoring route and points to amendments', async () => {
    const reply = await api(cast.mentor.pb, 'PATCH', `/sessions/${locked.id}`, { summary: 'changed' });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('session_locked');
    expect((await stored()).summary).toBe(locked.summary);
  });

  it('refuses deletion through the mentoring route', async () => {
    const reply = await api(cast.mentor.pb, 'DELETE', `/sessions/${locked.id}`);
    expect(reply.body.code).toBe('session_locked');
    expect((await stored()).id).toBe(locked.id);
  });

  it('refuses a records-API update and delete by its mentor', async () => {
    await expect(cast.mentor.pb.collection('mentoring_sessions').update(locked.id, { summary: 'x' })).rejects.toThrow();
    await expect(cast.mentor.pb.collection('mentoring_sessions').delete(locked.id)).rejects.toThrow();
    expect((await stored()).summary).toBe(locked.summary);
  });

  it('refuses a records-API update and delete even by a superuser (the model hook every hook goes through)', async () => {
    const admin = superuser();
    await expect(admin.collection('mentoring_sessions').update(locked.id, { minutes: 480 })).rejects.toMatchObject({
      status: 400,
    });
    await expect(admin.collection('mentoring_sessions').delete(locked.id)).rejects.toMatchObject({ status: 400 });
    const after = await stored();
    expect([after.minutes, after.state]).toEqual([locked.minutes, 'signed']);
  });

  it('refuses changes through the batch API, for its mentor and for a superuser', async () => {
    const admin = superuser();
    await admin.settings.update({ batch: { enabled: true, maxRequests: 50, timeout: 3, maxBodySize: 0 } });
    try {
      const update = {
        method: 'PATCH',
        url: `/api/collections/mentoring_sessions/records/${locked.id}`,
        body: { minutes: 300 },
      };
      const remove = { method: 'DELETE', url: `/api/collections/mentoring_sessions/records/${locked.id}` };
      expect(await batch(cast.mentor.pb.authStore.token, [update])).toBeGreaterThanOrEqual(400);
      expect(await batch(admin.authStore.token, [update])).toBeGreaterThanOrEqual(400);
      expect(await batch(admin.authStore.token, [remove])).toBeGreaterThanOrEqual(400);
    } finally {
      await admin.settings.update({ batch: { enabled: false } });
    }
    expect((await stored()).minutes).toBe(locked.minutes);
  });

  it('keeps its signatures: they can be neither changed nor deleted, even by a superuser', async () => {
    const admin = superuser();
    const [signature] = await admin
      .collection('session_signatures')
      .getFullList({ filter: `session = "${locked.id}"` });
    await expect(
      admin.collection('session_signatures').update(signature.id, { decision: 'disagreed' }),
    ).rejects.toThrow();
    await expect(admin.collection('session_signatures').delete(signature.id)).rejects.toThrow();
    expect((await admin.collection('session_signatures').getOne(signature.id)).decision).toBe('signed');
  });

  it('refuses a second signature and the mentor signing again', async () => {
    expect(
      (
        await api(cast.fellowA.pb, 'POST', `/sessions/${locked.id}/signature`, {
          decision: 'disagreed',
          comment: 'late',
        })
      ).body.code,
    ).toBe('session_locked');
    expect((await api(cast.mentor.pb, 'POST', `/sessions/${locked.id}/sign`, {})).body.code).toBe('session_locked');
  });
});

describe('amendments', () => {
  it('record who changed what and why, shown beside the unchanged original', async () => {
    const session = await signedSession(cast, [cast.fellowA], { minutes: 60 });
    const reply = await api(cast.mentor.pb, 'POST', `/sessions/${session.id}/amendments`, {
      changes: { minutes: 90 },
      reason: 'The session ran over; we agreed 90 minutes.',
    });
    expect(reply.status).toBe(201);
    const amended = reply.body.session;
    expect(amended.minutes).toBe(60);
    expect(amended.effective.minutes).toBe(90);
    expect(amended.amendments).toEqual([
      expect.objectContaining({
        author: { id: cast.mentor.record.id, name: cast.mentor.record.name },
        changes: { minutes: { from: 60, to: 90 } },
        reason: 'The session ran over; we agreed 90 minutes.',
      }),
    ]);
    expect((await superuser().collection('mentoring_sessions').getOne(session.id)).minutes).toBe(60);
    const seen = await api(cast.fellowA.pb, 'GET', `/sessions/${session.id}`);
    expect(seen.body.session.effective.minutes).toBe(90);
  });

  it('need a reason, a real change, and cannot swap the fellows', async () => {
    const session = await signedSession(cast, [cast.fellowA]);
    const codes = async (body: unknown) =>
      (await api(cast.mentor.pb, 'POST', `/sessions/${session.id}/amendments`, body)).body.errors.map(
        (e: { code: string }) => e.code,
      );
    expect(await codes({ changes: { minutes: 70 } })).toEqual(['reason_required']);
    expect(await codes({ changes: { fellows: [cast.fellowB.record.id] }, reason: 'wrong person' })).toEqual([
      'change_not_allowed',
    ]);
    expect(await codes({ changes: { minutes: 60 }, reason: 'same' })).toEqual(['changes_required']);
    expect(await codes({ changes: { minutes: 1000 }, reason: 'typo' })).toEqual(['minutes_out_of_range']);
  });

  it('are only for signed sessions, and only by their mentor', async () => {
    const awaiting = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id]);
    const early = await api(cast.mentor.pb, 'POST', `/sessions/${awaiting.id}/amendments`, {
      changes: { minutes: 70 },
      reason: 'r',
    });
    expect(early.body.code).toBe('session_not_signed');
    const stranger = await api(cast.otherMentor.pb, 'POST', `/sessions/${locked.id}/amendments`, {
      changes: { minutes: 70 },
      reason: 'r',
    });
    expect(stranger.status).toBe(404);
    const fellow = await api(cast.fellowA.pb, 'POST', `/sessions/${locked.id}/amendments`, {
      changes: { minutes: 70 },
      reason: 'r',
    });
    expect(fellow.status).toBe(403);
  });

  it('cannot be changed or deleted afterwards, even by a superuser', async () => {
    const session = await signedSession(cast, [cast.fellowA]);
    await api(cast.mentor.pb, 'POST', `/sessions/${session.id}/amendments`, {
      changes: { summary: 'Fixed' },
      reason: 'typo',
    });
    const admin = superuser();
    const [amendment] = await admin
      .collection('session_amendments')
      .getFullList({ filter: `session = "${session.id}"` });
    await expect(admin.collection('session_amendments').update(amendment.id, { reason: 'other' })).rejects.toThrow();
    await expect(admin.collection('session_amendments').delete(amendment.id)).rejects.toThrow();
    expect((await admin.collection('session_amendments').getOne(amendment.id)).reason).toBe('typo');
  });
});

describe('editing before everyone signed', () => {
  it('sends an awaiting session back to draft in a new round, so earlier signatures no longer count', async () => {
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id, cast.fellowB.record.id]);
    await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
    const edited = await api(cast.mentor.pb, 'PATCH', `/sessions/${session.id}`, { minutes: 45, sign: true });
    expect(edited.body.session).toMatchObject({ state: 'awaiting_fellows', round: 2, minutes: 45 });
    expect(edited.body.session.fellows.map((f: { signature: unknown }) => f.signature)).toEqual([null, null]);
  });

  it('resolves a dispute: the mentor corrects it, signs again, and the fellows sign the new round', async () => {
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id]);
    await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, {
      decision: 'disagreed',
      comment: 'It was 30 minutes.',
    });
    await api(cast.mentor.pb, 'PATCH', `/sessions/${session.id}`, { minutes: 30, sign: true });
    const signed = await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
    expect(signed.body.session).toMatchObject({ state: 'signed', round: 2, minutes: 30 });
  });

  it('lets only the mentor edit or delete a draft, and a fellow never sees it', async () => {
    const draft = (
      await api(cast.mentor.pb, 'POST', '/sessions', {
        ...(await import('../support/mentoring')).sessionBody([cast.fellowA.record.id]),
      })
    ).body.session;
    expect((await api(cast.otherMentor.pb, 'PATCH', `/sessions/${draft.id}`, { minutes: 30 })).status).toBe(404);
    expect((await api(cast.fellowA.pb, 'GET', `/sessions/${draft.id}`)).status).toBe(404);
    expect((await api(cast.fellowA.pb, 'PATCH', `/sessions/${draft.id}`, { minutes: 30 })).status).toBe(404);
    expect((await api(cast.mentor.pb, 'PATCH', `/sessions/${draft.id}`, { date: daysAgo(2) })).body.session.date).toBe(
      daysAgo(2),
    );
    expect((await api(cast.mentor.pb, 'DELETE', `/sessions/${draft.id}`)).status).toBe(204);
    await expect(superuser().collection('mentoring_sessions').getOne(draft.id)).rejects.toMatchObject({ status: 404 });
  });
});
