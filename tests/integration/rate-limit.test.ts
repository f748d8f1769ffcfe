import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/pocketbase-server';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

// Its own server: tripping the limiters would slow every other test sharing the global one.
// Each limiter counts per address and per rule, so the tests below do not spend each other's.
let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: PocketBase;
beforeAll(async () => {
  server = await startTestServer();
  admin = new PocketBase(server.url);
  await admin.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
});
afterAll(() => server.stop());

const statusOf = (request: Promise<unknown>) =>
  request.then(
    () => 200,
    (error: { status: number }) => error.status,
  );

describe('auth rate limiter', () => {
  it('answers 429 once password guesses come too fast', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const pb = new PocketBase(server.url);
      await pb
        .collection('users')
        .authWithPassword('nobody@test.ertad.example', `guess-number-${attempt}`)
        .catch((error) => statuses.push(error.status));
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses).toContain(429);
  });
});

describe('sign-up rate limiter (users:create)', () => {
  it('lets 10 sign-ups a minute through from one address and refuses the 11th with 429, creating no account', async () => {
    const password = 'a-long-enough-password';
    const emails = Array.from({ length: 11 }, (_, i) => `signup-${i}-${Date.now()}@limits.ertad.example`);
    const statuses: number[] = [];
    for (const email of emails) {
      const pb = new PocketBase(server.url);
      statuses.push(
        await statusOf(pb.collection('users').create({ email, password, passwordConfirm: password, name: 'Nino' })),
      );
    }
    expect(statuses).toEqual([...Array(10).fill(200), 429]);

    const created = await admin.collection('users').getFullList({ filter: 'email ~ "@limits.ertad.example"' });
    expect(created.map((user) => user.email).sort()).toEqual(emails.slice(0, 10).sort());
  });
});

describe('batch rate limiter (/api/batch)', () => {
  it('refuses a fourth batch request within one second with 429', async () => {
    // The limiter's window is a whole second: start just after one begins.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
    const statuses: number[] = [];
    for (let request = 0; request < 4; request++) {
      const response = await fetch(`${server.url}/api/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ requests: [] }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 3)).not.toContain(429);
    expect(statuses[3]).toBe(429);
  });
});
