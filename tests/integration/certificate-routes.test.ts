import { describe, expect, it } from 'vitest';
import { guest, signedInAs, superuser } from '../support/clients';
import { certificatesOf, enrolledFellow, passQuiz, readModule } from '../support/certificates';
import { postJson } from '../support/learning';

/** A fellow who has just earned the sample course's certificate, and that certificate. */
async function certified(label: string) {
  const s = await enrolledFellow(label, 'Անի Պետրոսյան');
  await readModule(s.fellow.pb, s);
  await passQuiz(s.fellow.pb, s);
  const [certificate] = await certificatesOf(s.fellow.record.id);
  return { ...s, certificate };
}

async function getJson(path: string, token = '') {
  const response = await fetch(guest().buildURL(path), { headers: token ? { Authorization: token } : {} });
  return { status: response.status, body: await response.json() };
}

const VERIFY_KEYS = [
  'achievement',
  'code',
  'holderName',
  'issuedAt',
  'issuer',
  'kind',
  'reason',
  'revokedAt',
  'status',
];

describe('public verification', () => {
  it('tells anyone that a valid code is valid, with only the name, achievement, issuer and date', async () => {
    const { certificate } = await certified('verify-valid');
    const reply = await getJson(`/api/ertad/verify/${certificate.code.toLowerCase().replace(/-/g, ' ')}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      status: 'valid',
      code: certificate.code,
      holderName: 'Անի Պետրոսյան',
      achievement: { ka: 'GESI საფუძვლები', en: 'GESI foundations' },
      kind: 'course',
      issuer: 'Ertad',
      issuedAt: certificate.issuedAt,
      revokedAt: '',
      reason: '',
    });
  });

  it('answers an unknown or malformed code with the same status and the same keys', async () => {
    const unknown = await getJson('/api/ertad/verify/2222-3333-4444-5555-6666-7777-8888');
    const malformed = await getJson('/api/ertad/verify/not-a-code');
    for (const reply of [unknown, malformed]) {
      expect(reply.status).toBe(200);
      expect(Object.keys(reply.body).sort()).toEqual(VERIFY_KEYS);
      expect(reply.body).toMatchObject({ status: 'unknown', holderName: '', issuer: '' });
    }
  });

  it('shows a revocation with its date, and its reason only when the coordinator made it public', async () => {
    const hidden = await certified('verify-hidden');
    const shown = await certified('verify-shown');
    const coordinator = await signedInAs('coordinator');
    await postJson(coordinator.pb, `/api/ertad/certificates/${hidden.certificate.id}/revoke`, {
      reason: 'Private matter',
    });
    await postJson(coordinator.pb, `/api/ertad/certificates/${shown.certificate.id}/revoke`, {
      reason: 'Issued in error',
      reasonPublic: true,
    });
    const hiddenReply = (await getJson(`/api/ertad/verify/${hidden.certificate.code}`)).body;
    const shownReply = (await getJson(`/api/ertad/verify/${shown.certificate.code}`)).body;
    expect(hiddenReply).toMatchObject({ status: 'revoked', reason: '' });
    expect(hiddenReply.revokedAt).not.toBe('');
    expect(shownReply).toMatchObject({ status: 'revoked', reason: 'Issued in error' });
  });

  it('sends the QR address to the verify page in the visitor’s language with the code filled in', async () => {
    const response = await fetch(guest().buildURL('/verify/ABCD-EFGH'), {
      redirect: 'manual',
      headers: { 'Accept-Language': 'hy' },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/hy/verify/?code=ABCD-EFGH');
  });
});

describe('coordinators issuing and revoking', () => {
  it('lets a coordinator issue a certificate by hand with a note, audited and marked manual', async () => {
    const s = await enrolledFellow('manual');
    const coordinator = await signedInAs('coordinator');
    const reply = await postJson(coordinator.pb, '/api/ertad/certificates', {
      holder: s.fellow.record.id,
      kind: 'course',
      achievement: s.course.slug,
      note: 'Completed the same course offline in Marneuli, 2025',
    });
    expect(reply.status).toBe(201);
    const [stored] = await certificatesOf(s.fellow.record.id);
    expect(stored).toMatchObject({
      manual: true,
      issuedBy: coordinator.record.id,
      note: 'Completed the same course offline in Marneuli, 2025',
    });
    const audit = await superuser()
      .collection('audit_log')
      .getFirstListItem(superuser().filter('record = {:id}', { id: stored.id }));
    expect(audit).toMatchObject({ actor: coordinator.record.id, action: 'certificate.issued' });
  });

  it('refuses a manual issue without a note, or beside a valid certificate for the same course', async () => {
    const { fellow, course } = await certified('manual-refused');
    const coordinator = await signedInAs('coordinator');
    const body = { holder: fellow.record.id, kind: 'course', achievement: course.slug };
    const noNote = await postJson(coordinator.pb, '/api/ertad/certificates', body);
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors.map((e: { code: string }) => e.code)).toEqual(['note_required']);
    const twice = await postJson(coordinator.pb, '/api/ertad/certificates', { ...body, note: 'Again' });
    expect(twice.status).toBe(409);
    expect(await certificatesOf(fellow.record.id)).toHaveLength(1);
  });

  it('refuses issue and revoke to anyone but a coordinator, and changes nothing', async () => {
    const { fellow, course, certificate } = await certified('not-coordinator');
    for (const role of ['fellow', 'mentor', 'trainer'] as const) {
      const actor = await signedInAs(role);
      const issue = await postJson(actor.pb, '/api/ertad/certificates', {
        holder: actor.record.id,
        kind: 'course',
        achievement: course.slug,
        note: 'Self-issued',
      });
      const revoke = await postJson(actor.pb, `/api/ertad/certificates/${certificate.id}/revoke`, { reason: 'Mine' });
      expect([issue.status, revoke.status]).toEqual([403, 403]);
      expect(await certificatesOf(actor.record.id)).toEqual([]);
    }
    expect(
      (await postJson(fellow.pb, `/api/ertad/certificates/${certificate.id}/revoke`, { reason: 'x' })).status,
    ).toBe(403);
    expect((await postJson(guest(), `/api/ertad/certificates/${certificate.id}/revoke`, { reason: 'x' })).status).toBe(
      401,
    );
    expect((await certificatesOf(fellow.record.id))[0].status).toBe('issued');
  });

  it('requires a reason to revoke, and refuses to revoke twice', async () => {
    const { certificate } = await certified('revoke-twice');
    const coordinator = await signedInAs('coordinator');
    const path = `/api/ertad/certificates/${certificate.id}/revoke`;
    expect((await postJson(coordinator.pb, path, { reason: '  ' })).status).toBe(400);
    expect((await postJson(coordinator.pb, path, { reason: 'Plagiarised project' })).status).toBe(200);
    const again = await postJson(coordinator.pb, path, { reason: 'Again' });
    expect(again.status).toBe(409);
    const stored = await superuser().collection('certificates').getOne(certificate.id);
    expect(stored).toMatchObject({ status: 'revoked', revocationReason: 'Plagiarised project', reasonPublic: false });
  });
});

describe('the PDF’s data', () => {
  it('goes to the holder and to coordinators, with the verification URL on the public origin', async () => {
    const { fellow, certificate } = await certified('document');
    const coordinator = await signedInAs('coordinator');
    const path = `/api/ertad/certificates/${certificate.id}/document`;
    const mine = await getJson(path, fellow.pb.authStore.token);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ holderName: 'Անի Պետրոսյան', code: certificate.code, lang: 'ka' });
    const appUrl = (await superuser().settings.getAll()).meta.appURL.replace(/\/+$/, '');
    expect(mine.body.verifyUrl).toBe(`${appUrl}/verify/${certificate.code}`);
    expect((await getJson(path, coordinator.pb.authStore.token)).body).toEqual(mine.body);
  });

  it('is not found for another fellow or a guest', async () => {
    const { certificate } = await certified('document-private');
    const other = await signedInAs('fellow');
    const path = `/api/ertad/certificates/${certificate.id}/document`;
    expect((await getJson(path, other.pb.authStore.token)).status).toBe(404);
    expect((await getJson(path)).status).toBe(401);
  });
});
