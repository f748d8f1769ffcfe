// What every mentoring route does around src/lib/mentoring/routes.ts: a plain JS copy of the
// request in, one transaction for writes, the notification emails after it commits.
import { issueEarnedProgramCertificates } from '../certificates/issue';
import * as routes from '../mentoring/routes';
import type { RouteInput } from '../mentoring/sessions';
import type { MentoringStore, NewNotification } from '../mentoring/store';
import type { Reply } from '../records/store';
import { certificateStore } from './certificate-store';
import { mentoringStore, sendMails } from './mentoring-store';
import { sendJson } from './send-json';
import type { PbApp, PbGlobals, PbRequestEvent } from './pocketbase-api';

declare const $app: PbGlobals['$app'];
declare const $security: PbGlobals['$security'];

type MentoringInput = RouteInput & { query: Record<string, string> };
type Route = (store: MentoringStore, input: MentoringInput) => Reply;

export type MentoringRouteName =
  | 'createSession'
  | 'getSession'
  | 'updateSession'
  | 'deleteSession'
  | 'signSession'
  | 'fellowDecision'
  | 'tickAction'
  | 'amendSession'
  | 'readNotes'
  | 'writeNotes'
  | 'mentorWorkspace'
  | 'fellowSummary'
  | 'listCohorts'
  | 'cohortOverview'
  | 'pair'
  | 'endMentorship'
  | 'repair'
  | 'exportMentorLog'
  | 'exportCohortLog';

// Every route the hooks name, checked to take what mentoringRoute hands it.
const ROUTES: { [name in MentoringRouteName]: Route } = routes;

/** A plain JS copy: the parsed body and query arrive as Go maps and slices. */
function plain<T>(value: unknown): Record<string, T> {
  return JSON.parse(JSON.stringify(value || {})) as Record<string, T>;
}

/** Runs the mentoring route `name`; `write` wraps it in a transaction. */
export function mentoringRoute(e: PbRequestEvent, name: MentoringRouteName, write: boolean): unknown {
  const input: MentoringInput = {
    actor: { id: e.auth.id, role: e.auth.getString('role') },
    body: plain<unknown>(e.requestInfo().body),
    params: {
      id: e.request.pathValue('id'),
      actionId: e.request.pathValue('actionId'),
    },
    query: plain<string>(e.requestInfo().query),
    now: new Date().toISOString(),
    newId: () => $security.randomString(12),
  };
  const mails: NewNotification[] = [];
  let reply: Reply | undefined;
  const transaction = () =>
    $app.runInTransaction((txApp) => {
      mails.length = 0;
      reply = ROUTES[name](mentoringStore(txApp, mails), input);
      issueForSignedSession(txApp, reply, input.now);
    });
  if (write) {
    try {
      transaction();
    } catch (error) {
      // Two copies of one outbox request raced: the unique (mentor, clientKey) index stopped the
      // second session; run it again and it finds the first one and answers as a replay.
      if (name !== 'createSession') throw error;
      transaction();
    }
  } else {
    reply = ROUTES[name](mentoringStore($app, mails), input);
  }
  sendMails($app, mails);
  return respond(e, reply as Reply);
}

/** The route's reply as JSON, as a CSV download, or as 204 No Content. */
function respond(e: PbRequestEvent, reply: Reply): unknown {
  if (reply.status === 204) return e.noContent(204);
  const body = reply.body as { csv?: unknown; filename?: string } | null;
  if (body && typeof body.csv === 'string') {
    e.response.header().set('Content-Disposition', `attachment; filename="${body.filename}"`);
    return e.blob(200, 'text/csv; charset=utf-8', body.csv);
  }
  return sendJson(e, reply.status, reply.body);
}

/**
 * A session that every side has just signed may complete a programme's supervision hours: issue
 * what its fellows have earned in the same transaction, so the certificate and the signature
 * commit together, once.
 */
function issueForSignedSession(txApp: PbApp, reply: Reply, now: string): void {
  const body = reply.body as { session?: { state: string; fellows: ({ id: string } | string)[] } } | null;
  // The sign routes answer 200, an amendment 201: either may complete the hours.
  const session = (reply.status === 200 || reply.status === 201) && body && body.session;
  if (!session || session.state !== 'signed') return;
  for (const fellow of session.fellows) {
    const userId = typeof fellow === 'string' ? fellow : fellow.id;
    issueEarnedProgramCertificates(certificateStore(txApp), { userId, now });
  }
}

/** Creates the "action due" notifications (and emails) that are owed today; says how many. */
export function notifyDue(app: PbApp): number {
  const mails: NewNotification[] = [];
  let created = 0;
  app.runInTransaction((txApp) => {
    const store = mentoringStore(txApp, mails);
    created = routes.notifyDueActions(
      store,
      new Date().toISOString(),
      store.usersByRole('mentor').map((m) => m.id),
    );
  });
  sendMails(app, mails);
  return created;
}
