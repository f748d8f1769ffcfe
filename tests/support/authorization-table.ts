import type PocketBase from 'pocketbase';
import type { CollectionModel, RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Table tests of PocketBase API rules: an actor × operation table per collection, and clause
 * rows that send one change per rule clause. Both check the stored state after every request,
 * and a refusal must come from the rule: 403 for a superusers-only (null) rule, 404 for a view,
 * update or delete the rule filters out, 400 with no field errors for a create the rule refuses
 * (PocketBase's answer); a 400 naming fields is a validation error, the wrong reason.
 */

export const OPERATIONS = ['list', 'view', 'create', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** A client acting in a table, and the id of its account (null for a guest). */
export type Actor = { pb: PocketBase; id: string | null };

/** How a table makes records of one collection. */
export type RecordSpec = {
  /** A valid new record, the first owner's where records have owners; fresh on every call. */
  body(): Promise<Record<string, unknown>>;
  /** A field whose value tells records made by body() apart. */
  key: string;
  /** What an update cell sends. */
  change: Record<string, unknown>;
  /**
   * The record the cells act on, made by a superuser; defaults to a new record from body().
   * Auth collections return the owner's own account here.
   */
  target?: () => Promise<RecordModel>;
};

/** What the cells need; known once the test file's beforeAll has run, hence passed as a getter. */
export type TableWorld<A extends string> = {
  /** A superuser client of the server the actors use. */
  admin: () => PocketBase;
  actors: Record<A, Actor>;
};

/** One row per collection: who may [list, view, create, update, delete] its target record. */
export type RuleTable<A extends string> = Record<
  string,
  readonly [readonly A[], readonly A[], readonly A[], readonly A[], readonly A[]]
>;

/** The record as a superuser reads it now, or null when it is gone; any other error is thrown. */
export async function storedOrNull(admin: PocketBase, collection: string, id: string) {
  try {
    return await admin.collection(collection).getOne(id);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

const schemas = new Map<string, Promise<CollectionModel>>();
function schemaOf(admin: PocketBase, collection: string) {
  const key = `${admin.baseURL} ${collection}`;
  if (!schemas.has(key)) schemas.set(key, admin.collections.getOne(collection));
  return schemas.get(key)!;
}

/**
 * The body a non-superuser actor may see of a record: every field a superuser sees except hidden
 * ones and, in auth collections, the email of someone else who keeps it private.
 */
export async function visibleBody(admin: PocketBase, collection: string, id: string, actorId: string | null) {
  const schema = await schemaOf(admin, collection);
  const stored = await admin.collection(collection).getOne(id);
  const hidden = new Set(schema.fields.filter((field) => field.hidden).map((field) => field.name));
  if (schema.type === 'auth' && stored.id !== actorId && !stored.emailVisibility) hidden.add('email');
  return Object.fromEntries(Object.entries(stored).filter(([name]) => !hidden.has(name)));
}

/** Expects `request` to be refused by the collection's rule for `operation`, for that reason only. */
export async function expectRefusedByRule(
  admin: PocketBase,
  collection: string,
  operation: Exclude<Operation, 'list'>,
  request: Promise<unknown>,
) {
  // Settled before anything is awaited, so a refusal is never an unhandled rejection.
  const settled = request.then(
    () => null,
    (e: { status?: number; response?: { data?: unknown } }) => e,
  );
  const rule = (await schemaOf(admin, collection))[`${operation}Rule`];
  const error = await settled;
  expect(error, `${operation} on ${collection} was allowed`).not.toBeNull();
  const answer = { status: error!.status, data: error!.response?.data };
  if (rule === null) expect(answer.status).toBe(403);
  else if (operation === 'create') expect(answer).toEqual({ status: 400, data: {} });
  else expect(answer.status).toBe(404);
}

async function makeTarget(admin: PocketBase, collection: string, spec: RecordSpec) {
  return spec.target ? spec.target() : admin.collection(collection).create(await spec.body());
}

/** The cell of one operation: does `actor` get to do it to the target, and is the stored state right? */
const CELLS: Record<
  Operation,
  (
    world: TableWorld<string>,
    actor: Actor,
    collection: string,
    spec: RecordSpec,
    target: RecordModel,
    allowed: boolean,
  ) => Promise<void>
> = {
  async list({ admin }, actor, collection, _spec, target, allowed) {
    const rule = (await schemaOf(admin(), collection)).listRule;
    const request = actor.pb.collection(collection).getList(1, 10, { filter: `id = "${target.id}"` });
    if (rule === null && !allowed) return void (await expect(request).rejects.toMatchObject({ status: 403 }));
    const page = await request;
    expect(page.items).toEqual(allowed ? [await visibleBody(admin(), collection, target.id, actor.id)] : []);
  },
  async view({ admin }, actor, collection, _spec, target, allowed) {
    const request = actor.pb.collection(collection).getOne(target.id);
    if (allowed) expect(await request).toEqual(await visibleBody(admin(), collection, target.id, actor.id));
    else await expectRefusedByRule(admin(), collection, 'view', request);
  },
  async create({ admin }, actor, collection, spec, _target, allowed) {
    const body = await spec.body();
    const request = actor.pb.collection(collection).create(body);
    if (allowed) {
      const created = await request;
      const stored = await admin().collection(collection).getOne(created.id);
      for (const field of [spec.key, 'user']) if (field in body) expect(stored[field]).toEqual(body[field]);
    } else await expectRefusedByRule(admin(), collection, 'create', request);
    const found = await admin()
      .collection(collection)
      .getList(1, 1, { filter: admin().filter(`${spec.key} = {:value}`, { value: body[spec.key] }) });
    expect(found.totalItems).toBe(allowed ? 1 : 0);
  },
  async update({ admin }, actor, collection, spec, _target, allowed) {
    await expectUpdate(admin(), actor, collection, await makeTarget(admin(), collection, spec), spec.change, allowed);
  },
  async delete({ admin }, actor, collection, spec, _target, allowed) {
    const target = await makeTarget(admin(), collection, spec);
    const request = actor.pb.collection(collection).delete(target.id);
    if (allowed) await request;
    else await expectRefusedByRule(admin(), collection, 'delete', request);
    expect(await storedOrNull(admin(), collection, target.id)).toEqual(allowed ? null : target);
  },
};

/** Sends `change` to `target` as `actor`; the stored record has the change if allowed, else is untouched. */
export async function expectUpdate(
  admin: PocketBase,
  actor: Actor,
  collection: string,
  target: RecordModel,
  change: Record<string, unknown>,
  allowed: boolean,
) {
  const request = actor.pb.collection(collection).update(target.id, change);
  if (allowed) expect(await request).toMatchObject(change);
  else await expectRefusedByRule(admin, collection, 'update', request);
  const after = await admin.collection(collection).getOne(target.id);
  const unchanged = Object.fromEntries(Object.keys(change).map((field) => [field, target[field]]));
  expect(Object.fromEntries(Object.keys(change).map((field) => [field, after[field]]))).toEqual(
    allowed ? change : unchanged,
  );
  // Nothing else moved: only `updated` may differ besides the changed fields.
  const rest = (record: RecordModel) =>
    Object.fromEntries(Object.entries(record).filter(([field]) => !(field in change) && field !== 'updated'));
  expect(rest(after)).toEqual(rest(target));
}

/**
 * Registers one test per collection × operation × actor: `lets fellow A update enrolments` or
 * `does not let trainer view cohorts`. `specs` says how to make each collection's records; the
 * target record of the list and view cells is made once per collection.
 */
export function describeRuleTable<A extends string>(options: {
  actors: readonly A[];
  table: RuleTable<A>;
  specs: () => Record<string, RecordSpec>;
  world: () => TableWorld<A>;
}) {
  for (const [collection, row] of Object.entries(options.table)) {
    describe(collection, () => {
      let target: RecordModel;
      beforeAll(async () => {
        target = await makeTarget(options.world().admin(), collection, options.specs()[collection]);
      });
      OPERATIONS.forEach((operation, index) => {
        for (const actor of options.actors) {
          const allowed = row[index].includes(actor);
          it(`${allowed ? 'lets' : 'does not let'} ${actor} ${operation} ${collection}`, () => {
            const world = options.world() as TableWorld<string>;
            return CELLS[operation](
              world,
              world.actors[actor],
              collection,
              options.specs()[collection],
              target,
              allowed,
            );
          });
        }
      });
    });
  }
}

/** A create or an update that tests one clause of a rule. */
export type ClauseRow<A extends string> = {
  actor: A;
  /** What the actor tries, as the end of a sentence: `move their enrolment to another course`. */
  does: string;
  allowed: boolean;
} & (
  | { operation: 'create'; body: () => Promise<Record<string, unknown>> }
  | {
      operation: 'update';
      target: () => Promise<RecordModel>;
      change: () => Record<string, unknown> | Promise<Record<string, unknown>>;
    }
);

/** Registers one test per clause row of a collection: `does not let fellow A move their enrolment to another course`. */
export function describeClauses<A extends string>(
  collection: string,
  rows: ClauseRow<A>[],
  world: () => TableWorld<A>,
) {
  describe(`${collection}, one rule clause at a time`, () => {
    for (const row of rows) {
      it(`${row.allowed ? 'lets' : 'does not let'} ${row.actor} ${row.does}`, async () => {
        const { admin, actors } = world();
        const actor = actors[row.actor];
        if (row.operation === 'update') {
          return expectUpdate(admin(), actor, collection, await row.target(), await row.change(), row.allowed);
        }
        const body = await row.body();
        const request = actor.pb.collection(collection).create(body);
        if (!row.allowed) return expectRefusedByRule(admin(), collection, 'create', request);
        const created = await request;
        const stored = await admin().collection(collection).getOne(created.id);
        // Passwords are never read back; every other field sent is stored as sent.
        const fields = Object.keys(body).filter((field) => !field.startsWith('password'));
        expect(Object.fromEntries(fields.map((field) => [field, stored[field]]))).toEqual(
          Object.fromEntries(fields.map((field) => [field, body[field]])),
        );
      });
    }
  });
}
