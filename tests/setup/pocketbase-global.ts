import PocketBase from 'pocketbase';
import type { TestProject } from 'vitest/node';
import { exemptLoopbackFromRateLimits } from '../../bench/lib/loopback-unlimited.mjs';
import { startTestServer } from '../support/pocketbase-server';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    pocketbaseUrl: string;
    superuserToken: string;
  }
}

/**
 * One real PocketBase for the integration tests, with the project's migrations and hooks.
 * The superuser signs in once here: the auth rate limiter would refuse one sign-in per test.
 */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const pb = new PocketBase(server.url);
  await pb.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  // Test files share this server from one address; the limits are tested on servers of their own.
  await exemptLoopbackFromRateLimits(server.url, pb.authStore.token);
  project.provide('pocketbaseUrl', server.url);
  project.provide('superuserToken', pb.authStore.token);
  return () => server.stop();
}
