import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-process.mjs';
import { emptyStatusList, statusBit, verify, type Credential } from '../support/independent-verifier';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

// Its own server and data folder: the test reads the issuer key file, restarts the server, and
// sets the Application URL the did:web issuer is derived from.
let dataDir: string;
let server: Awaited<ReturnType<typeof startPocketBase>>;
let admin: PocketBase;
let course: { id: string; slug: string };

async function start() {
  server = await startPocketBase({ dataDir });
  admin = new PocketBase(server.url);
  admin.autoCancellation(false);
  await admin.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ertad-credentials-'));
  upsertSuperuser(dataDir, TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  await start();
  await admin.settings.update({ meta: { appURL: server.url } });
  const slug = `gesi-basics-${randomBytes(3).toString('hex')}`;
  const record = await admin.collection('courses').create({
    slug,
    title: { ka: 'გენდერული თანასწორობის საფუძვლები', en: 'Gender equality basics' },
    version: 'v1',
  });
  course = { id: record.id, slug };
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function user(role: 'fellow' | 'coordinator', name: string) {
  const password = 'correct-horse-battery';
  const email = `${role}-${randomBytes(4).toString('hex')}@test.ertad.example`;
  const record = await admin.collection('users').create({ email, password, passwordConfirm: password, name, role });
  const pb = await admin.collection('users').impersonate(record.id, 3600);
  pb.autoCancellation(false);
  return { pb, record };
}

/** A certificate as the issuing hooks store it, written directly so this test needs no completion flow. */
/** A random status-list bit that no certificate on the shared server holds yet: the index is unique. */
async function freeStatusIndex() {
  const certificates = await admin.collection('certificates').getFullList({ fields: 'statusIndex' });
  const taken = new Set(certificates.map((certificate) => certificate.statusIndex));
  let index = randomInt(0, 131072);
  while (taken.has(index)) index = randomInt(0, 131072);
  return index;
}

async function issueCertificate(holderId: string, texts: { description?: string } = {}) {
  const code = Array.from({ length: 7 }, () => randomBytes(2).toString('hex').toUpperCase()).join('-');
  return admin.collection('certificates').create({
    holder: holderId,
    holderName: 'ნინო ბერიძე',
    kind: 'course',
    course: course.id,
    achievementTitle: { ka: 'გენდერული თანასწორობის საფუძვლები', en: 'Gender equality basics' },
    achievementDescription: {
      ka: texts.description ?? 'კურსი გენდერული თანასწორობისა და სოციალური ინკლუზიის შესახებ.',
      en: 'A course on gender equality and social inclusion.',
    },
    criteria: {
      ka: 'ყველა მოდული წაკითხულია და ყველა ქვიზი ჩაბარებულია.',
      en: 'Every module read and every quiz passed.',
    },
    lang: 'ka',
    issuerName: 'Ertad',
    issuedAt: '2026-11-30 09:15:42.123Z',
    status: 'issued',
    code,
    statusIndex: await freeStatusIndex(),
  });
}

async function getCredential(code: string, pb?: PocketBase) {
  const headers: Record<string, string> = pb ? { Authorization: pb.authStore.token } : {};
  return fetch(`${server.url}/api/ertad/certificates/${code}/credential`, { headers });
}

describe('signed Open Badges 3.0 credentials', () => {
  it('issues a credential that an independent verifier accepts, with a status list showing it unrevoked', async () => {
    const { record: holder } = await user('fellow', 'ნინო ბერიძე');
    const certificate = await issueCertificate(holder.id);
    const response = await getCredential(certificate.code);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vc');
    const credential: Credential = await response.json();

    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer.id).toBe(`did:web:${new URL(server.url).host.replace(':', '%3A')}`);
    expect(credential.validFrom).toBe('2026-11-30T09:15:42Z');
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2026-11-30T09:15:42Z',
    });
    const achievement = credential.credentialSubject.achievement;
    expect(achievement).toMatchObject({
      id: `${server.url}/ka/courses/${course.slug}/`,
      name: 'გენდერული თანასწორობის საფუძვლები',
      criteria: { narrative: 'ყველა მოდული წაკითხულია და ყველა ქვიზი ჩაბარებულია.' },
      related: [{ inLanguage: 'en', name: 'Gender equality basics' }],
    });
    expect(credential.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(certificate.statusIndex),
    });

    const result = await verify(credential, server.url);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult?.results[0].status).toBe(false);
  });

  it('signs texts with line breaks, tabs, quotes and backslashes so that the verifier accepts them', async () => {
    const { record: holder } = await user('fellow', 'ნინო ბერიძე');
    const description = 'Two lines:\n\t"GESI" in a municipality\\region\r\nand a stray bell\u0007 character.';
    const certificate = await issueCertificate(holder.id, { description });
    const credential: Credential = await (await getCredential(certificate.code)).json();
    expect(credential.credentialSubject.achievement.description).toBe(description.replace('\u0007', ''));
    const result = await verify(credential, server.url);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it('gives the same bytes for the same certificate on every request', async () => {
    const { record: holder } = await user('fellow', 'Nino Beridze');
    const certificate = await issueCertificate(holder.id);
    const first = await (await getCredential(certificate.code)).text();
    const second = await (await getCredential(certificate.code)).text();
    expect(second).toBe(first);
  });

  it('fails verification when any field of the credential is changed', async () => {
    const { record: holder } = await user('fellow', 'ნინო ბერიძე');
    const certificate = await issueCertificate(holder.id);
    const original: Credential = await (await getCredential(certificate.code)).json();
    const tamperings: Record<string, (c: Credential) => void> = {
      'holder name': (c) => (c.credentialSubject.identifier[0].identityHash = 'Someone Else'),
      'achievement name': (c) => (c.credentialSubject.achievement.name = 'Advanced budgeting'),
      'achievement description': (c) => (c.credentialSubject.achievement.description += ' '),
      criteria: (c) => (c.credentialSubject.achievement.criteria.narrative = 'Attendance only.'),
      'other-language title': (c) => (c.credentialSubject.achievement.related[0].name = 'Budgeting'),
      'issuer name': (c) => (c.issuer.name = 'Another organisation'),
      'issue date': (c) => (c.validFrom = '2025-11-30T09:15:42Z'),
      'credential id': (c) => (c.id = `${server.url}/verify/AAAA-BBBB`),
      'status index': (c) => (c.credentialStatus.statusListIndex = String((certificate.statusIndex + 1) % 131072)),
      'proof date': (c) => (c.proof.created = '2025-11-30T09:15:42Z'),
    };
    for (const [field, tamper] of Object.entries(tamperings)) {
      const changed = structuredClone(original);
      tamper(changed);
      const result = await verify(changed, server.url);
      expect(result.verified, `changing the ${field} still verified`).toBe(false);
    }
    expect((await verify(original, server.url)).verified).toBe(true);
  });

  it('sets the certificate bit in a signed status list once it is revoked', async () => {
    const { record: holder } = await user('fellow', 'ნინო ბერიძე');
    const certificate = await issueCertificate(holder.id);
    const credential: Credential = await (await getCredential(certificate.code)).json();
    await admin.collection('certificates').update(certificate.id, {
      status: 'revoked',
      revokedAt: '2026-12-01 08:00:00.000Z',
      revocationReason: 'Issued in error',
    });

    const listResponse = await fetch(credential.credentialStatus.statusListCredential);
    expect(listResponse.status).toBe(200);
    expect(Number(/max-age=(\d+)/.exec(listResponse.headers.get('cache-control') ?? '')?.[1])).toBeLessThanOrEqual(300);
    const statusList: Credential = await listResponse.json();
    expect(statusList.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect(statusList.issuer).toBe(credential.issuer.id);
    expect(statusList.validFrom).toBe('2026-12-01T08:00:00Z');
    const { bit, length } = await statusBit(statusList, certificate.statusIndex);
    expect(bit).toBe(true);
    expect(length).toBeGreaterThanOrEqual(131072);

    const listResult = await verify(statusList, server.url);
    expect(listResult.error).toBeUndefined();
    expect(listResult.verified).toBe(true);
    // The credential's own proof still holds; its status now says revoked.
    const result = await verify(credential, server.url);
    expect(result.verified).toBe(true);
    expect(result.statusResult?.results[0].status).toBe(true);

    // A list edited to clear the bit no longer carries a valid proof.
    const forged = structuredClone(statusList);
    forged.credentialSubject.encodedList = await emptyStatusList();
    expect((await statusBit(forged, certificate.statusIndex)).bit).toBe(false);
    expect((await verify(forged, server.url)).verified).toBe(false);
  });

  it('answers a conditional request for an unchanged status list with 304', async () => {
    const first = await fetch(`${server.url}/api/ertad/credentials/status/0`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}/api/ertad/credentials/status/0`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });
});

describe('certificates from the issuing routes', () => {
  async function post(pb: PocketBase, path: string, body: unknown) {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { Authorization: pb.authStore.token, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  it('verifies a certificate a coordinator issued, and shows it revoked once the coordinator revokes it', async () => {
    const coordinator = await user('coordinator', 'Coordinator');
    const { record: holder } = await user('fellow', 'Անի Պետրոսյան');
    const issued = await post(coordinator.pb, '/api/ertad/certificates', {
      holder: holder.id,
      kind: 'course',
      achievement: course.slug,
      lang: 'hy',
      note: 'Completed the same course at a partner CSO, assessed by its trainer.',
    });
    expect(issued.status).toBe(201);
    const credential: Credential = await (await getCredential(issued.body.code)).json();
    expect(credential.credentialSubject.identifier[0].identityHash).toBe('Անի Պետրոսյան');
    const before = await verify(credential, server.url);
    expect(before.error).toBeUndefined();
    expect(before.verified).toBe(true);
    expect(before.statusResult?.results[0].status).toBe(false);

    const revoked = await post(coordinator.pb, `/api/ertad/certificates/${issued.body.id}/revoke`, {
      reason: 'Issued in error',
    });
    expect(revoked.status).toBe(200);
    const after = await verify(credential, server.url);
    expect(after.verified).toBe(true);
    expect(after.statusResult?.results[0].status).toBe(true);
  });
});

describe('who may fetch a credential', () => {
  // The code is the capability: whoever the holder gave it to may fetch what the verify page shows.
  const cases: [
    actor: string,
    request: 'own code' | 'unknown code' | 'list 0' | 'list 1' | 'list x',
    expected: number,
  ][] = [
    ['guest', 'own code', 200],
    ['guest', 'unknown code', 404],
    ['holder', 'own code', 200],
    ['holder', 'unknown code', 404],
    ['other fellow', 'own code', 200],
    ['coordinator', 'own code', 200],
    ['guest', 'list 0', 200],
    ['guest', 'list 1', 404],
    ['guest', 'list x', 404],
  ];

  it.each(cases)('%s asking for %s gets %i', async (actor, request, expected) => {
    const holder = await user('fellow', 'ნინო ბერიძე');
    const certificate = await issueCertificate(holder.record.id);
    const client = {
      guest: undefined,
      holder: holder.pb,
      'other fellow': (await user('fellow', 'Other')).pb,
      coordinator: (await user('coordinator', 'Coord')).pb,
    }[actor];
    const url = {
      'own code': `/api/ertad/certificates/${certificate.code}/credential`,
      'unknown code': `/api/ertad/certificates/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ/credential`,
      'list 0': '/api/ertad/credentials/status/0',
      'list 1': '/api/ertad/credentials/status/1',
      'list x': '/api/ertad/credentials/status/x',
    }[request];
    const response = await fetch(`${server.url}${url}`, {
      headers: client ? { Authorization: client.authStore.token } : {},
    });
    expect(response.status).toBe(expected);
    const body = await response.json();
    if (expected === 200) expect(body.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    else expect(body).toEqual({ status: 404, message: expect.any(String), data: {} });
  });
});

describe('the issuer key and DID document', () => {
  it('publishes the issuer key as the only assertion method of the did:web document', async () => {
    const did = `did:web:${new URL(server.url).host.replace(':', '%3A')}`;
    const response = await fetch(`${server.url}/.well-known/did.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.id).toBe(did);
    expect(document.verificationMethod).toHaveLength(1);
    expect(document.verificationMethod[0]).toMatchObject({
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: expect.stringMatching(/^z6Mk/),
    });
    expect(document.assertionMethod).toEqual([document.verificationMethod[0].id]);
  });

  it('keeps the key in the data folder with mode 0600 and reuses it after a restart', async () => {
    const keyFile = join(dataDir, 'issuer/ed25519.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const before = (await (await fetch(`${server.url}/.well-known/did.json`)).json()).verificationMethod[0]
      .publicKeyMultibase;
    const { record: holder } = await user('fellow', 'ნინო ბერიძე');
    const certificate = await issueCertificate(holder.id);
    const issuedBefore = await (await getCredential(certificate.code)).text();
    const appURL = server.url;

    await server.stop();
    await start();
    // The Application URL still names the first address, so the issuer DID is unchanged.
    const didDocument = await (await fetch(`${server.url}/.well-known/did.json`)).json();
    expect(didDocument.verificationMethod[0].publicKeyMultibase).toBe(before);
    expect(await (await getCredential(certificate.code)).text()).toBe(issuedBefore);
    expect(JSON.parse(issuedBefore).issuer.id).toBe(`did:web:${new URL(appURL).host.replace(':', '%3A')}`);
  });
});

// Last in this file: it spends this server's guest allowance.
describe('guessing codes', () => {
  it('answers 429 once a guest asks for credentials too fast', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 35; attempt++) {
      const response = await fetch(`${server.url}/api/ertad/certificates/GUESS-${attempt}/credential`);
      statuses.push(response.status);
    }
    expect(statuses[0]).toBe(404);
    expect(statuses).toContain(429);
  });
});
