import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/pocketbase-server';

// Its own server: tripping the limiter would slow every other test sharing the global one.
describe('certificate verification rate limit', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('answers 429 once one visitor tries codes faster than 30 a minute', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 35; attempt++) {
      const code = `2222-3333-4444-5555-6666-7777-${String(attempt).padStart(4, '2').replace(/[01]/g, '9')}`;
      statuses.push((await fetch(`${server.url}/api/ertad/verify/${code}`)).status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(30)).toContain(429);
  });
});
