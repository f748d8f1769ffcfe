// What `npm start` promises a new user on an empty database: every role has something real to
// look at. serveProjectData (what `npm start` runs after building) serves a new data folder, syncs
// the site's own build (build/server, which `npm test` builds first) and plays the demo through the
// routes, so certificates and mentoring meet as they do in use.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/pocketbase-process.mjs';
import { root } from '../../scripts/lib/root.mjs';
import { serveProjectData } from '../../scripts/lib/serve-data.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'ertad-demo-'));
let server: Awaited<ReturnType<typeof serveProjectData>>;
let publicUrl: string;
let pb: PocketBase;

beforeAll(async () => {
  if (!existsSync(join(root, 'build/server/courses.json')))
    throw new Error('The demo plays on the site build: run `npm run build` first (npm test does).');
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  const before = process.env.ERTAD_DATA;
  process.env.ERTAD_DATA = dataDir;
  try {
    server = await serveProjectData({ host: '127.0.0.1', port, publicUrl });
  } finally {
    if (before === undefined) delete process.env.ERTAD_DATA;
    else process.env.ERTAD_DATA = before;
  }
  pb = new PocketBase(server.url);
  pb.autoCancellation(false);
  // The demo superuser's password is printed once and kept nowhere: the test signs in as the
  // account the start script synced and seeded with.
  await pb.collection('_superusers').authWithPassword(server.account.email, server.account.password);
}, 240_000);

afterAll(async () => {
  await server?.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

const userId = async (email: string) =>
  (await pb.collection('users').getFirstListItem(pb.filter('email = {:email}', { email }))).id;

const certificatesOf = async (email: string) =>
  (
    await pb
      .collection('certificates')
      .getFullList({ filter: pb.filter('holder = {:id}', { id: await userId(email) }), sort: 'kind,status' })
  ).map((c) => `${c.kind}:${c.status}`);

describe('the demo data of a new database', () => {
  it('gives the demo fellow an issued and a revoked course certificate, and Elvin a programme certificate', async () => {
    expect(await certificatesOf('fellow@demo.ertad.example')).toEqual(['course:issued', 'course:revoked']);
    expect(await certificatesOf('elvin@demo.ertad.example')).toContain('program:issued');
  });

  it('answers the public verify route for a demo certificate’s code', async () => {
    const [certificate] = await pb
      .collection('certificates')
      .getFullList({ filter: pb.filter('holder = {:id}', { id: await userId('fellow@demo.ertad.example') }) });
    const response = await fetch(`${server.url}/api/ertad/verify/${certificate.code}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: certificate.status === 'issued' ? 'valid' : 'revoked',
      holderName: 'ნინო ბერიძე',
    });
  });

  it('gives the demo mentor three mentees in two cohorts, paired before their first session', async () => {
    const mentor = await userId('mentor@demo.ertad.example');
    const mentorships = await pb
      .collection('mentorships')
      .getFullList({ filter: pb.filter('mentor = {:mentor}', { mentor }) });
    expect(mentorships).toHaveLength(3);
    expect(new Set(mentorships.map((m) => m.cohort)).size).toBe(2);
    const sessions = await pb
      .collection('mentoring_sessions')
      .getFullList({ filter: pb.filter('mentor = {:mentor}', { mentor }) });
    const firstSession = sessions.map((s) => s.date.slice(0, 10)).sort()[0];
    for (const m of mentorships) expect(m.startedAt.slice(0, 10) < firstSession).toBe(true);
  });

  it('shows the mentor signed, awaiting, disputed, draft, amended and group sessions', async () => {
    const mentor = await userId('mentor@demo.ertad.example');
    const sessions = await pb
      .collection('mentoring_sessions')
      .getFullList({ filter: pb.filter('mentor = {:mentor}', { mentor }) });
    expect(new Set(sessions.map((s) => s.state))).toEqual(new Set(['signed', 'awaiting_fellows', 'disputed', 'draft']));
    expect(sessions.some((s) => s.kind === 'group_supervision' && s.state === 'signed')).toBe(true);
    const amendments = await pb.collection('session_amendments').getFullList();
    expect(amendments.length).toBeGreaterThan(0);
  });

  it('leaves a session awaiting the demo fellow’s signature', async () => {
    const fellow = await userId('fellow@demo.ertad.example');
    const awaiting = await pb.collection('mentoring_sessions').getFullList({
      filter: pb.filter("state = 'awaiting_fellows' && fellows ~ {:fellow}", { fellow }),
    });
    expect(awaiting.length).toBeGreaterThan(0);
  });

  it('takes the address it serves as the Application URL, so certificate links and did:web point at it', async () => {
    expect((await pb.settings.getAll()).meta.appURL).toBe(publicUrl);
    const did = await (await fetch(`${server.url}/.well-known/did.json`)).json();
    expect(did.id).toBe(`did:web:127.0.0.1%3A${new URL(publicUrl).port}`);
  });
});
