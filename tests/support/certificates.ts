import type PocketBase from 'pocketbase';
import { RIGHT_ANSWERS } from '../fixtures/build-server';
import { signedInAs, superuser } from './clients';
import { enrolSelf, newKey, postJson, syncedCourse } from './learning';

/** A fellow enrolled in a freshly synced sample course (a read module and a quiz module). */
export async function enrolledFellow(label: string, name = 'ნინო ბერიძე') {
  const synced = await syncedCourse(label);
  const fellow = await signedInAs('fellow');
  await superuser().collection('users').update(fellow.record.id, { name, preferred_language: 'ka' });
  await enrolSelf(fellow.pb, fellow.record.id, synced.course.id);
  return { ...synced, fellow };
}

type Course = Awaited<ReturnType<typeof syncedCourse>>;

/** Reads the read module of the sample course to the end. */
export const readModule = (pb: PocketBase, synced: Course) =>
  postJson(pb, '/api/ertad/progress', { course: synced.course.slug, module: 'what-gesi-means', event: 'read-to-end' });

/** Passes the sample course's quiz. */
export const passQuiz = (pb: PocketBase, synced: Course) =>
  postJson(pb, `/api/ertad/quizzes/${synced.quiz.slug}/attempts`, {
    idempotencyKey: newKey(),
    lang: 'ka',
    answers: RIGHT_ANSWERS,
  });

/** Every certificate of a person, as stored. */
export const certificatesOf = (userId: string) =>
  superuser()
    .collection('certificates')
    .getFullList({ filter: superuser().filter('holder = {:id}', { id: userId }) });
