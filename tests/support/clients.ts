import PocketBase from 'pocketbase';
import { inject } from 'vitest';

export const pocketbaseUrl = () => inject('pocketbaseUrl');

/** A client with no session, as a guest. */
export function guest() {
  const pb = new PocketBase(pocketbaseUrl());
  pb.autoCancellation(false);
  return pb;
}

export function superuser() {
  const pb = guest();
  pb.authStore.save(inject('superuserToken'));
  return pb;
}

let counter = 0;
/** A unique email per call, so tests never collide on the shared server. */
export function uniqueEmail(label: string) {
  counter += 1;
  return `${label}-${process.pid}-${Date.now()}-${counter}@test.ertad.example`;
}

export type Role = 'fellow' | 'mentor' | 'trainer' | 'coordinator';

/**
 * Creates an account with the given role and returns a client signed in as it, on the server of
 * `admin` (the shared test server by default). The session comes from superuser impersonation,
 * so tests do not spend the auth rate limit.
 */
export async function signedInAs(role: Role, admin = superuser()) {
  const email = uniqueEmail(role);
  const password = 'correct-horse-battery';
  const record = await admin
    .collection('users')
    .create({ email, password, passwordConfirm: password, name: `Test ${role}`, role });
  const pb = await admin.collection('users').impersonate(record.id, 3600);
  pb.autoCancellation(false);
  return { pb, record, email, password };
}
