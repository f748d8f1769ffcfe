/// <reference path="../../pb_data/types.d.ts" />
// The CertificateStore of src/lib/certificates/store.ts on PocketBase: give it the txApp of a
// transaction, so that the completion and the certificate commit or roll back together.

function first(app, collection, filter, params) {
  const records = app.findRecordsByFilter(collection, filter, '', 1, 0, params);
  return records.length > 0 ? records[0] : null;
}

function json(record, field, empty) {
  const value = JSON.parse(record.getString(field) || 'null');
  return value === null ? empty : value;
}

function achievementRow(record) {
  return {
    id: record.id,
    slug: record.getString('slug'),
    title: json(record, 'title', {}),
    rule: json(record, 'certificate', null),
  };
}

function certificateRow(record) {
  return {
    id: record.id,
    holder: record.getString('holder'),
    holderName: record.getString('holderName'),
    kind: record.getString('kind'),
    course: record.getString('course'),
    program: record.getString('program'),
    achievementTitle: json(record, 'achievementTitle', {}),
    achievementDescription: json(record, 'achievementDescription', {}),
    criteria: json(record, 'criteria', {}),
    lang: record.getString('lang'),
    issuerName: record.getString('issuerName'),
    issuedAt: record.getString('issuedAt'),
    status: record.getString('status'),
    revokedAt: record.getString('revokedAt'),
    revocationReason: record.getString('revocationReason'),
    reasonPublic: record.getBool('reasonPublic'),
    code: record.getString('code'),
    statusIndex: record.getInt('statusIndex'),
    manual: record.getBool('manual'),
    note: record.getString('note'),
    issuedBy: record.getString('issuedBy'),
    autoKey: record.getString('autoKey'),
  };
}

/** A record by id, else by slug; null when neither matches. */
function byIdOrSlug(app, collection, key) {
  return first(app, collection, 'id = {:key} || slug = {:key}', { key });
}

/** Supervision sessions of `userId` in `programId` as [{ minutes, signedByBoth }], counted by the mentoring code. */
function signedSupervisionSessions(app, userId, programId) {
  const { programSupervision } = require(`${__hooks}/generated/ertad-lib.cjs`);
  const { mentoringStore } = require(`${__hooks}/lib/mentoring-store.js`);
  return programSupervision(mentoringStore(app, null), userId, programId);
}

module.exports.certificateStore = function certificateStore(app) {
  return {
    findHolder(userId) {
      const record = first(app, 'users', 'id = {:id}', { id: userId });
      return (
        record && {
          id: record.id,
          name: record.getString('name'),
          lang: record.getString('preferred_language') || 'ka',
        }
      );
    },
    findCourse(key) {
      const record = byIdOrSlug(app, 'courses', key);
      return record && achievementRow(record);
    },
    findProgram(key) {
      const record = byIdOrSlug(app, 'programs', key);
      return record && { ...achievementRow(record), supervisionHours: record.getInt('supervisionHours') };
    },
    completedModules(userId, courseId) {
      return app
        .findRecordsByFilter(
          'module_progress',
          "user = {:userId} && course = {:courseId} && status = 'completed'",
          '',
          0,
          0,
          { userId, courseId },
        )
        .map((record) => record.getString('module'));
    },
    attemptOutcomes(userId, courseId) {
      const rows = arrayOf(new DynamicModel({ quiz: '', version: '', passed: false }));
      app
        .db()
        .newQuery(
          'SELECT q.slug AS quiz, a.quiz_version AS version, a.passed AS passed FROM quiz_attempts a ' +
            'JOIN quizzes q ON q.id = a.quiz WHERE a.user = {:userId} AND q.course = {:courseId}',
        )
        .bind({ userId, courseId })
        .all(rows);
      return rows.map((row) => ({ quiz: row.quiz, version: row.version, passed: Boolean(row.passed) }));
    },
    programsOf(userId) {
      const rows = arrayOf(new DynamicModel({ program: '' }));
      app
        .db()
        .newQuery(
          "SELECT DISTINCT c.program AS program FROM enrolments e JOIN cohorts c ON c.id = e.cohort WHERE e.user = {:userId} AND e.status != 'withdrawn'",
        )
        .bind({ userId })
        .all(rows);
      return rows.map((row) => this.findProgram(row.program)).filter((program) => program !== null);
    },
    supervisionSessions(userId, programId) {
      return signedSupervisionSessions(app, userId, programId);
    },
    certificatesFor(userId, kind, achievementId) {
      return app
        .findRecordsByFilter(
          'certificates',
          `holder = {:userId} && kind = {:kind} && ${kind === 'course' ? 'course' : 'program'} = {:id}`,
          '',
          0,
          0,
          {
            userId,
            kind,
            id: achievementId,
          },
        )
        .map(certificateRow);
    },
    findCertificate(id) {
      const record = first(app, 'certificates', 'id = {:id}', { id });
      return record && certificateRow(record);
    },
    findCertificateByCode(code) {
      const record = first(app, 'certificates', 'code = {:code}', { code });
      return record && certificateRow(record);
    },
    statusIndexTaken(index) {
      return first(app, 'certificates', 'statusIndex = {:index}', { index }) !== null;
    },
    createCertificate(certificate) {
      const record = new Record(app.findCollectionByNameOrId('certificates'));
      record.load(certificate);
      app.save(record);
      return record.id;
    },
    revokeCertificate(id, change) {
      const record = app.findRecordById('certificates', id);
      record.load({ status: 'revoked', ...change });
      app.save(record);
    },
    issuerName() {
      return $os.getenv('ERTAD_ISSUER_NAME') || $app.settings().meta.appName;
    },
    randomString(length, alphabet) {
      return $security.randomStringWithAlphabet(length, alphabet);
    },
    randomInt(max) {
      // 32 random bits, redrawn when they fall in the uneven tail, so every value is equally likely.
      const limit = Math.floor(0x100000000 / max) * max;
      for (;;) {
        const value = parseInt($security.randomStringWithAlphabet(8, '0123456789abcdef'), 16);
        if (value < limit) return value % max;
      }
    },
    audit(entry) {
      const record = new Record(app.findCollectionByNameOrId('audit_log'));
      record.load({
        actor: entry.actorId,
        action: entry.action,
        collection: entry.collection,
        record: entry.record,
        details: entry.details,
      });
      app.save(record);
    },
  };
};
