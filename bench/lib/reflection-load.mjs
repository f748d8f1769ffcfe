// Plain record creates for runClients, to compare the grading route with: a fellow saving a new
// reflection through the records API, which checks the create rule and writes one row.
const TEXT =
  'შეხვედრაზე ვერ მოვიდნენ ის ქალები, რომლებიც ბავშვებს უვლიან და ქართულად ვერ კითხულობენ განცხადებას. ' +
  'შემდეგ ჯერზე შეხვედრას საღამოს მოვაწყობთ და განცხადებას აზერბაიჯანულადაც გავავრცელებთ.';

/** A request for runClients: client i saves a reflection as fellow i (mod the count), to a prompt id never used before. */
export function createReflections({ url, course, fellows }) {
  const route = `${url}/api/collections/reflections/records`;
  let created = 0;
  return async (client) => {
    const fellow = fellows[client % fellows.length];
    created += 1;
    const body = { user: fellow.id, course, module: 'bench-quiz-module', prompt_id: `bench-${created}`, text: TEXT };
    try {
      const response = await fetch(route, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: fellow.token },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 'no reply';
    }
  };
}
