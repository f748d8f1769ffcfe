// Seeds the demo data into a fresh database through the API, as the demo superuser.
import PocketBase from 'pocketbase';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SUPERUSER } from './demo-accounts.mjs';

/** Seeds through the API as the given superuser, so hooks and rules apply as in real use. */
export async function seedDemo(url, superuser) {
  const pb = new PocketBase(url);
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  for (const account of DEMO_ACCOUNTS) {
    await pb.collection('users').create({ ...account, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, verified: true });
  }
}

/** The sign-ins to print once the server is up. */
export function demoSignIns(url) {
  return [
    `  superuser    ${DEMO_SUPERUSER.email} / ${DEMO_SUPERUSER.password}  (${url}/_/)`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${a.email} / ${DEMO_PASSWORD}`),
  ].join('\n');
}
