import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { guest, superuser } from '../support/clients';
import { daysAgo, mentoringCast, type Cast } from '../support/mentoring';

type Actor = 'guest' | 'mentor of A' | 'other mentor' | 'fellow A' | 'fellow B' | 'coordinator' | 'trainer';
const ACTORS: Actor[] = ['guest', 'mentor of A', 'other mentor', 'fellow A', 'fellow B', 'coordinator', 'trainer'];
const OPERATIONS = ['list', 'view', 'create', 'update', 'delete'] as const;

const PAIR_AND_COORDINATOR: Actor[] = ['mentor of A', 'fellow A', 'coordinator'];
const RECIPIENT: Actor[] = ['fellow A'];
const NOBODY: Actor[] = [];

/**
 * Who may do what, through the records API, to the mentoring records of fellow A and their
 * mentor. Every write goes through /api/ertad/mentoring routes, so the records API writes nothing
 * but a notification's read flag. Confidential notes are closed to everyone.
 */
// prettier-ignore
const MATRIX = {
  //                     list                  view                  create  update     delete
  mentorships:          [PAIR_AND_COORDINATOR, PAIR_AND_COORDINATOR, NOBODY, NOBODY,    NOBODY],
  mentoring_sessions:   [PAIR_AND_COORDINATOR, PAIR_AND_COORDINATOR, NOBODY, NOBODY,    NOBODY],
  session_signatures:   [PAIR_AND_COORDINATOR, PAIR_AND_COORDINATOR, NOBODY, NOBODY,    NOBODY],
  session_amendments:   [PAIR_AND_COORDINATOR, PAIR_AND_COORDINATOR, NOBODY, NOBODY,    NOBODY],
  session_action_ticks: [PAIR_AND_COORDINATOR, PAIR_AND_COORDINATOR, NOBODY, NOBODY,    NOBODY],
  session_notes:        [NOBODY,               NOBODY,               NOBODY, NOBODY,    NOBODY],
  notifications:        [RECIPIENT,            RECIPIENT,            NOBODY, RECIPIENT, NOBODY],
} satisfies Record<string, Actor[][]>;
type Collection = keyof typeof MATRIX;

let cast: Cast;
let as: Record<Actor, PocketBase>;
/** Fresh record bodies per collection (with an explicit id, so a refused create can be looked for). */
let bodies: Record<Collection, () => Record<string, unknown>>;
const changes: Record<Collection, Record<string, unknown>> = {
  mentorships: { status: 'ended' },
  mentoring_sessions: { minutes: 200 },
  session_signatures: { comment: 'changed' },
  session_amendments: { reason: 'changed' },
  session_action_ticks: { done: false },
  session_notes: { text: 'changed' },
  notifications: { read: true },
};
const targets = {} as Record<Collection, RecordModel>;
const admin = () => superuser();

let ids = 0;
const newId = () =>
  `mx${String(process.pid).slice(-4)}${String(Date.now()).slice(-6)}${String(++ids).padStart(3, '0')}`
    .slice(0, 15)
    .padEnd(15, '0');

beforeAll(async () => {
  cast = await mentoringCast();
  as = {
    guest: guest(),
    'mentor of A': cast.mentor.pb,
    'other mentor': cast.otherMentor.pb,
    'fellow A': cast.fellowA.pb,
    'fellow B': cast.fellowB.pb,
    coordinator: cast.coordinator.pb,
    trainer: cast.trainer.pb,
  };
  const mentor = cast.mentor.record.id;
  const fellow = cast.fellowA.record.id;
  // Awaiting signatures (not locked), so refusals here come from the rules, not the lock.
  const session = await admin()
    .collection('mentoring_sessions')
    .create({
      mentor,
      fellows: [fellow],
      date: daysAgo(1),
      minutes: 60,
      mode: 'online',
      kind: 'individual_supervision',
      topics: ['ethics'],
      functions: ['support'],
      summary: 'Shared summary',
      actions: [{ id: 'a1', text: 'Read', owner: fellow, due: '' }],
      state: 'awaiting_fellows',
      round: 1,
      mentorSignedAt: new Date().toISOString(),
    });
  bodies = {
    mentorships: () => ({
      id: newId(),
      mentor,
      fellow,
      cohort: cast.cohort.id,
      status: 'ended',
      startedAt: new Date().toISOString(),
    }),
    mentoring_sessions: () => ({
      id: newId(),
      mentor,
      fellows: [fellow],
      date: daysAgo(1),
      minutes: 60,
      mode: 'online',
      kind: 'mentoring',
      topics: ['ethics'],
      state: 'awaiting_fellows',
      round: 1,
    }),
    session_signatures: () => ({
      id: newId(),
      session: session.id,
      fellow,
      round: Math.floor(Math.random() * 1e6) + 2,
      decision: 'signed',
      signedAt: new Date().toISOString(),
    }),
    session_amendments: () => ({
      id: newId(),
      session: session.id,
      author: mentor,
      changes: { minutes: { from: 60, to: 90 } },
      reason: 'typo',
    }),
    session_action_ticks: () => ({ id: newId(), session: session.id, action: newId(), done: true, by: fellow }),
    session_notes: () => ({ id: newId(), session: session.id, mentor, text: 'CONFIDENTIAL' }),
    notifications: () => ({
      id: newId(),
      user: fellow,
      kind: 'session_awaiting_signature',
      session: session.id,
      data: { actorName: 'M', date: daysAgo(1) },
    }),
  };
  for (const collection of Object.keys(MATRIX) as Collection[]) targets[collection] = await make(collection);
});

async function make(collection: Collection) {
  // Notes are unique per session: every notes record after the first needs a session of its own.
  if (collection === 'session_notes' && targets.session_notes) {
    const session = await admin().collection('mentoring_sessions').create(bodies.mentoring_sessions());
    return admin()
      .collection(collection)
      .create({ ...bodies.session_notes(), session: session.id });
  }
  return admin().collection(collection).create(bodies[collection]());
}

function stored(collection: Collection, id: string) {
  return admin()
    .collection(collection)
    .getOne(id)
    .catch(() => null);
}

const pick = (record: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, record[k]]));

/** A refusal: 400 or 404 when a rule's filter fails, 403 when the rule is null, 401 for guests. */
async function expectRefused(request: Promise<unknown>) {
  const error = await request.then(
    () => null,
    (e) => e,
  );
  expect([400, 401, 403, 404]).toContain(error?.status);
}

const CELLS: Record<
  (typeof OPERATIONS)[number],
  (pb: PocketBase, collection: Collection, allowed: boolean) => Promise<void>
> = {
  async list(pb, collection, allowed) {
    const target = targets[collection];
    const page = await pb
      .collection(collection)
      .getList(1, 10, { filter: `id = "${target.id}"` })
      .catch((e) => e);
    if (allowed) expect(page.items.map((r: RecordModel) => r.id)).toEqual([target.id]);
    else if (page.items) expect(page.items).toEqual([]);
    else expect([400, 403]).toContain(page.status);
  },
  async view(pb, collection, allowed) {
    const target = targets[collection];
    if (allowed) expect((await pb.collection(collection).getOne(target.id)).id).toBe(target.id);
    else await expectRefused(pb.collection(collection).getOne(target.id));
  },
  async create(pb, collection, allowed) {
    const body = bodies[collection]();
    if (collection === 'session_notes')
      body.session = (await admin().collection('mentoring_sessions').create(bodies.mentoring_sessions())).id;
    if (allowed) await pb.collection(collection).create(body);
    else await expectRefused(pb.collection(collection).create(body));
    expect(await stored(collection, body.id as string)).toEqual(
      allowed ? expect.objectContaining({ id: body.id }) : null,
    );
  },
  async update(pb, collection, allowed) {
    const change = changes[collection];
    const target = await make(collection);
    if (allowed) expect(await pb.collection(collection).update(target.id, change)).toMatchObject(change);
    else await expectRefused(pb.collection(collection).update(target.id, change));
    const after = await stored(collection, target.id);
    expect(pick(after!, Object.keys(change))).toEqual(allowed ? change : pick(target, Object.keys(change)));
  },
  async delete(pb, collection, allowed) {
    const target = await make(collection);
    if (allowed) await pb.collection(collection).delete(target.id);
    else await expectRefused(pb.collection(collection).delete(target.id));
    expect(await stored(collection, target.id)).toEqual(allowed ? null : expect.objectContaining({ id: target.id }));
  },
};

describe('authorization of the mentoring collections', () => {
  for (const [collection, row] of Object.entries(MATRIX) as [Collection, Actor[][]][]) {
    describe(collection, () => {
      OPERATIONS.forEach((operation, index) => {
        for (const actor of ACTORS) {
          const allowed = row[index].includes(actor);
          it(`${allowed ? 'lets' : 'does not let'} ${actor} ${operation} ${collection}`, () =>
            CELLS[operation](as[actor], collection, allowed));
        }
      });
    });
  }

  it('lets a notification recipient change only the read flag', async () => {
    const notification = await make('notifications');
    for (const change of [{ user: cast.fellowB.record.id }, { kind: 'action_due' }, { data: { actorName: 'forged' } }])
      await expectRefused(
        cast.fellowA.pb.collection('notifications').update(notification.id, { ...change, read: true }),
      );
    expect(await stored('notifications', notification.id)).toMatchObject({ user: cast.fellowA.record.id, read: false });
  });

  it("hides a mentor's draft from its fellow until the mentor signs it", async () => {
    const draft = await admin()
      .collection('mentoring_sessions')
      .create({ ...bodies.mentoring_sessions(), state: 'draft' });
    await expect(cast.fellowA.pb.collection('mentoring_sessions').getOne(draft.id)).rejects.toMatchObject({
      status: 404,
    });
    expect((await cast.mentor.pb.collection('mentoring_sessions').getOne(draft.id)).id).toBe(draft.id);
  });
});
