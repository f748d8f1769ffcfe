// Copies the server half of the site build into PocketBase: programmes, courses (with their
// completion and certificate rules) and quiz definitions with their keys. Idempotent; keyed by slug.
//   node scripts/sync-content.mjs --url http://127.0.0.1:8090 --email … --password … [--build build/server]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import PocketBase from 'pocketbase';
import { readBuild } from './lib/sync-read.mjs';
import { upsertBySlug } from './lib/sync-upsert.mjs';
import { contentVersion } from './lib/sync-version.mjs';

const defaultBuildDir = fileURLToPath(new URL('../build/server', import.meta.url));

async function superuserClient(url, auth) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  if (typeof auth === 'string') pb.authStore.save(auth);
  else await pb.collection('_superusers').authWithPassword(auth.email, auth.password);
  return pb;
}

/**
 * Syncs `buildDir` (programs.json, courses.json, quizzes.json) into the PocketBase at `url`, as a
 * superuser given by token or { email, password }. Returns what was created, updated and unchanged.
 */
export async function syncContent(url, auth, buildDir = defaultBuildDir) {
  const build = readBuild(buildDir);
  const pb = await superuserClient(url, auth);
  const programs = await upsertBySlug(
    pb,
    'programs',
    build.programs.map(
      ({ slug, title, supervisionHours, maxSessionGapDays, supervisionTopics, certificate = null }) => ({
        slug,
        title,
        supervisionHours: supervisionHours ?? 0,
        maxSessionGapDays: maxSessionGapDays ?? 30,
        supervisionTopics: supervisionTopics ?? [],
        certificate,
      }),
    ),
  );
  const courses = await upsertBySlug(
    pb,
    'courses',
    build.courses.map(({ slug, title, programs: slugs = [], modules = [], certificate = null }) => ({
      slug,
      title,
      programs: slugs.map((program) => programs.ids.get(program)),
      modules,
      // The certificate rule (src/lib/certificates/rules.ts); null: the course issues none.
      certificate,
      version: contentVersion({ title, modules }),
    })),
  );
  // public, passMark and maxAttempts are derived from the definition on the server (pb_hooks/quizzes.pb.js);
  // the quiz's pass mark is the only one.
  const quizzes = await upsertBySlug(
    pb,
    'quizzes',
    build.quizzes.map(({ slug, course, definition }) => ({
      slug,
      course: courses.ids.get(course),
      definition,
      version: contentVersion(definition),
    })),
  );
  const summary = (report) => ({ created: report.created, updated: report.updated, unchanged: report.unchanged });
  return { programs: summary(programs), courses: summary(courses), quizzes: summary(quizzes) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      build: { type: 'string' },
    },
  });
  if (!values.url || !values.email || !values.password) {
    console.error(
      'usage: node scripts/sync-content.mjs --url URL --email SUPERUSER_EMAIL --password PASSWORD [--build DIR]',
    );
    process.exit(2);
  }
  try {
    const result = await syncContent(
      values.url,
      { email: values.email, password: values.password },
      values.build && resolve(values.build),
    );
    for (const [collection, { created, updated, unchanged }] of Object.entries(result)) {
      console.log(
        `sync: ${collection}: ${created.length} created, ${updated.length} updated, ${unchanged.length} unchanged`,
      );
    }
  } catch (error) {
    // PocketBase puts the failing fields in response.data; the message alone says only "Failed to create record."
    console.error(error.message, error.response?.data ? JSON.stringify(error.response.data) : '');
    process.exit(1);
  }
}
