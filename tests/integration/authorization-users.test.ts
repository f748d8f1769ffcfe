import PocketBase from 'pocketbase';
import { afterAll, beforeAll } from 'vitest';
import {
  ACTORS,
  COORDINATOR,
  EVERYONE,
  NOBODY,
  OWNER_AND_COORDINATOR,
  standardActors,
  type StandardActor,
} from '../support/actors';
import {
  describeClauses,
  describeRuleTable,
  type RecordSpec,
  type RuleTable,
  type TableWorld,
} from '../support/authorization-table';
import { uniqueEmail } from '../support/clients';
import { startTestServer } from '../support/pocketbase-server';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

// Its own server: the table's sign-ups spend the users:create rate limit (10 a minute per
// address), which the shared server's other sign-up tests need.

// prettier-ignore
const USERS = {
  //      list                   view                   create      update                 delete
  // Everyone may sign up as a fellow; the clauses below check the roles.
  users: [OWNER_AND_COORDINATOR, OWNER_AND_COORDINATOR, EVERYONE,   OWNER_AND_COORDINATOR, NOBODY],
} satisfies RuleTable<StandardActor>;

const password = 'a-long-enough-password';
let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
let world: TableWorld<StandardActor>;

function admin() {
  const pb = new PocketBase(server.url);
  pb.autoCancellation(false);
  pb.authStore.save(token);
  return pb;
}

beforeAll(async () => {
  server = await startTestServer();
  const pb = new PocketBase(server.url);
  await pb.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  token = pb.authStore.token;
  world = { admin, actors: await standardActors(admin()) };
});
afterAll(() => server?.stop());

const signUp = (fields: Record<string, unknown> = {}) => ({
  email: uniqueEmail('signup'),
  password,
  passwordConfirm: password,
  name: 'ნინო',
  ...fields,
});

const specs = (): Record<string, RecordSpec> => ({
  users: {
    body: async () => signUp({ role: 'fellow' }),
    key: 'email',
    change: { name: 'Renamed' },
    // Fellow A's own account: ownership of a user record is being that user.
    target: () => admin().collection('users').getOne(world.actors['fellow A'].id!),
  },
});

describeRuleTable({ actors: ACTORS, table: USERS, specs, world: () => world });

const accountOf = (actor: StandardActor) => () => admin().collection('users').getOne(world.actors[actor].id!);
/** A fellow's account made by a superuser (which spends no rate limit), for role changes. */
const newFellow = () =>
  admin()
    .collection('users')
    .create(signUp({ role: 'fellow' }));

describeClauses<StandardActor>(
  'users',
  [
    {
      operation: 'create',
      actor: 'anonymous',
      does: 'sign up without asking for a role',
      allowed: true,
      body: async () => signUp(),
    },
    {
      operation: 'create',
      actor: 'anonymous',
      does: 'sign up as a mentor',
      allowed: false,
      body: async () => signUp({ role: 'mentor' }),
    },
    {
      operation: 'create',
      actor: 'fellow A',
      does: 'create a coordinator account',
      allowed: false,
      body: async () => signUp({ role: 'coordinator' }),
    },
    {
      operation: 'create',
      actor: 'coordinator',
      does: 'create a mentor account',
      allowed: true,
      body: async () => signUp({ role: 'mentor' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'change their own language',
      allowed: true,
      target: accountOf('fellow A'),
      change: () => ({ preferred_language: 'az' }),
    },
    {
      operation: 'update',
      actor: 'fellow A',
      does: 'give themselves the coordinator role',
      allowed: false,
      target: accountOf('fellow A'),
      change: () => ({ role: 'coordinator' }),
    },
    {
      operation: 'update',
      actor: 'mentor',
      does: "change a fellow's role",
      allowed: false,
      target: newFellow,
      change: () => ({ role: 'trainer' }),
    },
    {
      operation: 'update',
      actor: 'coordinator',
      does: 'make a fellow a mentor',
      allowed: true,
      target: newFellow,
      change: () => ({ role: 'mentor' }),
    },
  ],
  () => world,
);
