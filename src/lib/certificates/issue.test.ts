import { describe, expect, it } from 'vitest';
import { issueEarnedCertificates } from './issue';
import { issueManually, revokeCertificate } from './manage';
import { memoryCertificateStore } from '../../../tests/support/certificate-memory-store';
import { verifyCode } from './verify';

const NOW = '2026-06-01 10:00:00.000Z';
const rule = {
  modules: ['intro', 'check'],
  quizzes: ['gesi-quiz'],
  description: { en: 'Basics' },
  criteria: { en: 'All of it' },
};
const gesi = { id: 'c1', slug: 'gesi', title: { ka: 'GESI საფუძვლები', en: 'GESI foundations' }, rule };
const ypp = {
  id: 'p1',
  slug: 'ypp',
  title: { en: 'Young Professionals' },
  supervisionHours: 12,
  rule: { courses: ['gesi'], description: {}, criteria: {} },
  members: ['u1'],
};

function world() {
  const w = memoryCertificateStore({
    holders: [{ id: 'u1', name: 'ნინო ბერიძე', lang: 'ka' }],
    courses: [gesi],
    programs: [ypp],
  });
  const finish = () => {
    w.complete('u1', 'c1', ['intro', 'check']);
    w.attempt('u1', 'c1', { quiz: 'gesi-quiz', version: 'v1', passed: true });
  };
  return { ...w, finish };
}

describe('issuing earned certificates', () => {
  it('issues the course certificate with the holder’s name and the achievement in every language it has', () => {
    const w = world();
    w.finish();
    expect(issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW })).toEqual(['cert1']);
    expect(w.certificates[0]).toMatchObject({
      holderName: 'ნინო ბერიძე',
      achievementTitle: gesi.title,
      criteria: { en: 'All of it' },
      lang: 'ka',
      issuerName: 'Civil Society Learning Hub',
      status: 'issued',
      autoKey: 'u1:course:c1',
      manual: false,
    });
    expect(w.audits.map((a) => a.action)).toEqual(['certificate.issued']);
  });

  it('issues nothing before the rule is met, and nothing twice', () => {
    const w = world();
    w.complete('u1', 'c1', ['intro']);
    expect(issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW })).toEqual([]);
    w.finish();
    issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'gesi', now: NOW });
    expect(issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW })).toEqual([]);
    expect(w.certificates).toHaveLength(1);
  });

  it('does not re-issue a revoked certificate automatically', () => {
    const w = world();
    w.finish();
    const [id] = issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW });
    revokeCertificate(w.store, { actorId: 'coordinator', id, body: { reason: 'Shared answers' }, now: NOW });
    w.attempt('u1', 'c1', { quiz: 'gesi-quiz', version: 'v2', passed: true });
    expect(issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW })).toEqual([]);
    expect(w.certificates.map((c) => c.status)).toEqual(['revoked']);
  });

  it('issues the programme certificate only once the signed supervision hours reach the requirement', () => {
    const w = world();
    w.finish();
    expect(issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW })).toHaveLength(1);
    w.signSessions('u1', 'p1', [{ minutes: 720, signedByBoth: true }]);
    w.attempt('u1', 'c1', { quiz: 'gesi-quiz', version: 'v1', passed: true });
    expect(issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW })).toEqual(['cert2']);
    expect(w.certificates[1]).toMatchObject({ kind: 'program', program: 'p1', autoKey: 'u1:program:p1' });
  });

  it('gives every certificate its own code and status bit', () => {
    const w = world();
    w.finish();
    issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW });
    revokeCertificate(w.store, { actorId: 'k', id: 'cert1', body: { reason: 'r' }, now: NOW });
    issueManually(w.store, {
      actorId: 'k',
      body: { holder: 'u1', kind: 'course', achievement: 'gesi', note: 'Redone offline' },
      now: NOW,
    });
    const [first, second] = w.certificates;
    expect(first.code).not.toBe(second.code);
    expect(first.statusIndex).not.toBe(second.statusIndex);
    expect(second).toMatchObject({ manual: true, issuedBy: 'k', autoKey: '' });
  });
});

describe('verifying a code', () => {
  it('answers valid, revoked and unknown with the same keys', () => {
    const w = world();
    w.finish();
    issueEarnedCertificates(w.store, { userId: 'u1', courseId: 'c1', now: NOW });
    const code = w.certificates[0].code;
    const valid = verifyCode(w.store, code.toLowerCase());
    revokeCertificate(w.store, {
      actorId: 'k',
      id: 'cert1',
      body: { reason: 'Private', reasonPublic: false },
      now: NOW,
    });
    const revoked = verifyCode(w.store, code);
    const unknown = verifyCode(w.store, 'not a code');
    expect([valid.status, revoked.status, unknown.status]).toEqual(['valid', 'revoked', 'unknown']);
    expect(Object.keys(unknown)).toEqual(Object.keys(valid));
    expect(revoked).toMatchObject({ revokedAt: NOW, reason: '' });
    expect(unknown).toMatchObject({ holderName: '', achievement: {}, issuer: '' });
  });
});
