import { beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  daysAgo,
  loggedSession,
  mentoringCast,
  sessionBody,
  signedSession,
  type Cast,
} from '../support/mentoring';

let cast: Cast;
beforeAll(async () => {
  cast = await mentoringCast();
});

describe('logging a session', () => {
  it('creates a draft, and the same clientKey sent again never makes a second session', async () => {
    const body = sessionBody([cast.fellowA.record.id]);
    const first = await api(cast.mentor.pb, 'POST', '/sessions', body);
    expect(first.status).toBe(201);
    expect(first.body.session).toMatchObject({ state: 'draft', minutes: 60, round: 1 });
    const again = await api(cast.mentor.pb, 'POST', '/sessions', body);
    expect(again.status).toBe(200);
    expect(again.body.session.id).toBe(first.body.session.id);
    const mine = await cast.mentor.pb
      .collection('mentoring_sessions')
      .getFullList({ filter: `clientKey = "${body.clientKey}"` });
    expect(mine).toHaveLength(1);
  });

  it('makes one session when the same outbox request arrives several times at once', async () => {
    const body = sessionBody([cast.fellowA.record.id], { sign: true });
    const replies = await Promise.all(Array.from({ length: 5 }, () => api(cast.mentor.pb, 'POST', '/sessions', body)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.session.id)).size).toBe(1);
    const stored = await cast.mentor.pb
      .collection('mentoring_sessions')
      .getFullList({ filter: `clientKey = "${body.clientKey}"` });
    expect(stored).toHaveLength(1);
    const asked = await cast.fellowA.pb
      .collection('notifications')
      .getFullList({ filter: `session = "${stored[0].id}" && kind = "session_awaiting_signature"` });
    expect(asked).toHaveLength(1);
  });

  it('answers translated-code errors for every broken rule', async () => {
    const reply = await api(
      cast.mentor.pb,
      'POST',
      '/sessions',
      sessionBody([cast.fellowC.record.id], { minutes: 3, topics: [], date: daysAgo(-2) }),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('invalid_session');
    expect(reply.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(
      ['date_in_future', 'fellow_not_mentee', 'minutes_out_of_range', 'topics_required'].sort(),
    );
  });
});

describe('signing', () => {
  it('locks a session once the mentor and every fellow have signed', async () => {
    const session = await signedSession(cast, [cast.fellowA, cast.fellowB]);
    expect(session.state).toBe('signed');
    expect(session.fellows.map((f: { signature: { decision: string } }) => f.signature.decision)).toEqual([
      'signed',
      'signed',
    ]);
  });

  it('marks a session disputed when a fellow disagrees, with the comment', async () => {
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id]);
    const noComment = await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, {
      decision: 'disagreed',
    });
    expect(noComment.body.errors[0].code).toBe('comment_required');
    const reply = await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, {
      decision: 'disagreed',
      comment: 'We met for 30 minutes, not 60.',
    });
    expect(reply.body.session.state).toBe('disputed');
  });
});
