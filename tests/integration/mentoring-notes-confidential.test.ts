import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { superuser } from '../support/clients';
import { api, loggedSession, mentoringCast, type Cast } from '../support/mentoring';
import { realtime, settle } from '../support/realtime';

const SECRET = 'CONFIDENTIAL-housing-worry';
let cast: Cast;
let session: { id: string };
let readers: [string, PocketBase][];

beforeAll(async () => {
  cast = await mentoringCast();
  session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id], { notes: `${SECRET} in the family` });
  readers = [
    ['fellow A (in the session)', cast.fellowA.pb],
    ['fellow B', cast.fellowB.pb],
    ['another mentor', cast.otherMentor.pb],
    ['a trainer', cast.trainer.pb],
  ];
});

const leaks = (body: unknown) => JSON.stringify(body ?? null).includes(SECRET);

/** The records-API answer (or error) as text, whatever the status. */
async function attempt(request: Promise<unknown>) {
  return request.then(
    (body) => ({ ok: true, body }),
    (error) => ({ ok: false, body: error.response }),
  );
}

describe('confidential notes', () => {
  it('are saved with the session and readable by its mentor and coordinators through the audited route', async () => {
    const mentor = await api(cast.mentor.pb, 'GET', `/sessions/${session.id}/notes`);
    expect(mentor.body.text).toBe(`${SECRET} in the family`);
    const coordinator = await api(cast.coordinator.pb, 'GET', `/sessions/${session.id}/notes`);
    expect(coordinator.body.text).toBe(`${SECRET} in the family`);
    const reads = await superuser()
      .collection('audit_log')
      .getFullList({ filter: `action = "session_notes.read" && record = "${session.id}"` });
    expect(reads.map((r) => r.actor).sort()).toEqual([cast.mentor.record.id, cast.coordinator.record.id].sort());
  });

  it('answer 404 on the notes route to the fellow, other mentors and trainers, and those attempts read nothing', async () => {
    for (const [, pb] of readers) {
      const reply = await api(pb, 'GET', `/sessions/${session.id}/notes`);
      expect(reply.status).toBe(404);
      expect(leaks(reply.body)).toBe(false);
    }
  });

  it('never appear in the session, the workspace or the fellow summary routes for a fellow', async () => {
    const seen = await api(cast.fellowA.pb, 'GET', `/sessions/${session.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.session).not.toHaveProperty('hasNotes');
    expect(leaks(seen.body)).toBe(false);
    expect(leaks((await api(cast.fellowA.pb, 'GET', '/me')).body)).toBe(false);
  });

  it('cannot be reached with ?fields on the session', async () => {
    for (const [, pb] of readers) {
      const result = await attempt(
        pb.collection('mentoring_sessions').getOne(session.id, { fields: '*,session_notes_via_session.text' }),
      );
      expect(leaks(result.body)).toBe(false);
    }
  });

  it('cannot be reached with ?expand, on the session nor from any collection', async () => {
    for (const [, pb] of readers) {
      for (const request of [
        () => pb.collection('mentoring_sessions').getOne(session.id, { expand: 'session_notes_via_session' }),
        () => pb.collection('mentoring_sessions').getList(1, 50, { expand: 'session_notes_via_session' }),
        () => pb.collection('session_signatures').getList(1, 50, { expand: 'session.session_notes_via_session' }),
      ])
        expect(leaks((await attempt(request())).body)).toBe(false);
    }
  });

  it('cannot be probed with ?filter: a matching and a non-matching guess answer alike', async () => {
    const ask = (pb: PocketBase, filter: string) =>
      attempt(pb.collection('mentoring_sessions').getList(1, 50, { filter }));
    for (const [, pb] of readers) {
      for (const [hit, miss] of [
        [`session_notes_via_session.text ~ "${SECRET}"`, 'session_notes_via_session.text ~ "no-such-words"'],
        [`@collection.session_notes.text ~ "${SECRET}"`, '@collection.session_notes.text ~ "no-such-words"'],
      ]) {
        const [a, b] = [await ask(pb, hit), await ask(pb, miss)];
        expect(a).toEqual(b);
        expect(a.ok).toBe(false);
      }
    }
  });

  it('cannot be probed with ?sort', async () => {
    const result = await attempt(
      cast.fellowA.pb.collection('mentoring_sessions').getList(1, 50, { sort: 'session_notes_via_session.text' }),
    );
    expect(result.ok).toBe(false);
  });

  it('are neither listed nor viewable as records, even by their own mentor', async () => {
    for (const pb of [cast.mentor.pb, cast.fellowA.pb, cast.coordinator.pb]) {
      const list = await attempt(pb.collection('session_notes').getList(1, 50));
      expect(leaks(list.body)).toBe(false);
    }
  });

  it('send no realtime event to a fellow subscribed to them or to the session with an expand', async () => {
    const direct = await realtime(cast.fellowA.pb, ['session_notes/*']);
    const expanded = await realtime(cast.fellowA.pb, [
      `mentoring_sessions/${session.id}?options=${encodeURIComponent(JSON.stringify({ query: { expand: 'session_notes_via_session' } }))}`,
    ]);
    const plain = await realtime(cast.fellowA.pb, ['mentoring_sessions/*']);
    try {
      await api(cast.mentor.pb, 'PUT', `/sessions/${session.id}/notes`, { text: `${SECRET} updated` });
      // A change the fellow may see, so the plain subscription proves events do flow.
      await api(cast.mentor.pb, 'PATCH', `/sessions/${session.id}`, { summary: 'Edited summary', sign: true });
      await settle();
      for (const connection of [direct, expanded, plain])
        expect(connection.events.filter((e) => leaks(e.data))).toEqual([]);
      expect(direct.events).toEqual([]);
      expect([direct.status, expanded.status]).toEqual([403, 403]);
      expect(plain.events.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([direct.close(), expanded.close(), plain.close()]);
    }
  });
});
