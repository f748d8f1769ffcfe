import type PocketBase from 'pocketbase';
import { inject } from 'vitest';
import { syncContent } from '../../scripts/sync-content.mjs';
import { sampleBuild, writeBuildServer } from '../fixtures/build-server';
import type { QuizDefinitionInput } from '../../src/lib/quiz/schema';
import { pocketbaseUrl, superuser } from './clients';

let counter = 0;
/** A slug prefix no other test uses on the shared server. */
export function uniquePrefix(label: string) {
  counter += 1;
  return `${label}-${process.pid}-${Date.now()}-${counter}`;
}

/** Syncs a sample programme, course and quiz (sampleBuild) and returns their records. */
export async function syncedCourse(label: string, quiz: Partial<QuizDefinitionInput> = {}) {
  const build = sampleBuild(uniquePrefix(label), quiz);
  await syncContent(pocketbaseUrl(), inject('superuserToken'), writeBuildServer(build));
  const admin = superuser();
  const [program, course, quizRecord] = await Promise.all([
    admin.collection('programs').getFirstListItem(admin.filter('slug = {:slug}', { slug: build.programs[0].slug })),
    admin.collection('courses').getFirstListItem(admin.filter('slug = {:slug}', { slug: build.courses[0].slug })),
    admin.collection('quizzes').getFirstListItem(admin.filter('slug = {:slug}', { slug: build.quizzes[0].slug })),
  ]);
  return { build, program, course, quiz: quizRecord };
}

/** Enrols the signed-in person in a course the way the site does: a create of their own enrolment. */
export function enrolSelf(pb: PocketBase, userId: string, courseId: string) {
  return pb.collection('enrolments').create({ user: userId, course: courseId, status: 'active' });
}

/** POSTs JSON to one of Ertad's routes and returns the status and the parsed body, whatever the status. */
export async function postJson(pb: PocketBase, path: string, body: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (pb.authStore.token) headers.Authorization = pb.authStore.token;
  const response = await fetch(pb.buildURL(path), { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

let keys = 0;
/** A fresh idempotency key, as the quiz island makes one per submission. */
export function newKey() {
  keys += 1;
  return `test-${process.pid}-${Date.now()}-${keys}`;
}
