import PocketBase from 'pocketbase';
import type { Actor } from './authorization-table';
import { signedInAs, superuser } from './clients';

/** The cast of the rule tables: a guest, two fellows (A owns the records), and one of each other role. */
export const ACTORS = ['anonymous', 'fellow A', 'fellow B', 'mentor', 'trainer', 'coordinator'] as const;
export type StandardActor = (typeof ACTORS)[number];

export const EVERYONE: readonly StandardActor[] = ACTORS;
export const SIGNED_IN: readonly StandardActor[] = ACTORS.filter((actor) => actor !== 'anonymous');
export const OWNER_AND_COORDINATOR: readonly StandardActor[] = ['fellow A', 'coordinator'];
export const OWNER: readonly StandardActor[] = ['fellow A'];
export const COORDINATOR: readonly StandardActor[] = ['coordinator'];
export const NOBODY: readonly StandardActor[] = [];

/** Signs the cast in on the server of `admin` (the shared test server by default). */
export async function standardActors(admin: PocketBase = superuser()): Promise<Record<StandardActor, Actor>> {
  const roles = {
    'fellow A': 'fellow',
    'fellow B': 'fellow',
    mentor: 'mentor',
    trainer: 'trainer',
    coordinator: 'coordinator',
  } as const;
  const signedIn = await Promise.all(
    Object.entries(roles).map(async ([actor, role]) => {
      const { pb, record } = await signedInAs(role, admin);
      return [actor, { pb, id: record.id }] as const;
    }),
  );
  const anonymous = new PocketBase(admin.baseURL);
  anonymous.autoCancellation(false);
  return { anonymous: { pb: anonymous, id: null }, ...Object.fromEntries(signedIn) } as Record<StandardActor, Actor>;
}
