// Seeds the demo data into a fresh database: accounts and organisations as the superuser, and
// cohorts, progress, quiz attempts, reflections and mentoring through the routes and rules people use.
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { root } from '../lib/root.mjs';
import { readBuild } from '../lib/sync-read.mjs';
import { DEMO_ACCOUNTS, DEMO_SUPERUSER_EMAIL } from './demo-accounts.mjs';
import { DEMO_ORGANIZATIONS } from './demo-organizations.mjs';
import { seedCertificates } from './seed-certificates.mjs';
import { seedCohorts } from './seed-cohorts.mjs';
import { seedLearning, seedReflections } from './seed-learning.mjs';
import { seedMentoring } from './seed-mentoring.mjs';

const note = (message) => console.log(`ertad: demo: ${message}`);

/** Creates the demo accounts; returns each person's record and a session of theirs, by email. */
async function seedAccounts(admin, password) {
  const people = new Map();
  for (const account of DEMO_ACCOUNTS) {
    const record = await admin
      .collection('users')
      .create({ ...account, password, passwordConfirm: password, verified: true });
    // Impersonation, not password sign-ins: the auth rate limit allows 5 per 10 s.
    const session = await admin.collection('users').impersonate(record.id, 3600);
    session.autoCancellation(false);
    people.set(account.email, { record, pb: session });
  }
  return people;
}

/** The synced records' ids by slug (the build names programmes and courses by slug). */
async function idsBySlug(admin, collection) {
  return new Map((await admin.collection(collection).getFullList({ fields: 'id,slug' })).map((r) => [r.slug, r.id]));
}

/**
 * Seeds through the API as the given superuser, the demo people with `password`; the course parts
 * come from the site build in buildDir.
 */
export async function seedDemo(url, superuser, password, buildDir = join(root, 'build/server')) {
  const admin = new PocketBase(url);
  admin.autoCancellation(false);
  await admin.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  const people = await seedAccounts(admin, password);
  for (const organization of DEMO_ORGANIZATIONS) await admin.collection('organizations').create(organization);

  let build;
  try {
    build = readBuild(buildDir);
  } catch (error) {
    return note(`no cohorts, progress or attempts: ${error.message}`);
  }
  const site = {
    admin,
    people,
    build,
    ids: { programs: await idsBySlug(admin, 'programs'), courses: await idsBySlug(admin, 'courses') },
    note,
  };
  await seedCohorts(site);
  await seedLearning(site);
  await seedReflections(site);
  await seedCertificates(site);
  await seedMentoring(site);
}

/** The sign-ins to print once, when the server is up on a new demo database. */
export function demoSignIns(url, passwords) {
  return [
    `  superuser    ${DEMO_SUPERUSER_EMAIL} / ${passwords.superuser}  (${url}/_/)`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${a.email} / ${passwords.people}`),
  ].join('\n');
}
