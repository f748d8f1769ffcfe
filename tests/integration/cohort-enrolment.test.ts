import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHooks } from '../../scripts/lib/bundle-hooks.mjs';
import { root } from '../../scripts/lib/root.mjs';
import { startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-process.mjs';
import { syncContent } from '../../scripts/sync-content.mjs';
import { writeBuildServer, type BuildServer } from '../fixtures/build-server';
import { signedInAs } from '../support/clients';
import { postJson } from '../support/learning';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

// A fault injected into a real PocketBase, as a full disk or a broken row would: saving an
// enrolment into a course whose slug ends in "-z-fault" throws, inside the route's transaction.
// The server runs the project's hooks plus this one, from a copy of pocketbase/pb_hooks.
const FAULT_HOOK = `/// <reference path="../pb_data/types.d.ts" />
onRecordCreate((e) => {
  const course = e.app.findRecordById('courses', e.record.getString('course'));
  if (/-z-fault$/.test(course.getString('slug'))) throw new Error('injected fault: the enrolment cannot be saved');
  e.next();
}, 'enrolments');
`;

const title = (en: string) => ({ ka: en, en });
const course = (slug: string, program: string) => ({
  slug,
  title: title(slug),
  programs: [program],
  modules: [{ id: 'only-module', order: 1, completion: 'read' as const }],
});

/** Two programmes of three courses each; the last course of the second one cannot take enrolments. */
const build: BuildServer = {
  programs: [
    { slug: 'cohort-three', title: title('Three courses'), supervisionHours: 0 },
    { slug: 'cohort-faulty', title: title('Three courses, one faulty'), supervisionHours: 0 },
  ],
  courses: [
    course('three-a-intro', 'cohort-three'),
    course('three-b-practice', 'cohort-three'),
    course('three-c-fieldwork', 'cohort-three'),
    course('faulty-a-intro', 'cohort-faulty'),
    course('faulty-b-practice', 'cohort-faulty'),
    course('faulty-z-fault', 'cohort-faulty'),
  ],
  quizzes: [],
};

describe('POST /api/ertad/cohorts/{id}/enrol with a programme of several courses', () => {
  let server: Awaited<ReturnType<typeof startPocketBase>>;
  let dataDir: string;
  let hooksDir: string;
  let admin: PocketBase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await bundleHooks();
    hooksDir = mkdtempSync(join(tmpdir(), 'ertad-hooks-'));
    cpSync(join(root, 'pocketbase/pb_hooks'), hooksDir, { recursive: true });
    writeFileSync(join(hooksDir, 'zz-test-fault.pb.js'), FAULT_HOOK);
    dataDir = mkdtempSync(join(tmpdir(), 'ertad-pb-'));
    upsertSuperuser(dataDir, TEST_SUPERUSER.email, TEST_SUPERUSER.password);
    server = await startPocketBase({ dataDir, hooksDir });
    admin = new PocketBase(server.url);
    admin.autoCancellation(false);
    await admin.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
    await syncContent(server.url, admin.authStore.token, writeBuildServer(build));
    for (const record of await admin.collection('courses').getFullList()) ids[record.slug] = record.id;
    for (const record of await admin.collection('programs').getFullList()) ids[record.slug] = record.id;
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(hooksDir, { recursive: true, force: true });
  });

  const cohortOf = async (program: string) =>
    (await admin.collection('cohorts').create({ program: ids[program], name: `${program} 2026` })).id as string;
  const enrolmentsOf = (userId: string) =>
    admin.collection('enrolments').getFullList({ filter: `user = "${userId}"`, expand: 'course', sort: 'created' });
  const auditsFor = (userId: string) =>
    admin.collection('audit_log').getFullList({ filter: `action = "cohort.enrolled" && details.user = "${userId}"` });

  it('enrols a fellow into all three courses, each in the cohort, and audits it once', async () => {
    const coordinator = await signedInAs('coordinator', admin);
    const fellow = await signedInAs('fellow', admin);
    const cohort = await cohortOf('cohort-three');
    const reply = await postJson(coordinator.pb, `/api/ertad/cohorts/${cohort}/enrol`, { user: fellow.record.id });
    expect(reply.status).toBe(200);
    expect(reply.body.enrolments.map((e: { course: string }) => e.course)).toEqual([
      'three-a-intro',
      'three-b-practice',
      'three-c-fieldwork',
    ]);
    const stored = await enrolmentsOf(fellow.record.id);
    expect(stored.map((e) => [e.expand?.course.slug, e.cohort, e.status]).sort()).toEqual([
      ['three-a-intro', cohort, 'active'],
      ['three-b-practice', cohort, 'active'],
      ['three-c-fieldwork', cohort, 'active'],
    ]);
    expect(await auditsFor(fellow.record.id)).toHaveLength(1);
  });

  it('changes nothing when the last course cannot take the enrolment: no new enrolment, no resumed one, no audit entry', async () => {
    const coordinator = await signedInAs('coordinator', admin);
    const fellow = await signedInAs('fellow', admin);
    // Sorted first, so the route resumes it before reaching the faulty course.
    const withdrawn = await admin
      .collection('enrolments')
      .create({ user: fellow.record.id, course: ids['faulty-a-intro'], status: 'withdrawn' });
    const cohort = await cohortOf('cohort-faulty');

    const reply = await postJson(coordinator.pb, `/api/ertad/cohorts/${cohort}/enrol`, { user: fellow.record.id });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    const stored = await enrolmentsOf(fellow.record.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: withdrawn.id, status: 'withdrawn', cohort: '', updated: withdrawn.updated });
    expect(await auditsFor(fellow.record.id)).toEqual([]);
  });
});
