/// <reference path="../../pb_data/types.d.ts" />
// The MentoringStore of src/lib/mentoring/store.ts on PocketBase: give it the txApp of a
// transaction, so that the reads and writes of one request commit or roll back together.
// Emails of new notifications are queued in `mails` and sent after the commit (sendMails).

function json(record, field, empty) {
  const value = JSON.parse(record.getString(field) || 'null');
  return value === null ? empty : value;
}

/** PocketBase dates read as "2026-12-01 10:00:00.000Z"; the routes speak ISO. */
function iso(record, field) {
  const value = record.getString(field);
  return value ? value.replace(' ', 'T') : '';
}

function userRow(record) {
  return {
    id: record.id,
    name: record.getString('name'),
    email: record.email(),
    role: record.getString('role'),
    lang: record.getString('preferred_language'),
  };
}

function mentorshipRow(record) {
  return {
    id: record.id,
    mentor: record.getString('mentor'),
    fellow: record.getString('fellow'),
    cohort: record.getString('cohort'),
    status: record.getString('status'),
    startedAt: iso(record, 'startedAt'),
    endedAt: iso(record, 'endedAt'),
    endReason: record.getString('endReason'),
  };
}

function sessionRow(record) {
  return {
    id: record.id,
    mentor: record.getString('mentor'),
    fellows: record.getStringSlice('fellows'),
    date: record.getString('date'),
    minutes: record.getInt('minutes'),
    mode: record.getString('mode'),
    kind: record.getString('kind'),
    topics: json(record, 'topics', []),
    functions: record.getStringSlice('functions'),
    summary: record.getString('summary'),
    actions: json(record, 'actions', []),
    situation: record.getString('situation'),
    analysis: record.getString('analysis'),
    risk: record.getString('risk'),
    decision: record.getString('decision'),
    rationale: record.getString('rationale'),
    state: record.getString('state'),
    round: record.getInt('round'),
    mentorSignedAt: iso(record, 'mentorSignedAt'),
    signedAt: iso(record, 'signedAt'),
    clientKey: record.getString('clientKey'),
    created: iso(record, 'created'),
    updated: iso(record, 'updated'),
  };
}

// SQL conditions on mentoring_sessions for each scope (fellows is a JSON array of ids).
const SCOPES = {
  id: 'mentoring_sessions.id = {:value}',
  mentor: 'mentoring_sessions.mentor = {:value}',
  fellow: 'EXISTS (SELECT 1 FROM json_each(mentoring_sessions.fellows) f WHERE f.value = {:value})',
  cohort:
    'EXISTS (SELECT 1 FROM json_each(mentoring_sessions.fellows) f JOIN mentorships m ON m.fellow = f.value WHERE m.cohort = {:value})',
};

function query(app, collection, condition, params) {
  const records = arrayOf(new Record());
  app.recordQuery(collection).andWhere($dbx.exp(condition, params)).all(records);
  return records;
}

function bySession(records, toRow) {
  const map = {};
  for (const record of records) {
    const key = record.getString('session');
    (map[key] = map[key] || []).push(toRow(record));
  }
  return map;
}

function first(app, collection, filter, params) {
  const records = app.findRecordsByFilter(collection, filter, '', 1, 0, params);
  return records.length > 0 ? records[0] : null;
}

function create(app, collection, fields) {
  const record = new Record(app.findCollectionByNameOrId(collection));
  record.load(fields);
  app.save(record);
  return record;
}

module.exports.mentoringStore = function mentoringStore(app, mails) {
  const store = {
    findUser(id) {
      const record = first(app, 'users', 'id = {:id}', { id });
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
      const parts = [];
      const params = {};
      for (const key of ['mentor', 'fellow', 'cohort', 'status']) {
        if (filter[key]) {
          parts.push(`${key} = {:${key}}`);
          params[key] = filter[key];
        }
      }
      return app
        .findRecordsByFilter('mentorships', parts.join(' && ') || 'id != ""', 'startedAt', 0, 0, params)
        .map(mentorshipRow);
    },
    findMentorship(id) {
      const record = first(app, 'mentorships', 'id = {:id}', { id });
      return record && mentorshipRow(record);
    },
    saveMentorship(row) {
      const record = row.id
        ? app.findRecordById('mentorships', row.id)
        : new Record(app.findCollectionByNameOrId('mentorships'));
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
      const record = first(app, 'cohorts', 'id = {:id}', { id });
      return record && { id: record.id, name: record.getString('name'), programId: record.getString('program') };
    },
    cohorts() {
      return app
        .findRecordsByFilter('cohorts', 'id != ""', '-starts', 0, 0)
        .map((r) => ({ id: r.id, name: r.getString('name'), programId: r.getString('program') }));
    },
    findProgram(id) {
      const record = first(app, 'programs', 'id = {:id}', { id });
      return (
        record && {
          id: record.id,
          slug: record.getString('slug'),
          title: json(record, 'title', {}),
          supervisionHours: record.getInt('supervisionHours'),
          maxSessionGapDays: record.getInt('maxSessionGapDays'),
          supervisionTopics: json(record, 'supervisionTopics', []),
        }
      );
    },
    loadSessions(scope) {
      const key = Object.keys(scope)[0];
      const condition = SCOPES[key];
      const params = { value: scope[key] };
      const sessions = query(app, 'mentoring_sessions', condition, params);
      if (sessions.length === 0) return [];
      const children = `session IN (SELECT mentoring_sessions.id FROM mentoring_sessions WHERE ${condition})`;
      const signatures = bySession(query(app, 'session_signatures', children, params), (r) => ({
        id: r.id,
        session: r.getString('session'),
        fellow: r.getString('fellow'),
        round: r.getInt('round'),
        decision: r.getString('decision'),
        comment: r.getString('comment'),
        signedAt: iso(r, 'signedAt'),
      }));
      const amendments = bySession(query(app, 'session_amendments', children, params), (r) => ({
        id: r.id,
        session: r.getString('session'),
        author: r.getString('author'),
        changes: json(r, 'changes', {}),
        reason: r.getString('reason'),
        created: iso(r, 'created'),
      }));
      const ticks = bySession(query(app, 'session_action_ticks', children, params), (r) => ({
        id: r.id,
        session: r.getString('session'),
        action: r.getString('action'),
        done: r.getBool('done'),
        by: r.getString('by'),
      }));
      return sessions.map((record) => ({
        session: sessionRow(record),
        signatures: signatures[record.id] || [],
        amendments: amendments[record.id] || [],
        ticks: ticks[record.id] || [],
      }));
    },
    findSessionIdByKey(mentor, clientKey) {
      const record = first(app, 'mentoring_sessions', 'mentor = {:mentor} && clientKey = {:clientKey}', {
        mentor,
        clientKey,
      });
      return record ? record.id : null;
    },
    saveSession(row) {
      const record = row.id
        ? app.findRecordById('mentoring_sessions', row.id)
        : new Record(app.findCollectionByNameOrId('mentoring_sessions'));
      const fields = Object.assign({}, row);
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
      const record =
        first(app, 'session_action_ticks', 'session = {:session} && action = {:action}', { session, action }) ||
        new Record(app.findCollectionByNameOrId('session_action_ticks'));
      record.load({ session, action, done, by });
      app.save(record);
    },
    findNotes(session) {
      const record = first(app, 'session_notes', 'session = {:session}', { session });
      return record && { text: record.getString('text'), updated: iso(record, 'updated') };
    },
    notesOf(sessionIds) {
      const notes = new Map();
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
      const record =
        first(app, 'session_notes', 'session = {:session}', { session }) ||
        new Record(app.findCollectionByNameOrId('session_notes'));
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
      return (
        first(
          app,
          'notifications',
          'user = {:user} && kind = {:kind} && session = {:session} && data.actionId = {:actionId}',
          {
            user,
            kind,
            session,
            actionId,
          },
        ) !== null
      );
    },
    progressOf(fellowIds) {
      const result = new Map();
      for (const fellow of fellowIds) {
        const enrolments = app.findRecordsByFilter('enrolments', 'user = {:u} && status != "withdrawn"', '', 0, 0, {
          u: fellow,
        });
        let modules = 0;
        for (const enrolment of enrolments) {
          const course = first(app, 'courses', 'id = {:id}', { id: enrolment.getString('course') });
          if (course) modules += json(course, 'modules', []).length;
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
      create(app, 'audit_log', {
        actor: entry.actorId,
        action: entry.action,
        collection: entry.collection,
        record: entry.record,
        details: entry.details,
      });
    },
  };
  return store;
};

/**
 * Sends the queued notifications' emails through PocketBase's mailer, in each recipient's
 * language; only when SMTP is configured, and a failing mail never fails the request.
 */
module.exports.sendMails = function sendMails(app, mails) {
  if (!mails.length || !app.settings().smtp.enabled) return;
  const { mentoring } = require(`${__hooks}/generated/ertad-lib.cjs`);
  const settings = app.settings().meta;
  for (const notification of mails) {
    try {
      const recipient = app.findRecordById('users', notification.user);
      const mail = mentoring.notificationMail(
        notification,
        { name: recipient.getString('name'), lang: recipient.getString('preferred_language') },
        settings.appURL,
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
};
