import { describe, expect, it } from 'vitest';
import { WRONG_ANSWERS } from '../fixtures/build-server';
import { signedInAs, superuser } from '../support/clients';
import { certificatesOf, enrolledFellow, passQuiz, readModule } from '../support/certificates';
import { newKey, postJson, uniquePrefix } from '../support/learning';

const CODE = /^([2-9A-HJKMNP-TV-Z]{4}-){6}[2-9A-HJKMNP-TV-Z]{4}$/;

describe('automatic issuance of course certificates', () => {
  it('issues one certificate, with the name exactly as on the profile, when the last requirement is met', async () => {
    const s = await enrolledFellow('issue');
    await readModule(s.fellow.pb, s);
    expect(await certificatesOf(s.fellow.record.id)).toEqual([]);
    expect((await passQuiz(s.fellow.pb, s)).status).toBe(201);

    const [certificate, ...others] = await certificatesOf(s.fellow.record.id);
    expect(others).toEqual([]);
    expect(certificate).toMatchObject({
      holderName: 'ნინო ბერიძე',
      kind: 'course',
      course: s.course.id,
      achievementTitle: { ka: 'GESI საფუძვლები', en: 'GESI foundations' },
      criteria: { ka: 'ორივე მოდული და ტესტი', en: 'Both modules and the quiz' },
      lang: 'ka',
      issuerName: 'Ertad',
      status: 'issued',
      manual: false,
    });
    expect(certificate.code).toMatch(CODE);
    expect(certificate.statusIndex).toBeGreaterThanOrEqual(0);
    const audit = await superuser()
      .collection('audit_log')
      .getFullList({ filter: superuser().filter('record = {:id}', { id: certificate.id }) });
    expect(audit.map((entry) => entry.action)).toEqual(['certificate.issued']);
  });

  it('gives exactly one certificate when the last progress and the last quiz pass arrive together (20 runs)', async () => {
    for (let run = 0; run < 20; run++) {
      const s = await enrolledFellow(`race-${run}`);
      const [progress, attempt] = await Promise.all([readModule(s.fellow.pb, s), passQuiz(s.fellow.pb, s)]);
      expect([progress.status, attempt.status]).toEqual([200, 201]);
      expect(await certificatesOf(s.fellow.record.id)).toHaveLength(1);
    }
  });

  it('issues nothing for a failed quiz, and nothing more when the quiz is passed again', async () => {
    const s = await enrolledFellow('again');
    await readModule(s.fellow.pb, s);
    await postJson(s.fellow.pb, `/api/ertad/quizzes/${s.quiz.slug}/attempts`, {
      idempotencyKey: newKey(),
      answers: WRONG_ANSWERS,
    });
    expect(await certificatesOf(s.fellow.record.id)).toEqual([]);
    await passQuiz(s.fellow.pb, s);
    await passQuiz(s.fellow.pb, s);
    expect(await certificatesOf(s.fellow.record.id)).toHaveLength(1);
  });

  it('does not re-issue a revoked certificate when the fellow passes the quiz again', async () => {
    const s = await enrolledFellow('revoked');
    await readModule(s.fellow.pb, s);
    await passQuiz(s.fellow.pb, s);
    const [certificate] = await certificatesOf(s.fellow.record.id);
    const coordinator = await signedInAs('coordinator');
    const revoke = await postJson(coordinator.pb, `/api/ertad/certificates/${certificate.id}/revoke`, {
      reason: 'Quiz answers were shared',
    });
    expect(revoke.status).toBe(200);
    await passQuiz(s.fellow.pb, s);
    const after = await certificatesOf(s.fellow.record.id);
    expect(after.map((c) => [c.id, c.status])).toEqual([[certificate.id, 'revoked']]);
  });

  it('never issues a programme certificate while the programme requires supervision hours', async () => {
    const s = await enrolledFellow('supervised');
    const cohort = await superuser()
      .collection('cohorts')
      .create({ program: s.program.id, name: uniquePrefix('cohort') });
    const enrolment = await superuser()
      .collection('enrolments')
      .getFirstListItem(superuser().filter('user = {:u}', { u: s.fellow.record.id }));
    await superuser().collection('enrolments').update(enrolment.id, { cohort: cohort.id });
    await readModule(s.fellow.pb, s);
    await passQuiz(s.fellow.pb, s);
    expect((await certificatesOf(s.fellow.record.id)).map((c) => c.kind)).toEqual(['course']);
  });

  it('issues the programme certificate to a cohort member once its required courses are complete and no hours are required', async () => {
    const s = await enrolledFellow('programme');
    await superuser().collection('programs').update(s.program.id, { supervisionHours: 0 });
    const cohort = await superuser()
      .collection('cohorts')
      .create({ program: s.program.id, name: uniquePrefix('cohort') });
    const enrolment = await superuser()
      .collection('enrolments')
      .getFirstListItem(superuser().filter('user = {:u}', { u: s.fellow.record.id }));
    await superuser().collection('enrolments').update(enrolment.id, { cohort: cohort.id });
    await readModule(s.fellow.pb, s);
    await passQuiz(s.fellow.pb, s);
    const certificates = await certificatesOf(s.fellow.record.id);
    expect(certificates.map((c) => c.kind).sort()).toEqual(['course', 'program']);
    expect(certificates.find((c) => c.kind === 'program')).toMatchObject({
      program: s.program.id,
      achievementTitle: { ka: 'ახალგაზრდა პროფესიონალები', en: 'Young Professionals' },
    });
  });

  it('issues no programme certificate to someone outside the programme’s cohorts', async () => {
    const s = await enrolledFellow('outsider');
    await superuser().collection('programs').update(s.program.id, { supervisionHours: 0 });
    await readModule(s.fellow.pb, s);
    await passQuiz(s.fellow.pb, s);
    expect((await certificatesOf(s.fellow.record.id)).map((c) => c.kind)).toEqual(['course']);
  });

  it('issues nothing for a course whose build gave it no certificate rule', async () => {
    const s = await enrolledFellow('no-rule-fellow');
    await superuser().collection('courses').update(s.course.id, { certificate: null });
    await readModule(s.fellow.pb, s);
    await passQuiz(s.fellow.pb, s);
    expect(await certificatesOf(s.fellow.record.id)).toEqual([]);
  });
});
