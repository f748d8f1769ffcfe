// What clients know about their quiz submissions, to compare with what the database holds.

/**
 * sent: key → { fellow, body }; acknowledged: key → attempt id (a 2xx reply); graded: key → the
 * reply's { score, passed, attemptNumber }; unanswered: keys with no reply.
 */
export function newLedger() {
  return { sent: new Map(), acknowledged: new Map(), graded: new Map(), unanswered: new Set() };
}

/**
 * The id, idempotency key, fellow, score, pass and number of every stored attempt at the quiz.
 * @returns {Promise<{ id: string; idempotency_key: string; user: string; score: number; passed: boolean; attempt_number: number }[]>}
 */
export function storedAttempts(admin, quizId) {
  return admin.collection('quiz_attempts').getFullList({
    filter: admin.filter('quiz = {:quizId}', { quizId }),
    fields: 'id,idempotency_key,user,score,passed,attempt_number',
    batch: 1000,
  });
}

/**
 * The ledger against the stored attempts. Nothing lost: no acknowledged key is missing or stored
 * under another id. Nothing doubled: no key is stored twice. Nothing invented: every stored key
 * was sent, and one stored but never acknowledged got no reply (it was in flight).
 */
export function compareWithStored(ledger, stored) {
  const byKey = new Map();
  for (const { id, idempotency_key: key } of stored) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  const keys = [...byKey.keys()];
  return {
    acknowledged: ledger.acknowledged.size,
    stored: stored.length,
    lost: [...ledger.acknowledged].filter(([key, id]) => !byKey.get(key)?.includes(id)).length,
    doubled: [...byKey.values()].filter((ids) => ids.length > 1).length,
    unknown: keys.filter((key) => !ledger.sent.has(key)).length,
    storedUnacknowledged: keys.filter((key) => !ledger.acknowledged.has(key)).length,
    storedUnacknowledgedWithReply: keys.filter((key) => !ledger.acknowledged.has(key) && !ledger.unanswered.has(key))
      .length,
  };
}
