import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/pocketbase-server';

// Its own server: tripping the limiter would slow every other test sharing the global one.
describe('auth rate limiter', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

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
