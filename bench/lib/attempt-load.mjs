// Quiz submissions through the grading route for runClients, each written down in a ledger
// (bench/lib/attempt-ledger.mjs) before it is sent.
import { randomUUID } from 'node:crypto';
import { answersFor } from '../../scripts/lib/quiz-answers.mjs';

async function post(route, { fellow, body }) {
  const response = await fetch(route, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: fellow.token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: await response.json() };
}

async function send(route, ledger, key) {
  try {
    const reply = await post(route, ledger.sent.get(key));
    if (reply.status >= 200 && reply.status < 300) {
      ledger.acknowledged.set(key, reply.body.attemptId);
      const { score, passed, attemptNumber } = reply.body;
      ledger.graded.set(key, { score, passed, attemptNumber });
      ledger.unanswered.delete(key);
    }
    return reply.status;
  } catch {
    // No complete reply: the server may or may not have committed the attempt.
    ledger.unanswered.add(key);
    return 'no reply';
  }
}

/**
 * A request for runClients: client i submits as fellow i (mod the count), in the fellow's
 * language, passing and failing in turn, with a new idempotency key each time.
 */
export function submitAttempts({ url, quiz, fellows, ledger }) {
  const route = `${url}/api/ertad/quizzes/${quiz.slug}/attempts`;
  return (client) => {
    const fellow = fellows[client % fellows.length];
    const key = randomUUID();
    const answers = answersFor(quiz.definition, fellow.lang, ledger.sent.size % 2 === 0 ? 'pass' : 'fail');
    ledger.sent.set(key, { fellow, body: { answers, idempotencyKey: key, lang: fellow.lang } });
    return send(route, ledger, key);
  };
}

/** Sends every unanswered submission again, same key and body, as a client retrying after an outage. */
export async function retryUnanswered({ url, quiz, ledger }) {
  const route = `${url}/api/ertad/quizzes/${quiz.slug}/attempts`;
  const statuses = [];
  for (const key of [...ledger.unanswered]) statuses.push(await send(route, ledger, key));
  return statuses;
}
