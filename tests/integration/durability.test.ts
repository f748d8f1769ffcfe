import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLedger, storedAttempts } from '../../bench/lib/attempt-ledger.mjs';
import { retryUnanswered, submitAttempts } from '../../bench/lib/attempt-load.mjs';
import { enrolledFellows } from '../../bench/lib/fellows.mjs';
import { runClients } from '../../bench/lib/load.mjs';
import { ownPocketBase } from '../../bench/lib/own-pocketbase.mjs';
import { syncContent } from '../../scripts/sync-content.mjs';
import { sampleBuild, writeBuildServer } from '../fixtures/build-server';

const CLIENTS = 10;

type Stored = {
  id: string;
  idempotency_key: string;
  user: string;
  score: number;
  passed: boolean;
  attempt_number: number;
};
const LOAD_MS = 5_000;

/**
 * Ten fellows submit attempts at an unlimited quiz for 5 s; PocketBase then gets SIGKILL (no
 * shutdown, no flush) and restarts on the same data dir. A client's ledger says which
 * submissions were sent, acknowledged (2xx with an attempt id) or left without a reply.
 *
 * What can make it fail: a route that answers before its transaction commits, or a commit kept
 * only in the process's memory, loses acknowledged attempts; a lost unique index on (user,
 * idempotency key) doubles them. SQLite's WAL with synchronous=NORMAL (PocketBase's setting)
 * hands every commit to the OS before the reply, which survives a killed process; it would not
 * survive a power cut, which this test cannot show.
 */
describe('quiz attempts when PocketBase is killed in the middle of grading load', () => {
  let server: Awaited<ReturnType<typeof ownPocketBase>>;
  let quiz: { id: string; slug: string; definition: unknown };
  const ledger = newLedger();
  let stored: Stored[];

  beforeAll(async () => {
    server = await ownPocketBase();
    const build = sampleBuild('durability', { maxAttempts: undefined });
    await syncContent(server.url, server.token, writeBuildServer(build));
    const admin = server.admin();
    const course = await admin.collection('courses').getFirstListItem(`slug = "${build.courses[0].slug}"`);
    const record = await admin.collection('quizzes').getFirstListItem(`slug = "${build.quizzes[0].slug}"`);
    quiz = { id: record.id, slug: record.slug, definition: build.quizzes[0].definition };
    const fellows = await enrolledFellows(admin, course.id, CLIENTS);

    let killed = false;
    const load = runClients({
      clients: CLIENTS,
      stop: () => killed,
      request: submitAttempts({ url: server.url, quiz, fellows, ledger }),
    });
    await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
    killed = true;
    await server.kill();
    await load;
    await server.restart();
    stored = await storedAttempts(server.admin(), quiz.id);
  });

  afterAll(() => server?.stop());

  const storedKeys = () => new Set(stored.map((attempt) => attempt.idempotency_key));

  it('was killed while submissions were in flight', () => {
    expect(ledger.acknowledged.size).toBeGreaterThan(0);
    expect(ledger.unanswered.size).toBeGreaterThan(0);
    expect(ledger.unanswered.size).toBeLessThanOrEqual(CLIENTS);
  });

  it('keeps every acknowledged attempt, under the id its reply gave', () => {
    const storedIds = new Map(stored.map((attempt) => [attempt.idempotency_key, attempt.id]));
    const lost = [...ledger.acknowledged].filter(([key, id]) => storedIds.get(key) !== id);
    expect(lost).toEqual([]);
  });

  it('keeps the score, the pass and the attempt number each acknowledged reply gave', () => {
    const byKey = new Map(stored.map((attempt) => [attempt.idempotency_key, attempt]));
    const changed = [...ledger.graded].filter(([key, reply]) => {
      const attempt = byKey.get(key);
      return (
        !attempt ||
        attempt.score !== reply.score ||
        attempt.passed !== reply.passed ||
        attempt.attempt_number !== reply.attemptNumber
      );
    });
    expect(ledger.graded.size).toBe(ledger.acknowledged.size);
    expect(changed).toEqual([]);
  });

  it("numbers each fellow's stored attempts 1, 2, 3… without a gap or a repeat", () => {
    const numbers = new Map<string, number[]>();
    for (const attempt of stored)
      numbers.set(attempt.user, [...(numbers.get(attempt.user) ?? []), attempt.attempt_number]);
    for (const [user, list] of numbers) {
      expect(
        list.sort((a, b) => a - b),
        user,
      ).toEqual(list.map((_, index) => index + 1));
    }
    expect(numbers.size).toBe(CLIENTS);
  });

  it('stores each idempotency key once', () => {
    expect(storedKeys().size).toBe(stored.length);
  });

  it('stores beyond the acknowledged only submissions that got no reply', () => {
    const unacknowledged = [...storedKeys()].filter((key) => !ledger.acknowledged.has(key));
    expect(unacknowledged.filter((key) => !ledger.unanswered.has(key))).toEqual([]);
    expect(stored.length).toBeGreaterThanOrEqual(ledger.acknowledged.size);
    expect(stored.length).toBeLessThanOrEqual(ledger.acknowledged.size + ledger.unanswered.size);
  });

  it('ends with exactly one attempt per submission once the unanswered ones are sent again with their keys', async () => {
    const statuses = await retryUnanswered({ url: server.url, quiz, ledger });
    expect(statuses.every((status) => status === 200 || status === 201)).toBe(true);
    const after: Stored[] = await storedAttempts(server.admin(), quiz.id);
    expect(new Set(after.map((attempt) => attempt.idempotency_key))).toEqual(new Set(ledger.sent.keys()));
    expect(after).toHaveLength(ledger.sent.size);
  });
});
