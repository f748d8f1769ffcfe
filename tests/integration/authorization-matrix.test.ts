import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleQuiz } from '../fixtures/build-server';
import { guest, signedInAs, superuser } from '../support/clients';
import { syncedCourse, uniquePrefix } from '../support/learning';
import { PUBLIC_RULES } from '../support/public-access';

type Actor = 'anonymous' | 'fellow A' | 'fellow B' | 'trainer' | 'coordinator';
const ACTORS: Actor[] = ['anonymous', 'fellow A', 'fellow B', 'trainer', 'coordinator'];
const OPERATIONS = ['list', 'view', 'create', 'update', 'delete'] as const;

const EVERYONE = ACTORS;
const SIGNED_IN: Actor[] = ['fellow A', 'fellow B', 'trainer', 'coordinator'];
const OWNER_AND_COORDINATOR: Actor[] = ['fellow A', 'coordinator'];
const OWNER: Actor[] = ['fellow A'];
const COORDINATOR: Actor[] = ['coordinator'];
const NOBODY: Actor[] = [];

/**
 * Who may do what to a record of fellow A (or, in collections without owners, to any record).
 * Superusers (the sync, the hooks) are not in the table: rules do not bind them.
 */
// prettier-ignore
const MATRIX = {
  //                list                   view                   create                 update                 delete
  organizations:   [SIGNED_IN,             SIGNED_IN,             COORDINATOR,           COORDINATOR,           COORDINATOR],
  programs:        [EVERYONE,              EVERYONE,              NOBODY,                NOBODY,                NOBODY],
  courses:         [EVERYONE,              EVERYONE,              NOBODY,                NOBODY,                NOBODY],
  quizzes:         [EVERYONE,              EVERYONE,              NOBODY,                NOBODY,                NOBODY],
  cohorts:         [COORDINATOR,           COORDINATOR,           COORDINATOR,           COORDINATOR,           COORDINATOR],
  enrolments:      [OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, NOBODY],
  module_progress: [OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, NOBODY,                NOBODY,                NOBODY],
  quiz_attempts:   [OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, NOBODY,                NOBODY,                NOBODY],
  reflections:     [OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, OWNER,                 OWNER,                 OWNER],
  audit_log:       [COORDINATOR,           COORDINATOR,           NOBODY,                NOBODY,                NOBODY],
  certificates:    [OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, NOBODY,                NOBODY,                NOBODY],
} satisfies Record<string, Actor[][]>;
type Collection = keyof typeof MATRIX;

/** How to make records of a collection for the table's cells. */
type Spec = {
  /** A valid new record, fellow A's where records have owners; fresh on every call. */
  body(): Promise<Record<string, unknown>>;
  /** A field whose value tells records made by body() apart. */
  key: string;
  /** What an update cell sends. */
  change: Record<string, unknown>;
};

let as: Record<Actor, PocketBase>;
let statusIndexes = 0;
let specs: Record<Collection, Spec>;
/** One record per collection, made by a superuser, for the list and view cells. */
const targets = {} as Record<Collection, RecordModel>;
const admin = () => superuser();

beforeAll(async () => {
  const [a, b, trainer, coordinator] = await Promise.all(
    (['fellow', 'fellow', 'trainer', 'coordinator'] as const).map((role) => signedInAs(role)),
  );
  as = { anonymous: guest(), 'fellow A': a.pb, 'fellow B': b.pb, trainer: trainer.pb, coordinator: coordinator.pb };
  const { program, course, quiz } = await syncedCourse('matrix');
  const unique = (label: string) => uniquePrefix(label);
  const title = { ka: 'სათაური', en: 'Title' };
  const newCourse = async () =>
    (
      await admin()
        .collection('courses')
        .create({ slug: unique('course'), title, passMark: 70, version: 'v1', modules: [] })
    ).id;
  const user = a.record.id;
  specs = {
    organizations: {
      body: async () => ({ name: unique('org'), kind: 'cso', municipality: 'Marneuli', region: 'Kvemo Kartli' }),
      key: 'name',
      change: { region: 'Samtskhe-Javakheti' },
    },
    programs: { body: async () => ({ slug: unique('program'), title }), key: 'slug', change: { supervisionHours: 99 } },
    courses: {
      body: async () => ({ slug: unique('course'), title, passMark: 70, version: 'v1', modules: [] }),
      key: 'slug',
      change: { passMark: 55 },
    },
    quizzes: {
      body: async () => {
        const slug = unique('quiz');
        return { slug, course: course.id, version: 'v1', definition: sampleQuiz(slug) };
      },
      key: 'slug',
      change: { version: 'tampered' },
    },
    cohorts: {
      body: async () => ({ program: program.id, name: unique('cohort') }),
      key: 'name',
      change: { name: 'Renamed' },
    },
    enrolments: {
      body: async () => ({ user, course: await newCourse(), status: 'active' }),
      key: 'course',
      change: { status: 'withdrawn' },
    },
    module_progress: {
      body: async () => ({ user, course: course.id, module: unique('module'), status: 'visited' }),
      key: 'module',
      change: { status: 'completed' },
    },
    quiz_attempts: {
      body: async () => ({
        user,
        quiz: quiz.id,
        quiz_version: quiz.version,
        answers: {},
        score: 0,
        passed: false,
        attempt_number: 1,
        idempotency_key: unique('key'),
        result: {},
      }),
      key: 'idempotency_key',
      change: { score: 100, passed: true },
    },
    reflections: {
      body: async () => ({
        user,
        course: course.id,
        module: 'what-gesi-means',
        prompt_id: unique('prompt'),
        text: 'ჩემი ფიქრები',
      }),
      key: 'prompt_id',
      change: { text: 'Edited' },
    },
    audit_log: {
      body: async () => ({ action: unique('action'), collection: 'matrix' }),
      key: 'action',
      change: { action: 'tampered' },
    },
    certificates: {
      body: async () => ({
        holder: user,
        holderName: 'ნინო ბერიძე',
        kind: 'course',
        course: course.id,
        achievementTitle: title,
        lang: 'ka',
        issuerName: 'Ertad',
        issuedAt: '2026-06-01 10:00:00.000Z',
        status: 'issued',
        code: unique('code'),
        // A new bit on every call: the column has a unique index.
        statusIndex: 131071 - (statusIndexes += 1),
      }),
      key: 'code',
      change: { status: 'revoked' },
    },
  };
  for (const collection of Object.keys(MATRIX) as Collection[]) targets[collection] = await make(collection);
});

async function make(collection: Collection) {
  return admin()
    .collection(collection)
    .create(await specs[collection].body());
}

/** The record as it is stored now, or null when it is gone. */
function stored(collection: Collection, id: string) {
  return admin()
    .collection(collection)
    .getOne(id)
    .catch(() => null);
}

const pick = (record: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]]));

/** Expects a refusal: PocketBase answers 400 or 404 when a rule's filter fails and 403 when the rule is null. */
async function expectRefused(request: Promise<unknown>) {
  const error = await request.then(
    () => null,
    (e) => e,
  );
  expect([400, 403, 404]).toContain(error?.status);
}

const CELLS: Record<
  (typeof OPERATIONS)[number],
  (pb: PocketBase, collection: Collection, allowed: boolean) => Promise<void>
> = {
  async list(pb, collection, allowed) {
    const target = targets[collection];
    const page = await pb.collection(collection).getList(1, 10, { filter: `id = "${target.id}"` });
    expect(page.items.map((r) => r.id)).toEqual(allowed ? [target.id] : []);
  },
  async view(pb, collection, allowed) {
    const target = targets[collection];
    if (allowed) expect((await pb.collection(collection).getOne(target.id)).id).toBe(target.id);
    else await expect(pb.collection(collection).getOne(target.id)).rejects.toMatchObject({ status: 404 });
  },
  async create(pb, collection, allowed) {
    const { key } = specs[collection];
    const body = await specs[collection].body();
    if (allowed) expect(await pb.collection(collection).create(body)).toMatchObject(pick(body, [key, 'user']));
    else await expectRefused(pb.collection(collection).create(body));
    const found = await admin()
      .collection(collection)
      .getList(1, 1, { filter: admin().filter(`${key} = {:value}`, { value: body[key] }) });
    expect(found.totalItems).toBe(allowed ? 1 : 0);
  },
  async update(pb, collection, allowed) {
    const { change } = specs[collection];
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

describe('authorization matrix', () => {
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

  it('lets guests do exactly what the public allow-list opens', () => {
    const guestCells = Object.entries(MATRIX).flatMap(([collection, row]) =>
      OPERATIONS.filter((_, index) => row[index].includes('anonymous')).map(
        (operation) => `${collection}.${operation}`,
      ),
    );
    expect(guestCells.sort()).toEqual(PUBLIC_RULES.filter((rule) => rule.split('.')[0] in MATRIX).sort());
  });
});

describe('quiz definitions never reach a client', () => {
  const SECRET = 'GESI joins equality and inclusion';
  const readers = ['anonymous', 'fellow A'] as const;

  it.each(readers)(
    'are left out of a quiz that %s views or lists, even asked for with ?fields=definition',
    async (actor) => {
      const pb = as[actor];
      const quiz = targets.quizzes;
      const viewed = await pb.collection('quizzes').getOne(quiz.id);
      expect(viewed.public.questions).toHaveLength(4);
      expect(viewed).not.toHaveProperty('definition');
      expect(await pb.collection('quizzes').getOne(quiz.id, { fields: 'definition' })).toEqual({});
      const listed = await pb
        .collection('quizzes')
        .getList(1, 10, { filter: `id = "${quiz.id}"`, fields: 'id,definition' });
      expect(listed.items).toEqual([{ id: quiz.id }]);
    },
  );

  it('are left out of an attempt expanded with its quiz', async () => {
    const attempt = await as['fellow A']
      .collection('quiz_attempts')
      .getOne(targets.quiz_attempts.id, { expand: 'quiz' });
    expect(attempt.expand?.quiz.public).toBeDefined();
    expect(JSON.stringify(attempt)).not.toContain(SECRET);
  });

  it('are left out of a course expanded with its quizzes', async () => {
    const course = await guest().collection('courses').getOne(targets.quizzes.course, { expand: 'quizzes_via_course' });
    expect(course.expand?.quizzes_via_course.length).toBeGreaterThan(0);
    expect(JSON.stringify(course)).not.toContain(SECRET);
  });

  /** What a list request answers: its status and the ids it returned. */
  function outcome(request: Promise<{ items: RecordModel[] }>) {
    return request.then(
      (page) => ({ status: 200, ids: page.items.map((r) => r.id) }),
      (error) => ({ status: error.status, ids: [] }),
    );
  }

  it.each(readers)('cannot be probed by %s with a filter: a right and a wrong guess answer alike', async (actor) => {
    const quizzes = as[actor].collection('quizzes');
    const guess = (text: string) =>
      outcome(quizzes.getList(1, 10, { filter: `id = "${targets.quizzes.id}" && definition ~ "${text}"` }));
    expect(await guess(SECRET)).toEqual(await guess('a text no quiz contains'));
  });

  it('cannot be probed through the quiz of an attempt', async () => {
    const attempts = as['fellow A'].collection('quiz_attempts');
    const guess = (text: string) => outcome(attempts.getList(1, 10, { filter: `quiz.definition ~ "${text}"` }));
    expect(await guess(SECRET)).toEqual(await guess('a text no quiz contains'));
  });

  it('cannot be probed by sorting on them', async () => {
    const second = await make('quizzes');
    const filter = `id = "${targets.quizzes.id}" || id = "${second.id}"`;
    const sorted = (sort: string) => outcome(guest().collection('quizzes').getList(1, 10, { filter, sort }));
    expect(await sorted('definition')).toEqual(await sorted('-definition'));
  });
});
