import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { superuser } from '../support/clients';
import { api, daysAgo, loggedSession, mentoringCast, signedSession, type Cast } from '../support/mentoring';
import { realtime, settle } from '../support/realtime';
import { smtpSink } from '../support/smtp-sink';

let cast: Cast;
let sink: Awaited<ReturnType<typeof smtpSink>>;
beforeAll(async () => {
  cast = await mentoringCast();
  await superuser().collection('users').update(cast.fellowA.record.id, { preferred_language: 'ka' });
  await superuser().collection('users').update(cast.fellowB.record.id, { preferred_language: 'hy' });
  await superuser().collection('users').update(cast.mentor.record.id, { preferred_language: 'en' });
  sink = await smtpSink();
});
afterAll(() => sink?.stop());

const unread = async (pb: Cast['fellowA']['pb']) =>
  (await pb.collection('notifications').getList(1, 50, { filter: 'read = false', sort: '-created' })).items;

/** Waits (briefly) until the sink has a message for `address`. */
async function mailFor(address: string, count = 1) {
  for (let i = 0; i < 40 && sink.to(address).length < count; i++) await settle(100);
  return sink.to(address);
}

describe('notifications', () => {
  it('ask each fellow to sign, in the app and by email in their own language', async () => {
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id, cast.fellowB.record.id]);
    const [a] = await unread(cast.fellowA.pb);
    expect(a).toMatchObject({ kind: 'session_awaiting_signature', session: session.id, actor: cast.mentor.record.id });
    const [toA] = await mailFor(cast.fellowA.email);
    const [toB] = await mailFor(cast.fellowB.email);
    expect(toA.subject).toContain('გთხოვთ, დაადასტუროთ');
    expect(toA.text).toContain(`http://ertad.test/ka/dashboard/`);
    expect(toB.subject).toContain('Խնդրում ենք հաստատել');
  });

  it('tell the mentor when a fellow signs or disagrees', async () => {
    const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id, cast.fellowB.record.id]);
    await api(cast.fellowA.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
    await api(cast.fellowB.pb, 'POST', `/sessions/${session.id}/signature`, {
      decision: 'disagreed',
      comment: 'Too short',
    });
    const kinds = (await unread(cast.mentor.pb)).filter((n) => n.session === session.id).map((n) => n.kind);
    expect(kinds.sort()).toEqual(['fellow_disagreed', 'fellow_signed']);
    const mails = await mailFor(cast.mentor.email, 2);
    expect(mails.map((m) => m.subject).join(' | ')).toContain('disagrees');
  });

  it('reach the recipient over realtime, and nobody else', async () => {
    const mine = await realtime(cast.fellowA.pb, ['notifications/*']);
    const theirs = await realtime(cast.fellowC.pb, ['notifications/*']);
    try {
      const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id]);
      await settle();
      expect(mine.events.map((e) => [e.data.action, e.data.record.session])).toContainEqual(['create', session.id]);
      expect(theirs.events).toEqual([]);
    } finally {
      await Promise.all([mine.close(), theirs.close()]);
    }
  });

  it('are marked read one by one or all at once', async () => {
    await loggedSession(cast.mentor.pb, [cast.fellowA.record.id]);
    const [first] = await unread(cast.fellowA.pb);
    await cast.fellowA.pb.collection('notifications').update(first.id, { read: true });
    const reply = await api(cast.fellowA.pb, 'POST', '/notifications/read-all', {});
    expect(reply.body.updated).toBeGreaterThan(0);
    expect(await unread(cast.fellowA.pb)).toEqual([]);
  });

  it('remind the owner of an action once it is due, once only', async () => {
    const session = await signedSession(cast, [cast.fellowA], {
      actions: [
        { text: 'Call the family doctor', owner: cast.fellowA.record.id, due: daysAgo(0) },
        { text: 'Later', owner: cast.fellowA.record.id, due: '' },
      ],
    });
    const admin = superuser();
    const run = () => api(admin, 'POST', '/notifications/due-actions', {});
    expect((await run()).body.created).toBeGreaterThanOrEqual(1);
    const due = (await unread(cast.fellowA.pb)).filter((n) => n.kind === 'action_due' && n.session === session.id);
    expect(due.map((n) => n.data.actionText)).toEqual(['Call the family doctor']);
    await run();
    const again = (await unread(cast.fellowA.pb)).filter((n) => n.kind === 'action_due' && n.session === session.id);
    expect(again).toHaveLength(1);
    expect((await api(cast.fellowA.pb, 'POST', '/notifications/due-actions', {})).status).toBe(403);
  });

  it('never fail or undo a request when the mail server is down', async () => {
    await sink.stop();
    // SMTP stays enabled, pointing at the closed sink.
    await superuser().settings.update({ smtp: { enabled: true } });
    try {
      const session = await loggedSession(cast.mentor.pb, [cast.fellowA.record.id]);
      expect(session.state).toBe('awaiting_fellows');
      const [latest] = await unread(cast.fellowA.pb);
      expect(latest).toMatchObject({ kind: 'session_awaiting_signature', session: session.id });
    } finally {
      await superuser().settings.update({ smtp: { enabled: false } });
    }
  });
});
