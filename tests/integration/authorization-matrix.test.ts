import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleQuiz } from '../fixtures/build-server';
import {
  ACTORS,
  COORDINATOR,
  EVERYONE,
  NOBODY,
  OWNER,
  OWNER_AND_COORDINATOR,
  SIGNED_IN,
  standardActors,
  type StandardActor,
} from '../support/actors';
import {
  describeRuleTable,
  OPERATIONS,
  type RecordSpec,
  type RuleTable,
  type TableWorld,
} from '../support/authorization-table';
import { guest, superuser } from '../support/clients';
import { syncedCourse, uniquePrefix } from '../support/learning';
import { PUBLIC_RULES } from '../support/public-access';

/**
 * Who may do what to a record of fellow A (or, in collections without owners, to any record).
 * Superusers (the sync, the hooks) are not in the table: rules do not bind them. The `users`
 * row is in authorization-users.test.ts (its own server: sign-ups spend a rate limit).
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
} satisfies RuleTable<StandardActor>;
type Collection = keyof typeof MATRIX;

let world: TableWorld<StandardActor>;
let specs: Record<Collection, RecordSpec>;
let statusIndexes = 0;
/** A quiz with keys, for the checks that its definition never reaches a client. */
let quizTarget: RecordModel;
const admin = () => superuser();

beforeAll(async () => {
  world = { admin, actors: await standardActors() };
  const { program, course, quiz } = await syncedCourse('matrix');
  const unique = (label: string) => uniquePrefix(label);
  const title = { ka: 'სათაური', en: 'Title' };
  const newCourse = async () =>
    (
      await admin()
        .collection('courses')
        .create({ slug: unique('course'), title, version: 'v1', modules: [] })
    ).id;
  const user = world.actors['fellow A'].id;
  specs = {
    organizations: {
      body: async () => ({ name: unique('org'), kind: 'cso', municipality: 'Marneuli', region: 'Kvemo Kartli' }),
      key: 'name',
      change: { region: 'Samtskhe-Javakheti' },
    },
    programs: { body: async () => ({ slug: unique('program'), title }), key: 'slug', change: { supervisionHours: 99 } },
    courses: {
      body: async () => ({ slug: unique('course'), title, version: 'v1', modules: [] }),
      key: 'slug',
      change: { version: 'tampered' },
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
  quizTarget = await make('quizzes');
});

async function make(collection: Collection) {
  return admin()
    .collection(collection)
    .create(await specs[collection].body());
}

describe('authorization matrix', () => {
  describeRuleTable({ actors: ACTORS, table: MATRIX, specs: () => specs, world: () => world });

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
  const as = (actor: StandardActor) => world.actors[actor].pb;

  it.each(readers)(
    'are left out of a quiz that %s views or lists, even asked for with ?fields=definition',
    async (actor) => {
      const pb = as(actor);
      const quiz = quizTarget;
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
    const attempt = await as('fellow A')
      .collection('quiz_attempts')
      .getOne((await make('quiz_attempts')).id, { expand: 'quiz' });
    expect(attempt.expand?.quiz.public).toBeDefined();
    expect(JSON.stringify(attempt)).not.toContain(SECRET);
  });

  it('are left out of a course expanded with its quizzes', async () => {
    const course = await guest().collection('courses').getOne(quizTarget.course, { expand: 'quizzes_via_course' });
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
    const quizzes = as(actor).collection('quizzes');
    const guess = (text: string) =>
      outcome(quizzes.getList(1, 10, { filter: `id = "${quizTarget.id}" && definition ~ "${text}"` }));
    expect(await guess(SECRET)).toEqual(await guess('a text no quiz contains'));
  });

  it('cannot be probed through the quiz of an attempt', async () => {
    const attempts = as('fellow A').collection('quiz_attempts');
    const guess = (text: string) => outcome(attempts.getList(1, 10, { filter: `quiz.definition ~ "${text}"` }));
    expect(await guess(SECRET)).toEqual(await guess('a text no quiz contains'));
  });

  it('cannot be probed by sorting on them', async () => {
    const second = await make('quizzes');
    const filter = `id = "${quizTarget.id}" || id = "${second.id}"`;
    const sorted = (sort: string) => outcome(guest().collection('quizzes').getList(1, 10, { filter, sort }));
    expect(await sorted('definition')).toEqual(await sorted('-definition'));
  });
});
