// The MentoringStore of src/lib/mentoring/store.ts on PocketBase: give it the txApp of a
// transaction, so that the reads and writes of one request commit or roll back together.
// Emails of new notifications are queued in `mails` and sent after the commit (sendMails).
import { notificationMail, type MailStrings } from '../mentoring/mail';
import type { FellowProgress, MentoringStore, NewNotification, SessionScope, UserRow } from '../mentoring/store';
import type {
  AmendmentRow,
  MentorshipRow,
  ProgramRow,
  SessionBundle,
  SessionRow,
  SignatureRow,
  TickRow,
} from '../mentoring/types';
import type { PbApp, PbGlobals, PbRecord } from './pocketbase-api';
import { audit, create, first, json, newRecord } from './pocketbase-records';

declare const $dbx: PbGlobals['$dbx'];
declare const __hooks: PbGlobals['__hooks'];
declare const arrayOf: PbGlobals['arrayOf'];
declare const DynamicModel: PbGlobals['DynamicModel'];
declare const MailerMessage: PbGlobals['MailerMessage'];
declare const Record: PbGlobals['Record'];
// The CommonJS `require` of the hook runtime that loads the bundle.
declare const require: (path: string) => unknown;

/** PocketBase dates read as "2026-12-01 10:00:00.000Z"; the routes speak ISO. */
function iso(record: PbRecord, field: string): string {
  const value = record.getString(field);
  return value ? value.replace(' ', 'T') : '';
}

function userRow(record: PbRecord): UserRow {
  return {
    id: record.id,
    name: record.getString('name'),
    email: record.email(),
    role: record.getString('role'),
    lang: record.getString('preferred_language'),
  };
}

function mentorshipRow(record: PbRecord): MentorshipRow {
  return {
    id: record.id,
    mentor: record.getString('mentor'),
    fellow: record.getString('fellow'),
    cohort: record.getString('cohort'),
    status: record.getString('status') as MentorshipRow['status'],
    startedAt: iso(record, 'startedAt'),
    endedAt: iso(record, 'endedAt'),
    endReason: record.getString('endReason'),
  };
}

// SQL conditions on mentoring_sessions for each scope. `fellows` holds a JSON array of ids, so a
// LIKE on the quoted id finds a fellow's sessions without unpacking every array.
const HAS_FELLOW = (id: string) => `mentoring_sessions.fellows LIKE '%"' || ${id} || '"%'`;
type ScopeKey = SessionScope extends infer S ? (S extends unknown ? keyof S : never) : never;
const SCOPES: { [key in ScopeKey]: string } = {
  id: 'mentoring_sessions.id = {:value}',
  mentor: 'mentoring_sessions.mentor = {:value}',
  fellow: HAS_FELLOW('{:value}'),
  cohort: `EXISTS (SELECT 1 FROM mentorships m WHERE m.cohort = {:value} AND ${HAS_FELLOW('m.fellow')})`,
  ids: 'mentoring_sessions.id IN (SELECT value FROM json_each({:value}))',
  // The mentor's own sessions and every session of their current fellows (also with earlier mentors).
  workspace: `mentoring_sessions.mentor = {:value} OR EXISTS (SELECT 1 FROM mentorships m WHERE m.mentor = {:value} AND m.status = 'active' AND ${HAS_FELLOW('m.fellow')})`,
};

/** A JSON column as JSON (not as a string holding JSON); empty ones as `empty`. */
const asJson = (column: string, empty: string) => `json(coalesce(nullif(${column}, ''), '${empty}'))`;
// Dates as ISO ("2026-12-01T10:00:00.000Z"), converted by SQLite rather than field by field in JS.
const asIso = (column: string) => `replace([[${column}]], ' ', 'T')`;
const plain = (c: string) => `'${c}', [[${c}]]`;
const isoColumn = (c: string) => `'${c}', ${asIso(c)}`;
const LONG_TEXT = ['summary', 'situation', 'analysis', 'risk', 'decision', 'rationale'];
const SESSION_BASE = ['id', 'mentor', 'date', 'minutes', 'mode', 'kind', 'state', 'round', 'clientKey']
  .map(plain)
  .concat(['mentorSignedAt', 'signedAt', 'created', 'updated'].map(isoColumn))
  .concat(['fellows', 'functions', 'topics', 'actions'].map((c) => `'${c}', ${asJson(`[[${c}]]`, '[]')}`));
const SESSION_COLUMNS = SESSION_BASE.concat(LONG_TEXT.map(plain));
// Without the long texts (they come back empty): what hours, flags and counts need.
const LIGHT_COLUMNS = SESSION_BASE.concat(LONG_TEXT.map((c) => `'${c}', ''`));
const SIGNATURE_COLUMNS = ['id', 'session', 'fellow', 'round', 'decision', 'comment']
  .map(plain)
  .concat([isoColumn('signedAt')]);
const AMENDMENT_COLUMNS = ['id', 'session', 'author', 'reason']
  .map(plain)
  .concat([isoColumn('created'), `'changes', ${asJson('[[changes]]', '{}')}`]);
const TICK_COLUMNS = ['id', 'session', 'action', 'by']
  .map(plain)
  .concat([`'done', json(CASE WHEN [[done]] THEN 'true' ELSE 'false' END)`]);

/**
 * Rows of `table` matching `condition` as plain JS objects. SQLite builds one JSON text: a
 * workspace reads over a thousand sessions, and reading them field by field through Go records
 * costs a Go call (and reflection) per field.
 */
function rows<T>(
  app: PbApp,
  table: string,
  columns: string[],
  condition: string,
  params: { [name: string]: unknown },
): T[] {
  const result = new DynamicModel({ data: '' });
  app
    .db()
    .newQuery(
      `SELECT json_group_array(json_object(${columns.join(', ')})) AS data FROM {{${table}}} WHERE ${condition}`,
    )
    .bind(params)
    .one(result);
  return JSON.parse(result.data || '[]') as T[];
}

function bySession<T extends { session: string }>(list: T[]): { [session: string]: T[] } {
  const map: { [session: string]: T[] } = {};
  for (const row of list) (map[row.session] = map[row.session] || []).push(row);
  return map;
}

/** `mails`: where notify() queues the notifications to email; null to queue none. */
export function mentoringStore(app: PbApp, mails: NewNotification[] | null): MentoringStore {
  return {
    findUser(id) {
      const record = first(app, 'users', { id });
      return record && userRow(record);
    },
    usersByIds(ids) {
      if (ids.length === 0) return [];
      return app.findRecordsByIds('users', ids).map(userRow);
    },
    usersByRole(role) {
      return app.findRecordsByFilter('users', 'role = {:role}', 'name', 0, 0, { role }).map(userRow);
    },
    mentorships(filter) {
      const parts: string[] = [];
      const params: { [key: string]: string } = {};
      for (const key of ['mentor', 'fellow', 'cohort', 'status'] as const) {
        const value = filter[key];
        if (value) {
          parts.push(`${key} = {:${key}}`);
          params[key] = value;
        }
      }
      return app
        .findRecordsByFilter('mentorships', parts.join(' && ') || 'id != ""', 'startedAt', 0, 0, params)
        .map(mentorshipRow);
    },
    findMentorship(id) {
      const record = first(app, 'mentorships', { id });
      return record && mentorshipRow(record);
    },
    saveMentorship(row) {
      const record = row.id ? app.findRecordById('mentorships', row.id) : newRecord(app, 'mentorships');
      record.load({
        mentor: row.mentor,
        fellow: row.fellow,
        cohort: row.cohort,
        status: row.status,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        endReason: row.endReason,
      });
      app.save(record);
      return record.id;
    },
    findCohort(id) {
      const record = first(app, 'cohorts', { id });
      return record && { id: record.id, name: record.getString('name'), programId: record.getString('program') };
    },
    cohortMembers(cohortId) {
      const members = new Set<string>();
      for (const record of app.findRecordsByFilter('enrolments', 'cohort = {:c}', '', 0, 0, { c: cohortId }))
        members.add(record.getString('user'));
      return [...members];
    },
    cohorts() {
      return app
        .findRecordsByFilter('cohorts', 'id != ""', '-starts', 0, 0)
        .map((r) => ({ id: r.id, name: r.getString('name'), programId: r.getString('program') }));
    },
    findProgram(id) {
      const record = first(app, 'programs', { id });
      return (
        record && {
          id: record.id,
          slug: record.getString('slug'),
          title: json(record, 'title', {}),
          supervisionHours: record.getInt('supervisionHours'),
          maxSessionGapDays: record.getInt('maxSessionGapDays'),
          supervisionTopics: json<ProgramRow['supervisionTopics']>(record, 'supervisionTopics', []),
        }
      );
    },
    loadSessions(scope, light): SessionBundle[] {
      const key = Object.keys(scope)[0] as ScopeKey;
      const condition = SCOPES[key];
      const params = {
        value: 'ids' in scope ? JSON.stringify(scope.ids) : (scope as { [key: string]: string })[key],
      };
      const sessions = rows<SessionRow>(
        app,
        'mentoring_sessions',
        light ? LIGHT_COLUMNS : SESSION_COLUMNS,
        condition,
        params,
      );
      if (sessions.length === 0) return [];
      // The sessions' ids as one JSON parameter, so the scope's condition is evaluated once.
      const children = 'session IN (SELECT value FROM json_each({:ids}))';
      const ids = { ids: JSON.stringify(sessions.map((session) => session.id)) };
      const signatures = bySession(rows<SignatureRow>(app, 'session_signatures', SIGNATURE_COLUMNS, children, ids));
      const amendments = bySession(rows<AmendmentRow>(app, 'session_amendments', AMENDMENT_COLUMNS, children, ids));
      const ticks = bySession(rows<TickRow>(app, 'session_action_ticks', TICK_COLUMNS, children, ids));
      return sessions.map((session) => ({
        session,
        signatures: signatures[session.id] || [],
        amendments: amendments[session.id] || [],
        ticks: ticks[session.id] || [],
      }));
    },
    findSessionIdByKey(mentor, clientKey) {
      const record = first(app, 'mentoring_sessions', { mentor, clientKey });
      return record ? record.id : null;
    },
    saveSession(row) {
      const record = row.id ? app.findRecordById('mentoring_sessions', row.id) : newRecord(app, 'mentoring_sessions');
      const fields: { [field: string]: unknown } = Object.assign({}, row);
      delete fields.id;
      delete fields.created;
      delete fields.updated;
      record.load(fields);
      app.save(record);
      return record.id;
    },
    deleteSession(id) {
      // Drafts only (the route checks): earlier rounds' signatures and ticks go with them.
      for (const collection of ['session_signatures', 'session_action_ticks', 'session_amendments'])
        for (const record of app.findRecordsByFilter(collection, 'session = {:id}', '', 0, 0, { id }))
          app.delete(record);
      app.delete(app.findRecordById('mentoring_sessions', id));
    },
    saveSignature(row) {
      return create(app, 'session_signatures', row).id;
    },
    createAmendment(row) {
      return create(app, 'session_amendments', row).id;
    },
    saveTick(session, action, done, by) {
      const record = first(app, 'session_action_ticks', { session, action }) || newRecord(app, 'session_action_ticks');
      record.load({ session, action, done, by });
      app.save(record);
    },
    findNotes(session) {
      const record = first(app, 'session_notes', { session });
      return record && { text: record.getString('text'), updated: iso(record, 'updated') };
    },
    notesOf(sessionIds) {
      const notes = new Map<string, string>();
      if (sessionIds.length === 0) return notes;
      const records = arrayOf(new Record());
      app
        .recordQuery('session_notes')
        .andWhere($dbx.in('session', ...sessionIds))
        .all(records);
      for (const record of records) notes.set(record.getString('session'), record.getString('text'));
      return notes;
    },
    saveNotes(session, mentor, text) {
      const record = first(app, 'session_notes', { session }) || newRecord(app, 'session_notes');
      record.load({ session, mentor, text });
      app.save(record);
      return { text: record.getString('text'), updated: iso(record, 'updated') };
    },
    notify(notification) {
      create(app, 'notifications', {
        user: notification.user,
        kind: notification.kind,
        session: notification.session,
        actor: notification.actor,
        data: notification.data,
        read: false,
      });
      if (mails) mails.push(notification);
    },
    hasNotification(user, kind, session, actionId) {
      // A filter string, for its JSON path into data.
      const filter = 'user = {:user} && kind = {:kind} && session = {:session} && data.actionId = {:actionId}';
      return app.findRecordsByFilter('notifications', filter, '', 1, 0, { user, kind, session, actionId }).length > 0;
    },
    progressOf(fellowIds) {
      const result = new Map<string, FellowProgress>();
      const modulesOf: { [courseId: string]: number } = {};
      for (const fellow of fellowIds) {
        const enrolments = app.findRecordsByFilter('enrolments', 'user = {:u} && status != "withdrawn"', '', 0, 0, {
          u: fellow,
        });
        let modules = 0;
        for (const enrolment of enrolments) {
          const id = enrolment.getString('course');
          if (!(id in modulesOf)) {
            const course = first(app, 'courses', { id });
            modulesOf[id] = course ? json<unknown[]>(course, 'modules', []).length : 0;
          }
          modules += modulesOf[id];
        }
        result.set(fellow, {
          courses: enrolments.length,
          coursesCompleted: enrolments.filter((e) => e.getString('status') === 'completed').length,
          modules,
          modulesCompleted: app.countRecords('module_progress', $dbx.hashExp({ user: fellow, status: 'completed' })),
        });
      }
      return result;
    },
    audit(entry) {
      audit(app, entry);
    },
  };
}

/**
 * Sends the queued notifications' emails through PocketBase's mailer, in each recipient's
 * language; only when SMTP is configured, and a failing mail never fails the request.
 */
export function sendMails(app: PbApp, mails: NewNotification[]): void {
  if (!mails.length || !app.settings().smtp.enabled) return;
  const settings = app.settings().meta;
  for (const notification of mails) {
    try {
      const recipient = app.findRecordById('users', notification.user);
      const mail = notificationMail(
        notification,
        { name: recipient.getString('name'), lang: recipient.getString('preferred_language') },
        settings.appURL,
        // Read beside the bundle, not bundled: the UI dictionaries would make it far bigger.
        require(`${__hooks}/generated/mail-strings.json`) as MailStrings,
      );
      const message = new MailerMessage({
        from: { address: settings.senderAddress, name: settings.senderName },
        to: [{ address: recipient.email(), name: recipient.getString('name') }],
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
      });
      app.newMailClient().send(message);
    } catch (error) {
      app.logger().warn('mentoring: notification email not sent', 'error', String(error), 'user', notification.user);
    }
  }
}
