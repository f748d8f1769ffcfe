import { beforeAll, describe, expect, it } from 'vitest';
import { superuser } from '../support/clients';
import { api, loggedSession, mentoringCast, signedSession, type Cast } from '../support/mentoring';

const SECRET = 'confidential: family conflict';
let cast: Cast;
let group: { id: string };
beforeAll(async () => {
  cast = await mentoringCast();
  await superuser().collection('users').update(cast.fellowA.record.id, { name: 'ნინო ბერიძე' });
  group = await signedSession(cast, [cast.fellowA, cast.fellowB], {
    summary: 'Boundaries, "self-care", and next steps',
    notes: SECRET,
  });
  await loggedSession(cast.mentor.pb, [cast.fellowA.record.id], { minutes: 30 });
});

/** CSV rows as arrays of fields (quoted fields may hold commas and quotes). */
function parseCsv(text: string) {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = ''));
    else field += c;
  }
  return rows;
}

describe('CSV exports', () => {
  it('give a mentor their log with a BOM, one row per fellow per session, and no confidential notes', async () => {
    const reply = await api(cast.mentor.pb, 'GET', '/export/mentor.csv');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(
      await (
        await fetch(cast.mentor.pb.buildURL('/api/ertad/mentoring/export/mentor.csv'), {
          headers: { Authorization: cast.mentor.pb.authStore.token },
        })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(reply.text.replace(/^\uFEFF/, ''));
    expect(header).not.toContain('confidential_notes');
    expect(reply.text).not.toContain(SECRET);
    const groupRows = rows.filter((r) => r[0] === group.id);
    expect(groupRows.map((r) => r[header.indexOf('fellow')]).sort()).toEqual(
      [cast.fellowB.record.name, 'ნინო ბერიძე'].sort(),
    );
    expect(groupRows[0][header.indexOf('summary')]).toBe('Boundaries, "self-care", and next steps');
    expect(groupRows.map((r) => r[header.indexOf('counts_for_hours')])).toEqual(['yes', 'yes']);
    expect(
      rows.filter((r) => r[header.indexOf('state')] === 'awaiting_fellows')[0][header.indexOf('counts_for_hours')],
    ).toBe('no');
  });

  it("give a coordinator the cohort's log with confidential notes, and write that to the audit log", async () => {
    const reply = await api(cast.coordinator.pb, 'GET', `/export/cohorts/${cast.cohort.id}/log.csv`);
    expect(reply.status).toBe(200);
    const [header, ...rows] = parseCsv(reply.text.replace(/^\uFEFF/, ''));
    expect(header.at(-1)).toBe('confidential_notes');
    expect(rows.filter((r) => r[0] === group.id).map((r) => r.at(-1))).toEqual([SECRET, SECRET]);
    const audits = await superuser()
      .collection('audit_log')
      .getFullList({ filter: `action = "export.cohort_log" && record = "${cast.cohort.id}"` });
    expect(audits.map((a) => a.actor)).toEqual([cast.coordinator.record.id]);
  });

  it('refuse the cohort log to mentors and fellows, and the mentor log to fellows', async () => {
    for (const pb of [cast.mentor.pb, cast.fellowA.pb, cast.trainer.pb])
      expect((await api(pb, 'GET', `/export/cohorts/${cast.cohort.id}/log.csv`)).status).toBe(403);
    expect((await api(cast.fellowA.pb, 'GET', '/export/mentor.csv')).status).toBe(403);
  });
});
