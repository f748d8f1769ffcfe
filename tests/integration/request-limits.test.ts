import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/root.mjs';
import { startTestServer } from '../support/pocketbase-server';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

const KB = 1024;
const hooksDir = join(root, 'pocketbase/pb_hooks');

/** The resident memory of a process, in MB, as Linux reports it. */
function residentMb(pid: number) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(line![1]) / 1024;
}

/**
 * A chunked body (no Content-Length) of about `totalBytes`, sent in 64 KB pieces: one long JSON
 * string, so that a parser keeps reading rather than stopping at the first byte.
 */
function chunkedJunk(totalBytes: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const piece = new Uint8Array(64 * KB).fill(120);
      if (sent === 0) piece.set(new TextEncoder().encode('{"course":"'));
      controller.enqueue(piece);
      sent += 64 * KB;
    },
  });
}

// Its own server: these tests trip the rate limits, which would fail other tests sharing the global one.
describe('request limits on a server with production settings', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let admin: PocketBase;
  const sessions: { token: string; id: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    admin = new PocketBase(server.url);
    admin.autoCancellation(false);
    await admin.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
    for (const name of ['first', 'second', 'third']) {
      const password = 'correct-horse-battery';
      const user = await admin
        .collection('users')
        .create({ email: `${name}@limits.ertad.example`, password, passwordConfirm: password, name, role: 'fellow' });
      const pb = await admin.collection('users').impersonate(user.id, 3600);
      sessions.push({ token: pb.authStore.token, id: user.id });
    }
  });
  afterAll(() => server?.stop());

  const post = (path: string, token: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: token, ...headers },
      body,
      duplex: 'half',
    } as RequestInit);

  describe('body size', () => {
    it.each([
      ['/api/ertad/progress', 64],
      ['/api/ertad/cohorts/nothing/enrol', 64],
      ['/api/ertad/quizzes/nothing/attempts', 256],
    ])('%s refuses a body over %i KB with 413 and a message naming the cap', async (path, capKb) => {
      const response = await post(path, sessions[2].token, 'x'.repeat(capKb * KB + 1));
      expect(response.status).toBe(413);
      expect((await response.json()).message).toContain(`at most ${capKb} KB`);
    });

    it('reads a body just under the cap as usual, to a 400 for junk', async () => {
      const response = await post('/api/ertad/progress', sessions[2].token, ' '.repeat(64 * KB - 10) + '{}');
      expect(response.status).toBe(400);
    });

    it('refuses a chunked body without Content-Length once it passes the cap', async () => {
      // Small enough to arrive whole before the reply: a longer one is cut off (see the memory test).
      const response = await post('/api/ertad/progress', sessions[2].token, chunkedJunk(128 * KB));
      expect(response.status).toBe(413);
      expect((await response.json()).message).toContain('at most 64 KB');
    });

    it('keeps the server memory bounded while 25 MB bodies arrive: 200 MB sent, under 50 MB kept', async () => {
      // The same concurrency with small bodies first, so that what is measured is the bodies alone.
      await Promise.all(Array.from({ length: 8 }, () => post('/api/ertad/progress', sessions[2].token, '{}')));
      const before = residentMb(server.pid);
      const uploads = Array.from({ length: 8 }, (_, i) =>
        post(
          '/api/ertad/progress',
          sessions[2].token,
          i % 2 ? chunkedJunk(25 * 1024 * KB) : new Uint8Array(25 * 1024 * KB),
        )
          .then((response) => response.status)
          .catch(() => 'connection closed'),
      );
      const statuses = await Promise.all(uploads);
      expect(statuses.filter((status) => status !== 413 && status !== 'connection closed')).toEqual([]);
      expect(residentMb(server.pid) - before).toBeLessThan(50);
    });

    it('leaves no custom route without a body cap', () => {
      const uncapped = readdirSync(hooksDir)
        .filter((file) => file.endsWith('.pb.js'))
        .flatMap((file) => {
          const source = readFileSync(join(hooksDir, file), 'utf8');
          return [...source.matchAll(/routerAdd\(\s*'(POST|PUT|PATCH)',\s*(['`])([^'`]+)\2[\s\S]*?\n\);/g)]
            .filter(([call]) => !/request-limits\.js`\)\.capBody\('\w+'\)/.test(call))
            .map(([, method, , path]) => `${file}: ${method} ${path}`);
        });
      expect(uncapped).toEqual([]);
    });
  });

  describe('rate limits', () => {
    const progress = (token: string) => post('/api/ertad/progress', token, '{}').then((response) => response.status);

    it('answer 429 to one account past 60 requests in 10 s, and let another account from the same address on', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 62; i++) statuses.push(await progress(sessions[0].token));
      expect(statuses.slice(0, 60).every((status) => status === 400)).toBe(true);
      expect(statuses.slice(60)).toEqual([429, 429]);
      expect(await progress(sessions[1].token)).toBe(400);
    });

    it('say why in the 429', async () => {
      const response = await post('/api/ertad/progress', sessions[0].token, '{}');
      expect(response.status).toBe(429);
      expect((await response.json()).message).toContain('Too many requests from this account');
    });

    it('answer 429 to a guest address past 60 requests in 10 s', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 62; i++) statuses.push(await progress(''));
      expect(statuses.slice(0, 60).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(60)).toEqual([429, 429]);
    });

    it('answer 429 past 20 reflections a minute', async () => {
      const pb = new PocketBase(server.url);
      pb.authStore.save(sessions[1].token);
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        statuses.push(
          await pb
            .collection('reflections')
            .create({ user: 'someone-else' })
            .then(() => 200)
            .catch((error) => error.status),
        );
      }
      expect(statuses.slice(0, 20).every((status) => status === 400)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429]);
    });

    it('are stored as PocketBase settings an operator can change in the dashboard', async () => {
      const { rateLimits } = await admin.settings.getAll();
      expect(rateLimits.enabled).toBe(true);
      expect(rateLimits.rules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ label: '/api/ertad/', audience: '@auth', maxRequests: 300, duration: 10 }),
          expect.objectContaining({ label: '/api/ertad/', audience: '@guest', maxRequests: 60, duration: 10 }),
          expect.objectContaining({ label: 'ertad_per_user', maxRequests: 60, duration: 10 }),
          expect.objectContaining({ label: 'users:create', maxRequests: 10, duration: 60 }),
          expect.objectContaining({ label: 'reflections:create', maxRequests: 20, duration: 60 }),
          expect.objectContaining({ label: 'mentoring_sessions:create', maxRequests: 30, duration: 60 }),
          expect.objectContaining({ label: '*:auth', maxRequests: 5, duration: 10 }),
        ]),
      );
    });
  });
});
